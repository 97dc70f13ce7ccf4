package parser

import (
	"strings"
	"testing"
)

// removedWith returns the removed stretches of rel whose text contains s.
func removedWith(rel *Release, s string) []Removed {
	var out []Removed
	for _, r := range rel.Removed {
		if strings.Contains(r.Text, s) {
			out = append(out, r)
		}
	}
	return out
}

const mailRelease = "Harbour Ferries Adds Night Crossing\n\n" +
	"PORTLAND, Maine, Oct. 2, 2025 -- Harbour Ferries today added a late-night crossing between the city and the islands, running every Friday and Saturday from November.\n\n" +
	"The new crossing leaves the city at 11:30 p.m. and returns at 12:15 a.m., the company said in a statement on Thursday.\n"

func TestForwardedMail(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"Outlook forward", "From: Sam Vale <sam@valepr.example>\nSent: Wednesday, October 1, 2025 8:05 AM\nTo: desk@paper.example\nSubject: FW: Harbour Ferries adds night crossing\n\n" +
			"Hi all, passing this along - the CEO is free for interviews on Friday.\n\nBest,\nSam\n\n" +
			"-----Original Message-----\nFrom: Press Office <press@harbourferries.example>\nSent: Tuesday, September 30, 2025 3:10 PM\nTo: Sam Vale <sam@valepr.example>\nSubject: Harbour Ferries adds night crossing\n\n" +
			mailRelease + "\n________________________________\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete it.\n"},
		{"Gmail forward", "Hi team, see below for tomorrow's paper - worth a short item.\n\n" +
			"---------- Forwarded message ---------\nFrom: Press Office <press@harbourferries.example>\nDate: Tue, Sep 30, 2025 at 3:10 PM\nSubject: Harbour Ferries adds night crossing\nTo: <sam@valepr.example>\n\n" +
			mailRelease},
		{"Apple Mail forward", "From: Sam Vale <sam@valepr.example>\nSubject: Fwd: Harbour Ferries adds night crossing\nDate: 1 October 2025 at 08:05:00 BST\nTo: desk@paper.example\n\n" +
			"Worth a look for the weekend edition, I think - pictures to follow by courier.\n\n" +
			"Begin forwarded message:\n\nFrom: Press Office <press@harbourferries.example>\nSubject: Harbour Ferries adds night crossing\nDate: 30 September 2025 at 15:10:00 BST\nTo: Sam Vale <sam@valepr.example>\n\n" +
			mailRelease},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel := parseText(t, tt.src)
			if rel.Title != "Harbour Ferries Adds Night Crossing" {
				t.Errorf("title %q", rel.Title)
			}
			if rel.Published != "2025-10-02" {
				t.Errorf("published %q, want the release's date, not the mail's", rel.Published)
			}
			for _, b := range rel.Blocks {
				if strings.Contains(b.Text, "From:") || strings.Contains(b.Text, "Subject:") || strings.Contains(b.Text, "confidential") {
					t.Errorf("mail header or footer in the body: %q", b.Text)
				}
			}
			if len(rel.Blocks) != 2 || !strings.HasPrefix(rel.Blocks[0].Text, "PORTLAND") {
				t.Errorf("blocks %d, first %q; want the release's two paragraphs", len(rel.Blocks), rel.Blocks[0].Text)
			}
			cover := removedWith(rel, "see below")
			cover = append(cover, removedWith(rel, "passing this along")...)
			cover = append(cover, removedWith(rel, "Worth a look")...)
			if len(cover) != 1 || cover[0].Kind != RemovedOther || !strings.Contains(cover[0].Reason, "cover note") {
				t.Errorf("cover note removed as %+v", cover)
			}
			for _, r := range removedWith(rel, "Subject:") {
				if r.Kind != RemovedMetadata {
					t.Errorf("subject line removed as %s", r.Kind)
				}
			}
			if src := []byte(tt.src); len(checkRelease(src, rel)) > 0 {
				t.Errorf("invariants: %v", checkRelease(src, rel))
			}
		})
	}
}

func TestMailSubjectIsTitleFallback(t *testing.T) {
	rel := parseText(t, "From: Press Office <press@harbourferries.example>\nTo: desk@paper.example\nSubject: RE: Fwd: Night crossing starts in November\nDate: Tue, 30 Sep 2025 15:10:00 -0400\n\n"+
		"harbour ferries today added a late-night crossing between the city and the islands, running every friday and saturday from november, the company said.\n")
	if rel.Title != "Night crossing starts in November" {
		t.Errorf("title %q, want the subject without its prefixes", rel.Title)
	}
	if rel.Published != "2025-09-30" {
		t.Errorf("published %q, want the mail's date as a fallback", rel.Published)
	}
}

func TestNoMailInEventDetails(t *testing.T) {
	rel := parseText(t, "Acme Holds Open Day\n\nDENVER, May 2, 2026 -- Acme Corp. will open its plant to visitors next month, the company said on Friday.\n\nDate: Saturday, June 6\nFrom: 10 a.m. to 4 p.m.\nWhere: 1 Plant Road\n")
	for _, r := range rel.Removed {
		if r.Reason == reasonMailHeader {
			t.Errorf("event details read as a mail header: %q", r.Text)
		}
	}
}

// TestMailSeparatorFirstLetter checks the first-letter gate of
// mailSeparator against every form it knows, in any case and dressing.
func TestMailSeparatorFirstLetter(t *testing.T) {
	forms := []string{"Original Message", "FORWARDED MESSAGE", "Begin forwarded message:",
		"Forwarded by", "Message transféré", "MESSAGE TRANSFÉRÉ", "Weitergeleitete Nachricht",
		"Mensaje reenviado", "Messaggio inoltrato", "Forwarded message from Jane"}
	for _, f := range forms {
		for _, s := range []string{f, "-----" + f + "-----", "> ---------- " + f + " ---------"} {
			if !mailSeparator(s) {
				t.Errorf("mailSeparator(%q) = false, want true", s)
			}
		}
	}
	for _, s := range []string{"", "-----", "Kelvin", "Über uns", "Original", "In forwarded message"} {
		if mailSeparator(s) {
			t.Errorf("mailSeparator(%q) = true, want false", s)
		}
	}
}

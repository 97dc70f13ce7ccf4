package parser

import (
	"strings"
)

// headerLineRE matches the header lines that can stand above a pasted
// release: a forwarded mail's, and the Windows clipboard's HTML format
// description.
var headerLineRE = lazyRE(`^\s*(?:(?:From|To|Cc|Bcc|Sent|Date|Subject|Von|An|Gesendet|Betreff|De|À|Envoyé|Objet)\s*:\s*\S|(?:Version:\d|StartHTML:|EndHTML:|StartFragment:|EndFragment:|SourceURL:))`)

// notHeadline reports whether top[i], above the body, is plainly no
// headline, and marks it: a clipboard header or a document code ("SG/SM/
// 23456") is metadata; a bare organisation name above the headline is the
// letterhead and names the publisher. Mail headers are metadata too.
func (m *metaScan) notHeadline(top []*segment, i int) bool {
	s := top[i]
	t := strings.TrimSpace(s.Text)
	if t == "" {
		return true
	}
	if headerLineRE.MatchString(t) {
		if strings.HasPrefix(t, "Version:") || strings.HasPrefix(t, "StartHTML:") {
			m.d.remove(s, RemovedOther, "clipboard header: format details the system clipboard adds to copied HTML")
		} else {
			m.consume(s, "mail header: the sender, recipient, date or subject of the e-mail that carried the release")
		}
		return true
	}
	if isDocumentCode(t) {
		m.consume(s, "document code: the issuer's reference number for the release")
		return true
	}
	if next := m.nextUnremoved(i); next != nil && m.isLetterhead(t, next) {
		m.add(&m.publisher, t, rankNotice)
		m.consume(s, "letterhead: the publisher's name above the headline")
		return true
	}
	return false
}

// isDocumentCode reports whether t is a reference code such as
// "SG/SM/23456" or "IP/26/512": one word of capitals, digits and slashes.
func isDocumentCode(t string) bool {
	if len(t) > 40 || strings.ContainsAny(t, " \t") || !strings.ContainsAny(t, "/") || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	for _, r := range t {
		if r >= 'a' && r <= 'z' || r > 127 {
			return false
		}
	}
	return true
}

// isLetterhead reports whether t, a line above the headline next, is only
// the issuing organisation's name: a short line with no sentence
// punctuation that has a corporate or institutional ending, or is written
// in capitals and shares its first word with the headline.
func (m *metaScan) isLetterhead(t string, next *segment) bool {
	n := wordCount(t)
	if n == 0 || n > 6 || containsAnySplit(t, "0123456789:!?,\"", "“") {
		return false
	}
	nt := strings.TrimSpace(next.Text)
	if !headlineLike(nt) || !wordsAtLeast(nt, 3) || isDateline(nt) {
		return false
	}
	if last, _ := lastRune(nt); last == '.' && !wordsAtMost(nt, 12) {
		return false // the line below is the lead paragraph, not a headline
	}
	if matchOrgLine(t) || corporateSuffix.MatchString(" "+lastWordOf(t)) {
		return true
	}
	first := strings.Fields(t)[0]
	return t == strings.ToUpper(t) && len(first) > 2 && strings.EqualFold(first, strings.Fields(nt)[0])
}

// nextUnremoved returns the first segment after top index i that no pass
// has removed, or nil.
func (m *metaScan) nextUnremoved(i int) *segment {
	for _, s := range m.d.segs[i+1:] {
		if s.Removed == nil {
			return s
		}
	}
	return nil
}

// headlineAfterLead returns the index of a headline set right below the
// lead paragraph at i, when nothing above could be the headline: a short
// line without a closing full stop, followed by more prose. It returns -1
// when there is none.
func (m *metaScan) headlineAfterLead(i int) int {
	segs := m.d.segs
	if !isDateline(segs[i].Text) {
		return -1
	}
	for j := i + 1; j < len(segs) && j <= i+2; j++ {
		s := segs[j]
		if s.Removed != nil {
			continue
		}
		t := strings.TrimSpace(s.Text)
		last, _ := lastRune(t)
		if !headlineLike(t) || !wordsAtLeast(t, 4) || !wordsAtMost(t, 20) || strings.ContainsRune(".:", last) {
			return -1
		}
		if next := m.nextUnremoved(j); next == nil || !next.wordsAtLeast(8) {
			return -1
		}
		return j
	}
	return -1
}

// institutionRE matches a line that is only the name of a government body
// in the head of a speech or statement: "U.S. Mission to the United
// Nations", "Embassy of Canada in Japan", "Ministry of Health".
var institutionRE = lazyRE(`^(?:The\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:Mission|Embassy|Ministry|Department|Consulate|Delegation|Office|Secretariat|High Commission)\s+(?:of|to|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}.,'’\- ]{1,60}$`)

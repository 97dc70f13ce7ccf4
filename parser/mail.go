package parser

import (
	"slices"
	"strings"
)

// This file reads a release that came as an e-mail: headers at the top
// ("From:", "Sent:", "Subject:" …), a forwarder's cover note, and the
// forwarded message behind a separator ("-----Original Message-----",
// "---------- Forwarded message ---------", "Begin forwarded message:").
// Headers and separators are metadata; the cover note above a forwarded
// release is no part of it.

// mailHeaderName reports whether low is one of the header fields a mail
// client shows or an .eml file holds, lower-cased. A switch, which the
// compiler turns into a search by length and bytes, not a map: no hash of
// every word before a colon near the start of a paragraph.
func mailHeaderName(low string) bool {
	switch low {
	case "from", "to", "cc", "bcc", "sent", "date", "subject",
		"reply-to", "mime-version", "content-type", "content-transfer-encoding",
		"message-id", "importance", "return-path", "received", "in-reply-to",
		"references", "sender", "delivered-to", "content-disposition",
		"thread-topic", "thread-index", "x-mailer", "priority", "attachments":
		return true
	}
	return false
}

// mailHeader splits a mail header line into its lower-cased name and its
// value, or returns ok false.
func mailHeader(s string) (name, value string, ok bool) {
	s = trimSpace(mailQuote.trimLeft(s))
	// The name ends at the first colon, within 30 bytes: looked for
	// there only, not through a whole paragraph.
	i := strings.IndexByte(s[:min(len(s), 31)], ':')
	if i < 2 {
		return "", "", false
	}
	name = mailStars.trim(s[:i])
	if !knownHeaderName(name) {
		return "", "", false
	}
	name = strings.ToLower(name)
	if strings.ContainsAny(name, " \t") {
		return "", "", false
	}
	return name, trimSpace(mailStars.trim(s[i+1:])), true
}

// knownHeaderName reports whether name, in lower case, is one of
// mailHeaderName's or begins "x-". An ASCII name is lower-cased on the
// stack: most lines that hold a colon name no header.
func knownHeaderName(name string) bool {
	var buf [32]byte
	if len(name) > len(buf) || !isASCII(name) {
		low := strings.ToLower(name)
		return mailHeaderName(low) || strings.HasPrefix(low, "x-")
	}
	low := buf[:len(name)]
	for i := range low {
		low[i] = lowerASCII(name[i])
	}
	return mailHeaderName(string(low)) || len(low) >= 2 && low[0] == 'x' && low[1] == '-'
}

// mailSeparator reports whether s is the line a mail client puts above a
// forwarded or quoted message.
func mailSeparator(s string) bool {
	t := mailRule.trimLeft(trimSpace(s))
	if t == "" || strings.IndexByte(mailSeparatorInitials, t[0]) < 0 {
		return false // the test mailSeparatorWords begins with, before the trim at the end
	}
	t = mailRule.trim(t)
	if len(t) >= 160 {
		// Lower-casing takes a rune to no fewer bytes than a quarter of
		// its own: still 40 or more, longer than every form. A paragraph
		// is turned away without the scan of its bytes that follows.
		return false
	}
	return mailSeparatorWords(t)
}

// mailSeparatorWords reports whether t, a line trimmed of the rule drawn
// around it, is one of mailSeparators.
func mailSeparatorWords(t string) bool {
	if t == "" || strings.IndexByte(mailSeparatorInitials, t[0]) < 0 {
		// Every form below begins with one of these letters, and no rune
		// outside ASCII lower-cases to one: no copy in lower case needed.
		return false
	}
	if len(t) >= 40 && isASCII(t) {
		return false // too long for any form below; ASCII keeps its length in lower case
	}
	if isASCII(t) {
		// Folding ASCII case is lower-casing it, without the copy.
		for _, f := range mailSeparators {
			if strings.EqualFold(t, f) {
				return true
			}
		}
		const fm = "forwarded message"
		return len(t) >= len(fm) && strings.EqualFold(t[:len(fm)], fm)
	}
	t = strings.ToLower(t)
	if slices.Contains(mailSeparators, t) {
		return true
	}
	return strings.HasPrefix(t, "forwarded message") && len(t) < 40
}

// mailSeparatorInitials are the bytes every one of mailSeparators begins
// with, in either case.
const mailSeparatorInitials = "ofbmwOFBMW"

// mailSeparators are the lines, trimmed and in lower case, that a mail
// client puts above a forwarded or quoted message.
var mailSeparators = []string{"original message", "forwarded message", "begin forwarded message:",
	"begin forwarded message", "forwarded by", "message transféré", "weitergeleitete nachricht",
	"mensaje reenviado", "messaggio inoltrato"}

// reasonMailHeader is the reason given for a removed mail header line.
const reasonMailHeader = "e-mail header: the message's sender, recipients, date or subject"

// mailBlock is a run of header segments [start, end).
type mailBlock struct {
	start, end int
	subject    string
	date       string
	names      map[string]bool
}

// isMail reports whether the header names of b make a mail header: a
// sender or subject with a recipient, a date or each other, as every mail
// client shows them ("From: 9 a.m." ⏎ "Date: Monday" in an event notice
// is no mail).
func (b *mailBlock) isMail() bool {
	n := b.names
	other := n["to"] || n["sent"] || n["cc"] || n["mime-version"] || n["message-id"]
	return n["from"] && (other || n["subject"]) || n["subject"] && (other || n["date"])
}

// markMail removes the mail headers, separators and cover note of a
// release that came as an e-mail, and keeps the innermost message's
// subject and date as fallback title and publication date.
func markMail(d *doc) {
	if len(d.segs) < 2 {
		return
	}
	// Cheap gate: the first lines, or a separator, must look like mail.
	if !looksLikeMail(d) {
		return
	}
	var blocks []mailBlock
	seps := map[int]bool{}
	for i := 0; i < len(d.segs); i++ {
		d.tick(i, len(d.segs))
		s := d.segs[i]
		if s.Removed != nil {
			continue
		}
		if mailSeparator(s.Text) {
			seps[i] = true
			continue
		}
		b := mailBlock{start: i, names: map[string]bool{}}
		j := i
		for ; j < len(d.segs) && d.segs[j].Removed == nil && (j == i || d.segs[j].BlankBefore == 0); j++ {
			name, value, ok := mailHeader(d.segs[j].Text)
			if !ok || len(d.segs[j].Lines) > 3 {
				break
			}
			b.names[name] = true
			switch name {
			case "subject":
				b.subject = value
			case "date", "sent":
				b.date = value
			}
		}
		b.end = j
		if j-i >= 2 && b.isMail() {
			blocks = append(blocks, b)
			i = j - 1
		}
	}
	if len(blocks) == 0 {
		return
	}
	for _, b := range blocks {
		for k := b.start; k < b.end; k++ {
			d.remove(d.segs[k], RemovedMetadata, reasonMailHeader)
		}
	}
	for i := range seps {
		d.remove(d.segs[i], RemovedMetadata, "e-mail separator: marks where the forwarded message begins")
	}
	// The cover note: what stands between the top (or the forwarder's
	// header block) and a forwarded message (a separator or a later header
	// block).
	from := 0
	if blocks[0].start < firstSep(seps, len(d.segs)) {
		from = blocks[0].end
	}
	fwd := -1
	for i := from; i < len(d.segs); i++ {
		if seps[i] || i > blocks[0].start && isBlockStart(blocks, i) {
			fwd = i
			break
		}
	}
	if fwd > from && fwd-from <= 12 && hasBodyAfter(d, fwd) {
		for k := from; k < fwd; k++ {
			if d.segs[k].Removed == nil {
				d.remove(d.segs[k], RemovedOther, "cover note of a forwarded e-mail")
			}
		}
	}
	// The innermost message's subject and date are fallbacks.
	inner := blocks[len(blocks)-1]
	if d.meta == nil {
		d.meta = map[string]string{}
	}
	if t := cleanSubject(inner.subject); t != "" && d.meta["title"] == "" {
		d.meta["title"] = t
	}
	if inner.date != "" && d.meta["published"] == "" {
		if iso, ok := parseDate(inner.date); ok {
			d.meta["published"] = iso
		} else {
			for _, dm := range findDates(inner.date) {
				if dm.hasYear() && !strings.HasPrefix(dm.iso, "--") {
					d.meta["published"] = dm.iso
					break
				}
			}
		}
	}
}

// firstSep is the index of the first separator segment, or n.
func firstSep(seps map[int]bool, n int) int {
	first := n
	for i := range seps {
		first = min(first, i)
	}
	return first
}

// isBlockStart reports whether a header block starts at segment i.
func isBlockStart(blocks []mailBlock, i int) bool {
	for _, b := range blocks {
		if b.start == i {
			return true
		}
	}
	return false
}

// looksLikeMail reports whether the document opens with a mail header or
// holds a forwarding separator near its top.
func looksLikeMail(d *doc) bool {
	for i, s := range d.segs {
		if i >= 40 {
			break
		}
		if len(s.Text) < 400 {
			if _, _, ok := mailHeader(s.Text); ok {
				return true
			}
		}
		if mailSeparator(s.Text) {
			return true
		}
	}
	return false
}

// hasBodyAfter reports whether a paragraph of some length follows segment i:
// a forwarded release, not just a quoted line.
func hasBodyAfter(d *doc, i int) bool {
	for _, s := range d.segs[i+1:] {
		if s.Removed == nil && wordCount(s.Text) >= 15 {
			return true
		}
	}
	return false
}

// cleanSubject strips reply and forward prefixes from a subject line.
func cleanSubject(s string) string {
	for {
		t := trimSpace(s)
		low := strings.ToLower(t)
		cut := false
		for _, p := range []string{"fw:", "fwd:", "re:", "aw:", "wg:", "tr:", "rv:", "[external]", "external:"} {
			if strings.HasPrefix(low, p) {
				t, cut = t[len(p):], true
				break
			}
		}
		s = t
		if !cut {
			return trimSpace(s)
		}
	}
}

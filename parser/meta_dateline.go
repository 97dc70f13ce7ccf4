package parser

import (
	"strings"
	"unicode"
)

// datelineMemo remembers the last few answers of parseDateline in the
// metadata pass: findDateline and subjectPublisher both read the first body
// paragraphs' datelines, and parseDateline looks for dates, which is most
// of its cost.
type datelineMemo struct {
	entries [4]datelineEntry
	next    int
}

type datelineEntry struct {
	text string
	dl   dateline
	ok   bool
	set  bool
}

// dateline returns parseDateline(text), remembered.
func (m *metaScan) dateline(text string) (dateline, bool) {
	return m.datelineWith(text, nil, false)
}

// datelineWith is dateline, taking the dates of text from dates when known
// says they were found (see parseDatelineWith).
func (m *metaScan) datelineWith(text string, dates []dateMatch, known bool) (dateline, bool) {
	memo := &m.datelines
	for i := range memo.entries {
		if e := &memo.entries[i]; e.set && e.text == text {
			return e.dl, e.ok
		}
	}
	dl, ok := parseDatelineWith(text, dates, known)
	memo.entries[memo.next] = datelineEntry{text: text, dl: dl, ok: ok, set: true}
	memo.next = (memo.next + 1) % len(memo.entries)
	return dl, ok
}

// lineDate is parseDate(t) for a text t with no white space around it,
// taking t's dates (appendDates' answer) from dates when known says they
// were found: t is one date, with at most two words and no digit around
// it, the time of day aside.
func lineDate(t string, dates []dateMatch, known bool) (string, bool) {
	if !known || len(t) > 120 {
		return parseDate(t)
	}
	if len(dates) != 1 {
		return "", false
	}
	d := dates[0]
	lead := strings.TrimSpace(t[:d.start])
	tail := strings.TrimSpace(trimTimeOfDay(t[d.end:]))
	if fieldsUpTo(lead, 3)+fieldsUpTo(tail, 3) <= 2 && strings.IndexFunc(lead, unicode.IsDigit) < 0 && strings.IndexFunc(tail, unicode.IsDigit) < 0 {
		return d.iso, true
	}
	return "", false
}

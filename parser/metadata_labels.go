package parser

import (
	"regexp"
	"strings"
)

// providedByRE matches PR Newswire's web-copy line above the issuer's name.
var providedByRE = regexp.MustCompile(`(?i)^\s*news provided by\s*:?\s*(.*)$`)

// providedBy reads "News provided by" and the issuer's name on the same
// line or the next: the name is the publisher.
func (m *metaScan) providedBy() {
	top := m.top()
	for i, s := range top {
		t := strings.TrimSpace(s.Text)
		if len(t) < 16 || !strings.EqualFold(t[:4], "news") {
			continue
		}
		pm := providedByRE.FindStringSubmatch(t)
		if pm == nil {
			continue
		}
		m.consume(s, "distribution notice: names the organisation that provided the release")
		name := strings.TrimSpace(pm[1])
		if name == "" && i+1 < len(m.d.segs) {
			next := m.d.segs[i+1]
			if n := strings.TrimSpace(next.Text); wordCount(n) <= 8 && !strings.ContainsAny(lastOf(n), ".!?") || strings.HasSuffix(n, ".") && wordCount(n) <= 5 {
				name = n
				m.consume(next, "publisher: shown in the metadata card")
			}
		}
		m.add(&m.publisher, name, rankStated)
		if i+1 <= m.first {
			m.first = firstBodyIndex(m.d)
		}
		return
	}
}

// lastOf returns the last rune of s as a string.
func lastOf(s string) string {
	r, ok := lastRune(s)
	if !ok {
		return ""
	}
	return string(r)
}

// labelledDateRE matches a line that states the date with a label:
// "Posted 18 August 2025", "Published: March 3, 2026", "Date: 3/4/2026",
// "EMBARGOED UNTIL 00:01 GMT THURSDAY 5 MARCH 2026".
var labelledDateRE = regexp.MustCompile(`(?i)^\s*(?:posted|published|issued|released|date|release date|dated|updated|last updated|embargo(?:ed)?(?: until| till| to)?)\b(?:\s+on)?\s*:?\s*(.{4,80})$`)

// labelledDates reads dated lines anywhere in the release as fallbacks for
// the publication date: a footer's "Posted 18 August 2025", an embargo
// line. A line that is only the label and the date is metadata.
func (m *metaScan) labelledDates() {
	for _, s := range m.d.segs {
		if s.Removed != nil && !(s.Removed.Kind == RemovedMetadata && s.Removed.Reason == reasonRelease) {
			continue
		}
		t := strings.TrimSpace(s.Text)
		if len(t) < 8 || len(t) > 100 || !labelStart(t) {
			continue
		}
		lm := labelledDateRE.FindStringSubmatch(t)
		if lm == nil {
			continue
		}
		ds := findDates(lm[1])
		if len(ds) == 0 || !ds[0].hasYear() {
			continue
		}
		// "Date:" may be an event's date and "Updated" a later one: they
		// count only when nothing better is found, and stay in the body.
		rank, stated := rankNotice, true
		switch low := strings.ToLower(t); {
		case strings.HasPrefix(low, "updated"), strings.HasPrefix(low, "last"), strings.HasPrefix(low, "date"):
			rank, stated = rankGuess, false
		}
		m.add(&m.published, ds[0].iso, rank)
		if s.Removed == nil && stated && wordCount(strings.TrimSpace(lm[1][ds[0].end:])) <= 4 {
			m.consume(s, "publication date: shown in the metadata card")
		}
	}
}

// labelStart is a cheap test for labelledDateRE: the line's first letter.
func labelStart(t string) bool {
	switch t[0] | 0x20 {
	case 'p', 'i', 'r', 'd', 'u', 'l', 'e':
		return true
	}
	return false
}

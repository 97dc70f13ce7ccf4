package parser

import (
	"strings"
)

// providedByRE matches PR Newswire's web-copy line above the issuer's name.
var providedByRE = lazyRE(`(?i)^\s*news provided by\s*:?\s*(.*)$`)

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
			if n := strings.TrimSpace(next.Text); wordsAtMost(n, 8) && !strings.ContainsAny(lastOf(n), ".!?") || strings.HasSuffix(n, ".") && wordsAtMost(n, 5) {
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
var labelledDateRE = lazyRE(`(?i)^\s*(?:posted|published|issued|released|date|release date|dated|updated|last updated|embargo(?:ed)?(?: until| till| to)?)\b(?:\s+on)?\s*:?\s*(.{4,80})$`)

// labelledDate reads a line that states a date with a label (labelledDateRE)
// from the trimmed text t: what follows the label, and the dates in it, the
// first with a year. ok is false for any other line.
func labelledDate(t string) (rest string, ds []dateMatch, ok bool) {
	if len(t) < 8 || len(t) > 100 || !labelStart(t) {
		return "", nil, false
	}
	lm := labelledDateRE.FindStringSubmatch(t)
	if lm == nil {
		return "", nil, false
	}
	ds = findDates(lm[1])
	if len(ds) == 0 || !ds[0].hasYear() {
		return "", nil, false
	}
	return lm[1], ds, true
}

// datedLabel reports whether t opens with a date's label and the date,
// as "Published: 21 May 2026 · Press office" does: a line of metadata
// (labelledDates), not a subtitle.
func datedLabel(t string) bool {
	_, ds, ok := labelledDate(strings.TrimSpace(t))
	return ok && ds[0].start == 0
}

// labelledDates reads dated lines anywhere in the release as fallbacks for
// the publication date: a footer's "Posted 18 August 2025", an embargo
// line. A line that is only the label and the date is metadata.
func (m *metaScan) labelledDates() {
	for _, s := range m.d.segs {
		if s.Removed != nil && !(s.Removed.Kind == RemovedMetadata && s.Removed.Reason == reasonRelease) {
			continue
		}
		t := strings.TrimSpace(s.Text)
		rest, ds, ok := labelledDate(t)
		if !ok {
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
		if s.Removed == nil && stated && wordsAtMost(strings.TrimSpace(rest[ds[0].end:]), 4) {
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

// pickAbout chooses among the names of a release's "About X" sections the
// issuer's: the first named in the lead paragraph (a product's "About
// CVB-114" comes before the company's), else the first named in the
// title, else the first that reads as an organisation, else the first.
func (m *metaScan) pickAbout(abouts []string) string {
	lead := ""
	for _, s := range m.d.segs {
		if s.Removed == nil {
			lead = strings.ToLower(headOf(s.Text, 600))
			break
		}
	}
	title := strings.ToLower(m.titleText)
	var inTitle, named string
	for _, a := range abouts {
		la := strings.ToLower(a)
		if lead != "" && strings.Contains(lead, la) && !productCode(a) {
			return a
		}
		if inTitle == "" && strings.Contains(title, la) && !productCode(a) {
			inTitle = a
		}
		if named == "" && !productCode(a) {
			named = a
		}
	}
	switch {
	case inTitle != "":
		return inTitle
	case named != "":
		return named
	}
	return abouts[0]
}

// productCode reports whether name is a product or drug code rather than
// an organisation: one word of capitals and digits with a hyphen or digits,
// such as "CVB-114" or "AX9".
func productCode(name string) bool {
	if strings.ContainsAny(name, " \t") || !strings.ContainsAny(name, "0123456789") {
		return false
	}
	for _, r := range name {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// fromLineRE matches GOV.UK's "From:" line naming the issuing department
// (a mail header has an address in it instead).
var fromLineRE = lazyRE(`^From:\s+([^@<>\n]{3,200})$`)

// fromCut ends the first organisation of a "From:" line where a second
// issuer or a minister follows: "… Communities and The Rt Hon Jane Doe MP".
var fromCut = lazyRE(`(?:,?\s+and\s+|,\s+)(?:[Tt]he\s+)?(?:Rt\.?\s+Hon|Right Honourable|Hon\.?\s|Baroness|Lord|Sir|Dame|Dr\.?\s)`)

// issuerLine reads a head line that names the issuer: GOV.UK's "From:
// Department …" (with its "Published" line below), and a wire's header
// "January 22, 2026 07:00 ET | Source: Acme ASA". It reports whether the
// line was consumed.
func (m *metaScan) issuerLine(s *segment, t string) bool {
	if len(t) > 400 {
		return false
	}
	if strings.HasPrefix(t, "From:") {
		lines := strings.Split(t, "\n")
		fm := fromLineRE.FindStringSubmatch(strings.TrimSpace(lines[0]))
		if fm == nil {
			return false
		}
		name := fm[1]
		if loc := fromCut.FindStringIndex(name); loc != nil {
			name = name[:loc[0]]
		}
		m.add(&m.publisher, name, rankStated)
		for _, l := range lines[1:] {
			if iso, ok := parseDate(strings.TrimSpace(l)); ok && !strings.HasPrefix(iso, "--") {
				m.add(&m.published, iso, rankStated)
			}
		}
		m.consume(s, "issuer: the organisation that published the release")
		return true
	}
	if !strings.Contains(t, "|") || !strings.Contains(strings.ToLower(t), "source") {
		return false
	}
	source, dated := "", false
	for _, p := range strings.Split(t, "|") {
		p = strings.TrimSpace(p)
		if sm := sourceLineRE.FindStringSubmatch(p); sm != nil {
			source = sm[1]
			continue
		}
		ds := findDates(p)
		if len(ds) == 0 || !ds[0].hasYear() || !wordsAtMost(p, 8) {
			return false
		}
		m.add(&m.published, ds[0].iso, rankStated)
		dated = true
	}
	if source == "" || !dated {
		return false
	}
	m.add(&m.publisher, source, rankNotice)
	m.consume(s, "wire header: the date and the issuer, shown in the metadata card")
	return true
}

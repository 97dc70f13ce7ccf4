package parser

import (
	"cmp"
	"slices"
	"strings"
)

// findEntities finds entity suggestions in the cleaned text: dates,
// countries and places, organisations, people, amounts of money,
// percentages, e-mail addresses, phone numbers and web addresses. Each
// finder reads the text once; entities of one kind never overlap, and
// offsets count code points into Release.Text.
func findEntities(d *doc) {
	d.rel.Entities = entitiesIn(d.rel.Text, publishedYear(d.rel.Published), d.rel.Publisher, d.rel.Distributor)
	if d.rel.Warnings == nil {
		d.rel.Warnings = []Warning{}
	}
}

// publishedYear returns the year of an ISO 8601 date, or 0.
func publishedYear(iso string) int {
	if len(iso) < 4 {
		return 0
	}
	y := 0
	for _, c := range iso[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// entSpan is an entity found in a text, in bytes.
type entSpan struct {
	kind       EntityKind
	start, end int
	value      string
}

// entitiesIn returns the entities of text, sorted by start. Dates written
// without a year take year, when it is known; orgs are organisations known
// from elsewhere, such as the publisher, to be found wherever they recur.
func entitiesIn(text string, year int, orgs ...string) []Entity {
	if text == "" {
		return []Entity{}
	}
	sc := getEntScratch(len(text))
	defer putEntScratch(sc)
	toks, ascii := entityTokens(text, sc.toks)
	sc.toks = toks[:0]
	ss := sc.ss
	var dateBuf [16]dateMatch
	for _, m := range appendDatesIn(dateBuf[:0], text, toks) {
		iso := m.iso
		if !m.hasYear() {
			iso = withYear(iso, year)
		}
		ss = append(ss, entSpan{EntityDate, m.start, m.end, iso})
	}
	var gazBuf [64]gazMatch
	for _, m := range appendGazetteer(gazBuf[:0], text, toks) {
		ss = append(ss, entSpan{m.kind, m.start, m.end, m.value})
	}
	// Addresses and numbers gather on the stack, where a release's few fit.
	var emailBuf [8]emailMatch
	for _, m := range appendEmails(emailBuf[:0], text) {
		ss = append(ss, entSpan{EntityEmail, m.start, m.end, strings.ToLower(m.text)})
	}
	var phoneBuf [8]phoneMatch
	for _, m := range appendPhones(phoneBuf[:0], text) {
		ss = append(ss, entSpan{EntityPhone, m.start, m.end, m.value})
	}
	var urlBuf [8]urlMatch
	for _, m := range appendURLs(urlBuf[:0], text) {
		ss = append(ss, entSpan{EntityURL, m.start, m.end, absoluteURL(m.url)})
	}
	ss = findAmounts(text, ss)
	ss = appendOrganisations(ss, text, toks, orgs)
	ss = appendPeopleNamed(ss, text, toks)
	for i := range ss {
		if k := ss[i].kind; k == EntityOrganisation || k == EntityPerson {
			// "University of Utah’s" names the University of Utah.
			if base, ok := trimPossessive(text[ss[i].start:ss[i].end]); ok {
				ss[i].end = ss[i].start + len(base)
			}
		}
	}
	ss, kept := keptSpans(ss, len(text), sc.keys)
	sc.ss, sc.keys = ss, kept[:0] // putEntScratch clears the spans
	return toEntities(text, ss, kept, ascii)
}

// absoluteURL adds a scheme to an address written without one.
func absoluteURL(u string) string {
	if strings.Contains(u, "://") {
		return u
	}
	return "https://" + u
}

// dropOverlaps sorts spans by start and, among spans of one kind that
// overlap, keeps the one that starts first (the longest, on a tie).
func dropOverlaps(ss []entSpan) []entSpan {
	slices.SortFunc(ss, func(a, b entSpan) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		if a.end != b.end {
			return cmp.Compare(b.end, a.end)
		}
		return cmp.Compare(a.kind, b.kind)
	})
	var lastEnd [16]int
	out := ss[:0]
	for _, s := range ss {
		k := int(s.kind)
		if k < 0 || k >= len(lastEnd) || s.end <= s.start {
			continue
		}
		if s.start < lastEnd[k] {
			continue
		}
		lastEnd[k] = s.end
		out = append(out, s)
	}
	return out
}

// toEntities converts the spans of ss at the indexes idx, sorted by
// start, from bytes to code points; in a text known to be all ASCII
// (ascii), they are the same.
func toEntities(text string, ss []entSpan, idx []uint64, ascii bool) []Entity {
	out := make([]Entity, len(idx))
	pos, cp := 0, 0 // a byte offset and its code point offset
	for k, i := range idx {
		s := &ss[i]
		start, end := s.start, s.end
		if !ascii {
			cp += runeCount(text[pos:start])
			pos = start
			start, end = cp, cp+runeCount(text[s.start:s.end])
		}
		out[k] = Entity{Kind: s.kind, Text: text[s.start:s.end], Start: start, End: end, Value: s.value}
	}
	return out
}

package ui

import (
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"pressmark/parser"
)

// run is a stretch of a block's text: plain text, or the visible text of a
// link when URL is set.
type run struct {
	Text string
	URL  string
}

// linkRuns splits b's text into plain runs and link runs. Link offsets are
// code points into Release.Text, as is b.Start. A link whose offsets do not
// land on its visible text is looked up by its text instead; a link that
// cannot be placed, overlaps an earlier one or has an unsafe URL stays plain
// text.
func linkRuns(b parser.Block) []run {
	if len(b.Links) == 0 {
		return []run{{Text: b.Text}}
	}
	rs := []rune(b.Text)
	links := append([]parser.Link(nil), b.Links...)
	sort.SliceStable(links, func(i, j int) bool { return links[i].Start < links[j].Start })

	var runs []run
	pos := 0 // code points of rs already emitted
	for _, l := range links {
		if !safeURL(l.URL) {
			continue
		}
		s, e, ok := placeLink(rs, pos, l.Start-b.Start, l.End-b.Start, l.Text)
		if !ok {
			continue
		}
		if s > pos {
			runs = append(runs, run{Text: string(rs[pos:s])})
		}
		runs = append(runs, run{Text: string(rs[s:e]), URL: strings.TrimSpace(l.URL)})
		pos = e
	}
	if pos < len(rs) || len(runs) == 0 {
		runs = append(runs, run{Text: string(rs[pos:])})
	}
	return runs
}

// placeLink returns the code-point range [s, e) of a link's visible text in
// rs, at or after pos. It trusts the offsets when they hold the link's text,
// and otherwise searches for the text.
func placeLink(rs []rune, pos, s, e int, text string) (int, int, bool) {
	if s >= pos && s < e && e <= len(rs) && (text == "" || string(rs[s:e]) == text) {
		return s, e, true
	}
	if text == "" || pos > len(rs) {
		return 0, 0, false
	}
	rest := string(rs[pos:])
	i := strings.Index(rest, text)
	if i < 0 {
		return 0, 0, false
	}
	s = pos + utf8.RuneCountInString(rest[:i])
	return s, s + utf8.RuneCountInString(text), true
}

// safeURL reports whether u may become a link: an absolute http or https URL
// with a host, or a mailto address. Everything else — javascript:, data:,
// relative or malformed URLs — is shown as text. The parser checks too; this
// is defence in depth.
func safeURL(u string) bool {
	u = strings.TrimSpace(u)
	if u == "" || strings.ContainsFunc(u, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return false
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != "" || p.Path != ""
	}
	return false
}

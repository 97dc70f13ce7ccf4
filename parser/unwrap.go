package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// layout holds what groupLines learns about the document as a whole.
type layout struct {
	d *doc

	// width is the line width, in code points, of hard-wrapped text, or 0
	// when lines are not wrapped (one line per paragraph or per item).
	width int

	// typewriter is set when sentences are habitually followed by two
	// spaces; then only three or more spaces split run-together paragraphs.
	typewriter bool

	// spaced is set when a line holds a tab or two spaces in a row (see
	// spacedColumns). Without, no line holds paragraphs run together, and
	// no segment's text two spaces in a row.
	spaced bool

	// plain marks the lines of printable ASCII only, when none is spaced:
	// a segment of such lines needs no collapseSpaced (see build).
	plain plainLineSet
	at    int // the index of the first line of the group build is given

	// want holds the words around the hyphens at line ends, the only ones
	// joinLines may ask the vocabulary about (nil: it may ask any).
	want *vocabWant

	// segs, lines and links are blocks that build carves segments, their
	// lines and their links from; buf is its scratch space.
	segs  []segment
	lines []line
	links []Link
	buf   []byte
}

// groupLines turns lines into segments. Lines marked start always begin a
// segment; between other lines the layout decides: hard-wrapped lines are
// unwrapped into one paragraph, separate short lines (an address, a contact
// block) stay separate segments. Paragraphs run together on one line are
// split first.
func groupLines(d *doc, lines []rawLine) []*segment {
	g := &layout{d: d}
	g.spaced, g.plain = spacedShape(lines)
	d.tick(0, 0)
	var tables map[int]bool
	if g.spaced {
		g.typewriter = typewriterSpacing(d.src)
		tables = markTables(lines)
		d.tick(0, 0)
		lines = g.splitRuns(lines)
	}
	g.width = wrapWidth(lines)
	g.want = wantWords(lines)
	d.tick(0, 0)
	// Where each segment ends, first (joins asks nothing build changes),
	// so that the segments are allocated as many as there are, in one
	// block, and each line goes to one segment's Lines, in another.
	var stack [64]int
	ends := stack[:0]
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && g.joins(&lines[j-1], &lines[j], j-1 == i) {
			j++
		}
		ends = append(ends, j)
		i = j
	}
	if len(ends) == 0 {
		return nil
	}
	// The blocks, sized for all the segments, lines and links, from the
	// scratch when its are large enough (see unwrap_scratch.go).
	sc := d.takeSegScratch()
	var from segScratch
	if sc != nil {
		from = *sc
	}
	g.segs = reuseBlock(from.segs, len(ends))
	g.lines = reuseBlock(from.lines, len(lines))
	if n := linkCount(lines); n > 0 {
		g.links = reuseBlock(from.links, n)
	}
	segs := reuseBlock(from.ptrs, len(ends))
	i := 0
	for _, j := range ends {
		d.tick(i, len(lines))
		g.at = i
		if s := g.build(lines[i:j]); s != nil {
			if tables[s.Source.Start] {
				d.remove(s, RemovedTable, "table of figures: financial statements are not part of the text")
			}
			segs = append(segs, s)
		}
		i = j
	}
	sc.keep(g.segs, g.lines, g.links)
	sc.keepPtrs(segs)
	return segs
}

// spacedColumns reports whether a line holds a tab or two spaces in a row,
// as every row of a table of figures does (see tableRow): without one,
// markTables has nothing to find.
func spacedColumns(lines []rawLine) bool {
	for k := range lines {
		if spacedText(lines[k].text) {
			return true
		}
	}
	return false
}

// wrapWidth estimates the width of hard-wrapped text: the 90th percentile of
// the lengths of lines followed by another line of the same block. It
// returns 0 when there are too few such lines, when they are too long to be
// wrapped, or when their lengths do not cluster below the width as wrapped
// lines do (a menu of short lines among long paragraphs).
func wrapWidth(lines []rawLine) int {
	var lens []int
	for i := 0; i+1 < len(lines); i++ {
		if !lines[i+1].start && !lines[i].whole {
			if n := runeLen(lines[i].text); n >= 20 {
				lens = append(lens, n)
			}
		}
	}
	if len(lens) < 3 {
		return 0
	}
	slices.Sort(lens)
	w := lens[len(lens)*9/10]
	if w < 25 || w > 140 {
		return 0
	}
	near := 0
	for _, n := range lens {
		if 10*n >= 6*w && 10*n <= 12*w {
			near++
		}
	}
	if 2*near < len(lens) {
		return 0
	}
	return w
}

// joins reports whether b continues the paragraph that a belongs to; first
// says a is the first line of that paragraph.
func (g *layout) joins(a, b *rawLine, first bool) bool {
	if b.start {
		return false
	}
	if a.whole {
		return true
	}
	if labelled(b.text) {
		return false
	}
	if runsOn(a.text) {
		return true
	}
	if b.indent >= a.indent+2 && endsSentence(a.text) && startsSentence(b.text) {
		return false // a first line indented: a new paragraph
	}
	lower := (startsLower(b.text) && !addressLike(firstWord(b.text))) || startsMidSentence(b.text)
	term := endsSentence(a.text)
	if !term && definesAcronym(b.text) {
		return true // "…Institute of Marine Science" ⏎ "(BIMS) has been…"
	}
	la := runeLen(a.text)
	if g.width == 0 || 10*la > 13*g.width {
		// Not wrapped, or a line far longer than the wrap width: only a
		// sentence that visibly runs on continues, such as a long line
		// that stops on a lower-case word ("…," said ⏎ "President…").
		return !term && (lower || endsMidPhrase(a.text) || la >= 40 && endsLowerWord(a.text) && !capsWord(firstWord(b.text)))
	}
	fits := la+1+runeCount(firstWord(b.text)) <= g.width
	switch {
	case lower:
		// A short line that stops mid-sentence though the next word would
		// have fitted was broken by hand: a line of its own (a phone
		// number above an e-mail address), unless it ends mid-phrase.
		return !fits || !term && (2*la >= g.width || endsMidPhrase(a.text))
	case term:
		return !fits
	case endsMidPhrase(a.text):
		return true
	default:
		// A long line that stops mid-sentence before a capitalised word
		// was wrapped; a short one is a line of its own (a heading, an
		// address, a name), and so is a headline in title case.
		return 10*la >= 6*g.width && !(first && titleCase(a.text))
	}
}

// build makes one segment of a group of lines: their texts joined with
// spaces (or rejoined across a hyphen), whitespace collapsed, links kept.
func (g *layout) build(group []rawLine) *segment {
	first, last := &group[0], &group[len(group)-1]
	// newSegment's segment is zero: its fields are set one by one, not
	// copied whole from a literal (232 bytes, through the write barrier
	// while the collector runs).
	s := g.newSegment()
	s.Kind, s.Level, s.BlankBefore = first.kind, first.level, first.blank
	s.Source = Span{first.src.Start, last.src.End}
	s.Lines = g.newLines(len(group))
	buf := g.buf[:0]
	links := g.newLinks(linkCount(group))
	one := "" // the text of a segment of one line: no copy needed
	// plain: every line is plain (its index in the lines is its offset
	// from g.at) and none empty once trimmed. Joined by single spaces at
	// most, their text holds nothing collapseSpaced would change.
	plain := !g.spaced
	for k := range group {
		l := &group[k]
		i, j := trimSpan(l.text, 0, len(l.text))
		t := l.text[i:j]
		plain = plain && i < j && g.plain.has(g.at+k)
		if len(group) == 1 {
			one = t
		}
		if k > 0 && len(buf) > 0 {
			buf = g.joinLines(s, buf, t)
		}
		base := len(buf) - i
		if len(group) > 1 {
			buf = append(buf, t...)
		}
		for _, lk := range l.links {
			st, en := max(lk.Start, i), min(lk.End, j)
			if st < en {
				links = append(links, Link{Text: lk.Text, URL: lk.URL, Start: base + st, End: base + en})
			}
		}
		s.Lines = append(s.Lines, line{Text: l.text, Source: l.src})
	}
	g.buf = buf
	if len(group) > 1 {
		s.Repairs = append([]Repair{{Kind: RepairUnwrapped}}, s.Repairs...)
		one = string(buf)
	}
	if first.split {
		s.Repairs = append(s.Repairs, Repair{Kind: RepairSplit})
	}
	text, changed := one, false
	if !plain {
		text, links, changed = collapseSpaced(one, links, g.spaced)
	}
	if changed {
		s.Repairs = append(s.Repairs, Repair{Kind: RepairWhitespace})
	}
	s.Text = text
	s.Links = fixLinkText(text, links)
	return s
}

// segmentBlock is how many segments newSegment allocates together.
const segmentBlock = 32

// newSegment returns a new zero segment, from a block of them allocated
// together.
func (g *layout) newSegment() *segment {
	if len(g.segs) == cap(g.segs) {
		g.segs = make([]segment, 0, segmentBlock)
	}
	g.segs = g.segs[:len(g.segs)+1]
	return &g.segs[len(g.segs)-1]
}

// newLines returns an empty slice of lines with room for n, carved from a
// block allocated for many segments.
func (g *layout) newLines(n int) []line {
	if cap(g.lines)-len(g.lines) < n {
		g.lines = make([]line, 0, max(n, 64))
	}
	k := len(g.lines)
	g.lines = g.lines[:k+n]
	return g.lines[k : k : k+n]
}

// linkCount is how many links lines hold.
func linkCount(lines []rawLine) int {
	n := 0
	for k := range lines {
		n += len(lines[k].links)
	}
	return n
}

// newLinks returns an empty slice of links with room for n, carved from a
// block allocated for all the segments' links, or nil for none.
func (g *layout) newLinks(n int) []Link {
	if n == 0 {
		return nil
	}
	if cap(g.links)-len(g.links) < n {
		g.links = make([]Link, 0, n)
	}
	k := len(g.links)
	g.links = g.links[:k+n]
	return g.links[k : k : k+n]
}

// joinLines appends to buf what goes between it and the next line t: a
// space, nothing after a dash, or — for a word hyphenated at the line end —
// nothing and no hyphen. It records a de-hyphenation on s.
func (g *layout) joinLines(s *segment, buf []byte, t string) []byte {
	if first, _ := utf8.DecodeRuneInString(t); strings.ContainsRune(",;:.!?)]", first) {
		return buf // punctuation that closes the line before: no space
	}
	r, n := utf8.DecodeLastRune(buf)
	if r != '-' && r != '‐' && r != '—' && r != '–' {
		return append(buf, ' ')
	}
	before, _ := utf8.DecodeLastRune(buf[:len(buf)-n])
	if before == ' ' || before == utf8.RuneError {
		return append(buf, ' ') // a dash standing between words
	}
	if (r == '-' || r == '‐') && unicode.IsLetter(before) && startsLower(t) {
		head := lastWord(buf[:len(buf)-n])
		tail := leadingLetters(t)
		if g.d.dehyphenate(head, tail, g.want) {
			s.Repairs = append(s.Repairs, Repair{Kind: RepairDehyphenated, Detail: head + tail})
			return buf[:len(buf)-n]
		}
	}
	return buf
}

// lastWord is the run of letters that ends b.
func lastWord(b []byte) string {
	i := len(b)
	for i > 0 {
		r, n := utf8.DecodeLastRune(b[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return string(b[i:])
}

// leadingLetters is the run of letters that begins s.
func leadingLetters(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// fixLinkText sets each link's Text to the visible text it covers.
func fixLinkText(text string, links []Link) []Link {
	out := links[:0]
	for _, l := range links {
		if l.Start < 0 || l.End > len(text) || l.Start >= l.End {
			continue
		}
		l.Text = text[l.Start:l.End]
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// labelled reports whether s opens with a short label and a colon, such as
// "WHEN: Monday" or "Media contact: …": such a line starts a new segment.
func labelled(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 24 || i+1 < len(s) && s[i+1] != ' ' {
		return false
	}
	words := strings.Fields(s[:i])
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r)
}

// midPhrase are words after which a sentence cannot stop: a line ending
// with one was wrapped.
var midPhrase = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "to": true,
	"for": true, "with": true, "by": true, "at": true, "on": true, "from": true, "that": true,
	"as": true, "is": true, "are": true, "was": true, "were": true, "be": true, "its": true, "their": true,
	"our": true, "his": true, "her": true, "this": true, "into": true, "than": true, "but": true,
}

// endsMidPhrase reports whether s ends with a comma or a word after which a
// sentence cannot stop.
func endsMidPhrase(s string) bool {
	s = trimSpace(s)
	if strings.HasSuffix(s, ",") {
		return true
	}
	i := strings.LastIndexByte(s, ' ')
	return midPhrase[strings.ToLower(s[i+1:])]
}

// titleCase reports whether most of the longer words of s (four letters or
// more) are capitalised, as in a headline.
func titleCase(s string) bool {
	long, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return long >= 3 && 10*caps >= 8*long && !strings.Contains(s, ". ")
}

// runsOn reports whether a line visibly runs on into the next: it ends
// with a hyphenated word ("con-"), a dash ("CHICAGO —") or a quotation
// closed by a comma, which the attribution follows ("…the finish line,” ⏎
// Burke said.").
func runsOn(s string) bool {
	s = trimSpace(s)
	if strings.HasSuffix(s, "-") && len(s) > 1 {
		if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1]); unicode.IsLetter(r) {
			return true // a word hyphenated at the line end
		}
	}
	for _, suffix := range []string{"—", "–", "--", ",”", ",\"", ",’"} {
		if strings.HasSuffix(s, suffix) {
			return len(s) > len(suffix)
		}
	}
	return false
}

// startsMidSentence reports whether s begins with punctuation that cannot
// open a sentence: a dash, comma, semicolon or closing bracket.
func startsMidSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(trimSpace(s))
	return strings.ContainsRune("—–,;:.!?)]", r)
}

// addressLike reports whether w is an e-mail address or a web address: a
// line that opens with one is a line of its own, though lower-case.
func addressLike(w string) bool {
	return strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(w, "www.")
}

// endsLowerWord reports whether s ends with a word of lower-case letters,
// as a sentence broken by a line end does ("…to reach us," said) and a
// heading, name or address line does not.
func endsLowerWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLower(r) {
		return false
	}
	w := s[strings.LastIndexByte(s, ' ')+1:]
	f, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(f)
}

// definesAcronym reports whether s opens with an acronym in brackets and
// goes on in lower case, "(BIMS) has been…": the name it abbreviates ended
// the line before.
func definesAcronym(s string) bool {
	s = trimSpace(s)
	if !strings.HasPrefix(s, "(") {
		return false
	}
	i := strings.IndexByte(s, ')')
	if i < 3 || i > 12 || i+2 >= len(s) || s[i+1] != ' ' {
		return false
	}
	for _, r := range s[1:i] {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' && r != '-' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+2:])
	return unicode.IsLower(r)
}

// capsWord reports whether w is a word of two or more capitals, such as
// the "CHICAGO" of a dateline, which opens a paragraph of its own.
func capsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

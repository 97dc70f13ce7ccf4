package parser

import "sort"

// split splits the document into segments, by format, and fixes up what
// every format shares: spans that do not overlap and BlankBefore counts.
func split(d *doc) {
	switch d.format {
	case FormatHTML:
		segmentHTML(d)
	case FormatMarkdown:
		d.segs = segmentMarkdown(d)
	default:
		d.segs = segmentText(d)
	}
	tidySpans(d)
	if d.format != FormatHTML {
		markMail(d)
	}
	markSpeech(d.segs)
}

// rawLine is one physical line of input, markup reduced, before lines are
// grouped into segments.
type rawLine struct {
	text  string // visible text, whitespace not yet collapsed
	src   Span   // bytes into doc.src covered by the line
	links []Link // Start/End are byte offsets into text

	// anchors map offsets in text to offsets in src for text that is not a
	// verbatim copy of src (Markdown with its syntax reduced). Nil means
	// text is src[src.Start:src.End].
	anchors []anchor

	start bool      // the line starts a new segment (a block boundary)
	blank int       // blank lines before the line, when start is set
	kind  BlockKind // kind of the segment the line starts
	level int       // heading level
	whole bool      // the segment is one unit: join its lines whatever the layout
	split bool      // the line was cut from a longer one (paragraphs run together)

	// indent is the line's indentation in columns (a tab counts four),
	// for plain text: a first line set in further than the line before
	// opens a paragraph.
	indent int
}

// anchor pairs an offset into a rawLine's text with an offset into the source.
type anchor struct{ text, src int }

// srcAt maps offset i of l.text to a byte offset into doc.src.
func (l *rawLine) srcAt(i int) int {
	if l.anchors == nil {
		return min(l.src.Start+i, l.src.End)
	}
	k := sort.Search(len(l.anchors), func(k int) bool { return l.anchors[k].text > i }) - 1
	if k < 0 {
		return l.src.Start
	}
	a := l.anchors[k]
	return max(l.src.Start, min(a.src+i-a.text, l.src.End))
}

// sub returns the part [i, j) of l as a line of its own.
func (l *rawLine) sub(i, j int) rawLine {
	n := rawLine{text: l.text[i:j], src: Span{l.srcAt(i), l.srcAt(j)}}
	if n.src.End < n.src.Start {
		n.src.End = n.src.Start
	}
	if l.anchors != nil {
		for _, a := range l.anchors {
			if a.text >= i && a.text < j {
				n.anchors = append(n.anchors, anchor{a.text - i, a.src})
			}
		}
		if len(n.anchors) == 0 || n.anchors[0].text > 0 {
			n.anchors = append([]anchor{{0, n.src.Start}}, n.anchors...)
		}
	}
	for _, lk := range l.links {
		s, e := max(lk.Start, i), min(lk.End, j)
		if s < e {
			n.links = append(n.links, Link{Text: lk.Text, URL: lk.URL, Start: s - i, End: e - i})
		}
	}
	return n
}

// countBlanks sets BlankBefore on segments that begin after blank lines
// that the segmenter did not count.
func countBlanks(d *doc, segs []*segment) {
	prev := 0
	for i, s := range segs {
		if i > 0 && s.BlankBefore == 0 && s.Source.Start >= prev && s.Source.Start <= len(d.src) {
			s.BlankBefore = blankLines(d.src[prev:s.Source.Start])
		}
		prev = max(prev, s.Source.End)
	}
}

// tidySpans clips each segment's source start so that no two segments
// overlap, and counts the blank lines before each segment when the
// segmenter did not.
func tidySpans(d *doc) {
	prev := 0
	for i, s := range d.segs {
		if s.Source.Start < prev {
			s.Source.Start = prev
		}
		if s.Source.End < s.Source.Start {
			s.Source.End = s.Source.Start
		}
		if i > 0 && s.BlankBefore == 0 {
			s.BlankBefore = blankLines(d.src[prev:s.Source.Start])
		}
		prev = s.Source.End
	}
}

// blankLines counts the whitespace-only lines in s, the stretch between two
// segments: the newlines beyond the first, ignoring lines with visible text.
func blankLines(s string) int {
	n, visible := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			if !visible {
				n++
			}
			visible = false
		case ' ', '\t', '\r', '\f', '\v':
		default:
			visible = true
		}
	}
	if n > 0 {
		n-- // the newline that ends the previous segment's line
	}
	return n
}

// runeLen is the number of code points of s with surrounding spaces trimmed.
func runeLen(s string) int { return runeCount(trimSpace(s)) }

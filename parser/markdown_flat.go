package parser

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Most Markdown releases are paragraphs and nothing else: no line opens a
// heading, a list, a quotation, a code block or any other block, so the
// blocks are the runs of lines between blank lines. goldmark's block phase
// still offers each line to its block parsers, and its inline phase reads
// every paragraph; on such a release that was most of the Markdown pass.
// mdFlat finds these documents in one pass over their lines and cuts their
// paragraphs as goldmark's paragraph parser does. The plain ones (see
// plainLines) the walker reads itself; goldmark reads only the others, from
// a copy of the source in which the plain paragraphs are blanked out, so
// that every offset it gives is the source's own. A paragraph is no part of
// another's reading: link reference definitions, the only thing shared
// across blocks, live in paragraphs with a '[', which are never plain.

// flatPara is a paragraph of a flat document: its lines are
// mdFlat.lines[from:to], as goldmark's paragraph parser leaves them. A
// plain paragraph holds no inline syntax (see plainLines), a simple one
// only links (see mdSimple): the walker reads both itself.
type flatPara struct {
	from, to      int
	plain, simple bool
}

// own reports whether the walker reads p itself, without goldmark.
func (p flatPara) own() bool { return p.plain || p.simple }

// mdFlat holds the paragraphs of a flat document and their lines, reused
// from parse to parse.
type mdFlat struct {
	paras []flatPara
	lines []text.Segment
	own   int // how many paragraphs the walker reads itself

	// breaks counts the line breaks of the source scan went through:
	// all of them when it reports the source flat.
	breaks int

	// segs holds the lines of the plain paragraph being walked.
	segs text.Segments
}

// scan reports whether src is flat, every block of it a paragraph, and if
// so fills f with its paragraphs. Each line opens no block when it is
// indented by fewer than four spaces (tabs are not looked into) and starts
// with none of the bytes goldmark's block parsers are triggered by, except
// a digit not followed by '.' or ')' (no ordered list) and a '<' that
// cannot open an HTML block; a line that continues a paragraph may also
// be indented by four spaces or more, where no block parser may open.
func (f *mdFlat) scan(src []byte) bool {
	f.paras, f.lines, f.own, f.breaks = f.paras[:0], f.lines[:0], 0, 0
	open := false
	for off := 0; off < len(src); {
		// One pass over the line finds its end and whether it holds
		// inline syntax (see plainLines): where a paragraph's lines hold
		// none, the paragraph is plain.
		end, syntax := off, false
	line:
		for end < len(src) {
			stop := len(src)
			if end+8 <= len(src) {
				// Eight bytes, none marked, with one test: most of a
				// line's bytes go by that way.
				b := src[end : end+8 : end+8]
				if flatByte[b[0]]|flatByte[b[1]]|flatByte[b[2]]|flatByte[b[3]]|
					flatByte[b[4]]|flatByte[b[5]]|flatByte[b[6]]|flatByte[b[7]] == 0 {
					end += 8
					continue
				}
				stop = end + 8 // a marked byte among them: byte by byte
			}
			for end < stop {
				c := src[end]
				end++
				if flatByte[c] != 0 {
					if c == '\n' {
						f.breaks++
						break line
					}
					syntax = true
				}
			}
		}
		line := src[off:end]
		start := off
		off = end
		if util.IsBlank(line) {
			open = false
			continue
		}
		if !flatLine(line, open) {
			return false
		}
		if !open {
			f.paras = append(f.paras, flatPara{from: len(f.lines), to: len(f.lines), plain: true})
			open = true
		}
		if syntax {
			f.paras[len(f.paras)-1].plain = false
		}
		// goldmark's paragraph takes the whole line and, as it closes,
		// trims each line's leading white space.
		seg := text.NewSegment(start, end)
		f.lines = append(f.lines, seg.TrimLeftSpace(src))
		f.paras[len(f.paras)-1].to++
	}
	for k := range f.paras {
		p := &f.paras[k]
		// … and its last line's trailing white space.
		last := &f.lines[p.to-1]
		*last = last.TrimRightSpace(src)
		p.simple = !p.plain && mdSimple(f.lines[p.from:p.to], src, nil)
		if p.own() {
			f.own++
		}
	}
	return true
}

// flatByte marks the bytes scan looks at: the newline that ends a line,
// and those of inlineSyntax.
var flatByte = func() (t [256]uint8) {
	for c, syntax := range inlineSyntax {
		if syntax {
			t[c] = 1
		}
	}
	t['\n'] = 1
	return t
}()

// flatLine reports whether line, not blank, opens no block in goldmark;
// cont says it comes right after a line of a paragraph.
func flatLine(line []byte, cont bool) bool {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	switch {
	case line[i] == '\t':
		return false
	case i > 3:
		// Indented code, unless it continues a paragraph: then no
		// parser takes an indented line (code cannot interrupt one).
		return cont
	}
	s := line[i:]
	switch c := s[0]; c {
	case '-', '+', '*', '=', '_', '#', '`', '~', '>':
		return false
	case '<':
		return !mayOpenHTMLBlock(s)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		j := 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		return j == len(s) || s[j] != '.' && s[j] != ')'
	}
	return true
}

// blankOwn returns a copy of src, in buf, with the lines of the
// paragraphs the walker reads itself turned into spaces, their newlines
// kept: blank lines, which goldmark passes over.
func (f *mdFlat) blankOwn(buf, src []byte) []byte {
	buf = append(buf[:0], src...)
	for _, p := range f.paras {
		if !p.own() {
			continue
		}
		for k, s := range f.lines[p.from:p.to] {
			stop := s.Stop
			if k < p.to-p.from-1 {
				stop-- // the newline each line but the last ends with
			}
			fillSpaces(buf[s.Start:stop])
		}
	}
	return buf
}

// fillSpaces sets every byte of b to a space, doubling the stretch set
// with each copy.
func fillSpaces(b []byte) {
	if len(b) == 0 {
		return
	}
	b[0] = ' '
	for i := 1; i < len(b); i *= 2 {
		copy(b[i:], b[:i])
	}
}

// flatBlocks walks a flat document: the paragraphs it reads itself from f
// and the others from root, what goldmark made of the rest (nil when there
// was nothing to read), in the order of the source.
func (w *mdWalker) flatBlocks(root ast.Node) {
	f := &w.flat
	var c ast.Node
	if root != nil {
		c = root.FirstChild()
	}
	for _, p := range f.paras {
		if !p.own() {
			continue
		}
		start := f.lines[p.from].Start
		for ; c != nil && mdStart(c) < start; c = c.NextSibling() {
			w.child(c, BlockParagraph)
		}
		w.d.tick(0, 0)
		if p.plain {
			w.plainParagraph(f.lines[p.from:p.to])
			continue
		}
		first := len(w.lines)
		f.segs.SetSliced(0, 0)
		f.segs.AppendAll(f.lines[p.from:p.to])
		b := &w.text
		b.reset(w.src)
		b.str = w.d.src
		mdSimple(f.lines[p.from:p.to], w.src, b)
		w.cutLines(&f.segs, BlockParagraph, 0, false)
		if len(w.lines) > first {
			w.lines[first].start = true
		}
	}
	for ; c != nil; c = c.NextSibling() {
		w.child(c, BlockParagraph)
	}
}

// plainParagraph adds the lines of a plain paragraph, as cutLines does
// from what inlineText.plain writes for it, without writing it: each
// line's text is the source's own, anchored at its start and, before a
// line break, at its end. Like cutLines it adds none for a paragraph of
// white space only (Unicode's, which goldmark does not count as blank).
func (w *mdWalker) plainParagraph(lines []text.Segment) {
	blank := true
	for _, s := range lines {
		if end, _ := plainLineEnd(w.src, s); len(bytes.TrimSpace(w.src[s.Start:end])) > 0 {
			blank = false
			break
		}
	}
	if blank {
		return
	}
	for i, s := range lines {
		end, nl := plainLineEnd(w.src, s)
		l := rawLine{kind: BlockParagraph, text: w.d.src[s.Start:end]}
		l.src = Span{s.Start, trimRight(w.src, s.Start, s.Stop)}
		if i == 0 {
			l.start = true
			l.src.Start = lineStart(w.src, s.Start)
		}
		from := len(w.anchors)
		w.anchors = append(w.anchors, anchor{0, s.Start})
		if nl {
			w.anchors = append(w.anchors, anchor{end - s.Start, end})
		}
		l.anchors = w.anchors[from:len(w.anchors):len(w.anchors)]
		w.lines = append(w.lines, l)
	}
}

// mdStart is where block n's first line starts, or -1 for a block
// without lines (a link reference definition), which adds no line.
func mdStart(n ast.Node) int {
	if lines := n.Lines(); lines.Len() > 0 {
		return lines.At(0).Start
	}
	return -1
}

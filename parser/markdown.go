package parser

import (
	"bytes"
	"html"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser is goldmark with CommonMark only: no linkify (bare URLs
// stay text), no typographer (the text is kept as written). mdTicker lets
// it report progress (see markdown_ticks.go); mdPlainHider spares it
// reading blocks with no inline syntax (see markdown_plain.go), and
// mdHTMLBlocks lines that cannot open an HTML block.
var markdownParser = gmparser.NewParser(
	gmparser.WithBlockParsers(mdBlockParsers()...),
	gmparser.WithInlineParsers(append(gmparser.DefaultInlineParsers(), util.Prioritized(mdTicker{}, 0), util.Prioritized(mdPlainHider{}, 0))...),
	gmparser.WithParagraphTransformers(util.Prioritized(linkRefs{}, 100), util.Prioritized(mdTicker{}, 0)),
)

// linkRefs is goldmark's LinkReferenceParagraphTransformer, which reads
// link reference definitions ("[id]: https://…") at the start of a
// paragraph, called only on paragraphs whose first line holds a '[': it
// sets up a reader for every paragraph it is given.
type linkRefs struct{}

// Transform hands the paragraph to goldmark's transformer if its first
// line may open a definition.
func (linkRefs) Transform(n *ast.Paragraph, r text.Reader, pc gmparser.Context) {
	if lines := n.Lines(); lines.Len() > 0 {
		if first := lines.At(0); bytes.IndexByte(first.Value(r.Source()), '[') < 0 {
			return
		}
	}
	gmparser.LinkReferenceParagraphTransformer.Transform(n, r, pc)
}

// segmentMarkdown parses the document with goldmark and reduces its blocks
// to lines of visible text: link syntax becomes text plus a Link, emphasis
// markers go, images leave the text (a paragraph that is only images
// becomes removed media). Source spans come from goldmark's segments, so
// they are exact byte offsets.
func segmentMarkdown(d *doc) []*segment { return segmentMarkdownWith(d, markdownParser) }

// segmentMarkdownWith is segmentMarkdown reading the document with parser
// p: the tests compare markdownParser's shortcuts with goldmark as it comes.
func segmentMarkdownWith(d *doc, p gmparser.Parser) []*segment {
	w := newMDWalker(d)
	defer w.release()
	src := w.src
	// A flat document (see markdown_flat.go) has goldmark read only its
	// paragraphs with inline syntax, if any.
	flat := !d.cfg.noPlainMD && w.flat.scan(src)
	var root ast.Node
	if !flat || w.flat.own < len(w.flat.paras) {
		pc := gmparser.NewContext()
		if d.prog.yield != nil {
			pc.Set(mdDocKey, d)
		}
		if flat {
			w.gm = w.flat.blankOwn(w.gm, src)
			src = w.gm
			w.paras.reserve(len(w.flat.paras) - w.flat.own)
		} else if !d.cfg.noPlainMD {
			pc.Set(mdPlainKey, &w.plain)
		}
		pc.Set(mdParagraphKey, &w.paras)
		root = p.Parse(text.NewReader(src), gmparser.WithContext(pc))
		w.plain.restore()
	}
	// One line per source line at most, nearly always: room for them all.
	// A flat source's line breaks were counted as scan went through it.
	n := w.flat.breaks + 1
	if !flat {
		n = strings.Count(d.src, "\n") + 1
	}
	w.lines, w.anchors = slices.Grow(w.lines, n), slices.Grow(w.anchors, n+n/2)
	if flat {
		w.flatBlocks(root)
	} else {
		w.block(root, BlockParagraph)
	}
	w.setTexts()
	segs := groupLines(d, w.lines)
	for _, s := range segs {
		if w.imageOnly[s.Source.Start] {
			d.remove(s, RemovedMedia, "image: pictures are not part of the text")
		}
	}
	return segs
}

// mdWalker collects the lines of a goldmark document.
type mdWalker struct {
	d     *doc
	src   []byte // the source as bytes, for goldmark: buf
	buf   []byte
	lines []rawLine

	// plain holds the blocks goldmark's inline phase skipped: plain text.
	plain mdPlain

	// flat holds the paragraphs of a flat document (see
	// markdown_flat.go), and gm the copy of its source goldmark reads.
	flat mdFlat
	gm   []byte

	// paras hands goldmark this parse's paragraph nodes (see
	// markdown_paragraphs.go); release empties it.
	paras mdParagraphStock

	// imageOnly marks, by source start, blocks whose only content is
	// images; their text is the images' alternative text.
	imageOnly map[int]bool

	// arena holds the text of the lines that are no copy of the source,
	// texts which line's is where (see lineText).
	arena []byte
	texts []arenaText

	// text is the inline text of the block being read, reused from block
	// to block; anchors and links hold the lines' anchors and links, each
	// line's a slice of them.
	text    inlineText
	anchors []anchor
	links   []Link
}

// block walks a block node. kind is the kind its paragraphs take from their
// container: a list item or a block quotation.
func (w *mdWalker) block(n ast.Node, kind BlockKind) {
	switch n := n.(type) {
	case *ast.Heading:
		if w.proseHeading(n) {
			// A paragraph that a following "---" line turned into a
			// setext heading: it reads as a paragraph, so it is one.
			w.inline(n, kind, 0, false)
			return
		}
		w.inline(n, BlockHeading, n.Level, true)
		return
	case *ast.Paragraph, *ast.TextBlock:
		w.inline(n, kind, 0, false)
		return
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		w.raw(n, kind, false)
		return
	case *ast.HTMLBlock:
		w.raw(n, kind, true)
		return
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition:
		return
	case *ast.Blockquote:
		kind = BlockQuote
	case *ast.ListItem:
		kind = BlockListItem
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.child(c, kind)
	}
}

// child walks block c, a child of a container whose paragraphs are of
// kind: its first line starts a segment.
func (w *mdWalker) child(c ast.Node, kind BlockKind) {
	w.d.tick(0, 0)
	first := len(w.lines)
	w.block(c, kind)
	if len(w.lines) > first {
		w.lines[first].start = true
	}
}

// proseHeading reports whether heading n is running text rather than a
// heading: many words, or whole sentences.
func (w *mdWalker) proseHeading(n *ast.Heading) bool {
	lines := n.Lines()
	if lines.Len() == 0 {
		return false
	}
	first, last := lines.At(0), lines.At(lines.Len()-1)
	t := string(w.src[first.Start:last.Stop])
	words := fieldCount(t)
	return words > 25 || words > 10 && endsSentence(t) && strings.Count(t, ". ") > 0
}

// raw adds the lines of a code or HTML block as plain text, tags stripped
// from HTML.
func (w *mdWalker) raw(n ast.Node, kind BlockKind, markup bool) {
	segs := n.Lines()
	blank := 0
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		lineText := string(w.src[s.Start:s.Stop])
		if markup {
			lineText = stripTags(lineText)
		}
		ls := textLines(lineText, s.Start, nil)
		if len(ls) == 0 {
			blank++
			continue
		}
		for _, l := range ls {
			if markup {
				l.anchors = []anchor{{0, l.src.Start}}
			}
			if l.kind == BlockParagraph {
				l.kind = kind
			}
			l.start = i == 0 || blank > 0 || l.kind == BlockListItem
			l.blank = blank
			w.lines = append(w.lines, l)
		}
		blank = 0
	}
}

// stripTags removes HTML tags from one line and decodes its entities. It
// keeps the text's length where it can so that offsets stay close.
func stripTags(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<' && i+1 < len(s) && (isLetterASCII(s[i+1]) || s[i+1] == '/' || s[i+1] == '!'):
			in = true
			b.WriteByte(' ')
		case c == '>' && in:
			in = false
			b.WriteByte(' ')
		case in:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return html.UnescapeString(b.String())
}

func isLetterASCII(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// inline reduces the inline content of a paragraph or heading to lines.
func (w *mdWalker) inline(n ast.Node, kind BlockKind, level int, whole bool) {
	b := &w.text
	b.reset(w.src)
	if w.plain.has(n) {
		b.plain(n.Lines())
	} else {
		b.children(n)
	}
	w.cutLines(n.Lines(), kind, level, whole)
}

// cutLines adds the lines of a block whose source lines are segs and
// whose inline text is in w.text.
func (w *mdWalker) cutLines(segs *text.Segments, kind BlockKind, level int, whole bool) {
	b := &w.text
	blank := len(bytes.TrimSpace(b.buf)) == 0
	if segs.Len() == 0 || blank && len(b.alt) == 0 {
		return
	}
	first, last := segs.At(0), segs.At(segs.Len()-1)
	if b.images > 0 && blank {
		// Only images: the block is the images' alternative text.
		start, end := lineStart(w.src, first.Start), last.Stop
		if w.imageOnly == nil {
			w.imageOnly = map[int]bool{}
		}
		l := rawLine{text: strings.Join(b.alt, " "), src: Span{start, end}, start: true, kind: kind, whole: true}
		l.anchors = []anchor{{0, start}}
		w.imageOnly[l.src.Start] = true
		w.lines = append(w.lines, l)
		w.d.links = append(w.d.links, b.links...)
		return
	}
	// Cut the text at its line breaks, one rawLine per source line.
	parts := bytes.Count(b.buf, []byte{'\n'}) + 1
	off := 0
	ai, li := 0, 0 // first anchor and link that may touch the current line
	for i := 0; i < parts; i++ {
		lo, hi := off, len(b.buf)
		if k := bytes.IndexByte(b.buf[lo:], '\n'); k >= 0 {
			hi = lo + k
		}
		off = hi + 1
		l := rawLine{kind: kind, level: level, whole: whole}
		var seg text.Segment
		switch {
		case parts == segs.Len():
			seg = segs.At(i)
		case i == 0:
			seg = text.NewSegment(first.Start, last.Stop)
		default:
			seg = text.NewSegment(last.Stop, last.Stop)
		}
		l.src = Span{seg.Start, trimRight(w.src, seg.Start, seg.Stop)}
		if i == 0 {
			l.start = true
			l.src.Start = lineStart(w.src, seg.Start)
		}
		for ai < len(b.anchors) && b.anchors[ai].text < lo {
			ai++
		}
		// The line's anchors, offsets made relative to the line, open
		// with one at its start.
		from := len(w.anchors)
		if ai == len(b.anchors) || b.anchors[ai].text > lo {
			w.anchors = append(w.anchors, anchor{0, seg.Start})
		}
		for _, a := range b.anchors[ai:] {
			if a.text > hi {
				break
			}
			w.anchors = append(w.anchors, anchor{a.text - lo, a.src})
		}
		l.anchors = w.anchors[from:len(w.anchors):len(w.anchors)]
		l.text = w.lineText(b.buf[lo:hi], l.anchors[0])
		for li < len(b.links) && b.links[li].End < lo {
			li++
		}
		from = len(w.links)
		for _, lk := range b.links[li:] {
			if lk.Start > hi {
				break
			}
			s, e := max(lk.Start, lo), min(lk.End, hi)
			if s < e {
				w.links = append(w.links, Link{URL: lk.URL, Start: s - lo, End: e - lo})
			} else if lk.Start == lk.End && lk.Start >= lo && lk.Start <= hi {
				w.d.links = append(w.d.links, lk)
			}
		}
		if len(w.links) > from {
			l.links = w.links[from:len(w.links):len(w.links)]
		}
		w.lines = append(w.lines, l)
	}
}

// lineText returns p, the text of the line about to be added, as a
// string: the source's own bytes when p is a copy of them from where its
// first anchor points. Otherwise p is copied to the walker's arena, and
// the line gets its text from the arena's string once the walk is over
// (see setTexts): one string for all such lines, not one for each block.
func (w *mdWalker) lineText(p []byte, first anchor) string {
	if first.text == 0 && first.src >= 0 && first.src+len(p) <= len(w.d.src) {
		// A plain block's lines are copies by construction: no need
		// to compare.
		if t := w.d.src[first.src : first.src+len(p)]; w.text.verbatim || t == string(p) {
			return t
		}
	}
	if len(p) > 0 {
		w.texts = append(w.texts, arenaText{len(w.lines), len(w.arena), len(w.arena) + len(p)})
		w.arena = append(w.arena, p...)
	}
	return ""
}

// arenaText says that line's text is arena[from:to].
type arenaText struct{ line, from, to int }

// setTexts gives the lines whose text is in the arena their text.
func (w *mdWalker) setTexts() {
	if len(w.texts) == 0 {
		return
	}
	all := string(w.arena)
	for _, t := range w.texts {
		w.lines[t.line].text = all[t.from:t.to]
	}
}

// lineStart moves i back to the first non-blank byte of its line, so that a
// block's span includes its marker ("# ", "* ", "> ").
func lineStart(src []byte, i int) int {
	j := i
	for j > 0 && src[j-1] != '\n' && src[j-1] != '\r' {
		j--
	}
	for j < i && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	return j
}

// trimRight returns the end of src[i:j] without trailing white space.
func trimRight(src []byte, i, j int) int {
	for j > i && (src[j-1] == ' ' || src[j-1] == '\t' || src[j-1] == '\n' || src[j-1] == '\r') {
		j--
	}
	return j
}

// inlineText accumulates the visible text of inline nodes: '\n' at each
// line break, links with byte offsets, and anchors back to the source.
type inlineText struct {
	src     []byte
	buf     []byte
	links   []Link
	anchors []anchor
	alt     []string // alternative text of images
	images  int
	inImage int

	// verbatim is set when the text was written by plain: each line a
	// copy of the source from where its first anchor points.
	verbatim bool

	// str, when set, is src as a string, for mdSimple to take the links'
	// addresses from without a copy.
	str string
}

// reset empties b for the next block, keeping its buffers.
func (b *inlineText) reset(src []byte) {
	// Field by field: a self-slice only sets a length, where copying a
	// new value of the whole struct in would go through the garbage
	// collector's write barrier for each of its pointers.
	if len(src) != len(b.src) || len(src) > 0 && &src[0] != &b.src[0] {
		b.src = src
	}
	b.buf = b.buf[:0]
	b.links = b.links[:0]
	b.anchors = b.anchors[:0]
	b.alt = b.alt[:0]
	b.images, b.inImage, b.verbatim = 0, 0, false
	if b.str != "" {
		b.str = ""
	}
}

func (b *inlineText) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.node(c)
	}
}

func (b *inlineText) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(b.src)
		if !n.IsRaw() {
			v = unescape(v)
		}
		b.write(v, n.Segment.Start)
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.write([]byte{'\n'}, n.Segment.Stop)
		}
	case *ast.String:
		b.write(n.Value, -1)
	case *ast.AutoLink:
		start := len(b.buf)
		label := n.Label(b.src)
		b.write(label, -1)
		url := string(n.URL(b.src))
		if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(url, "mailto:") {
			url = "mailto:" + url
		}
		b.link(start, url)
	case *ast.Link:
		start := len(b.buf)
		b.children(n)
		b.link(start, string(n.Destination))
	case *ast.Image:
		b.images++
		if b.inImage == 0 {
			alt := &inlineText{src: b.src}
			alt.children(n)
			if t := strings.Join(strings.Fields(string(alt.buf)), " "); t != "" {
				b.alt = append(b.alt, t)
			}
		}
	case *ast.RawHTML:
		// Inline tags such as <br> or <b> carry no text.
		for i := 0; i < n.Segments.Len(); i++ {
			if seg := n.Segments.At(i); bytes.HasPrefix(bytes.ToLower(seg.Value(b.src)), []byte("<br")) {
				b.write([]byte{' '}, -1)
			}
		}
	default:
		b.children(n)
	}
}

// write appends v, which comes from source offset at (or -1 when it does
// not map to the source byte for byte).
func (b *inlineText) write(v []byte, at int) {
	if at >= 0 {
		b.anchors = append(b.anchors, anchor{len(b.buf), at})
	}
	b.buf = append(b.buf, v...)
}

// link records a link over the text written since start, if its target is
// an absolute http, https or mailto URL (see safeURL): a javascript: or
// relative target leaves only the text.
func (b *inlineText) link(start int, url string) {
	if u, ok := safeURL(url, nil); ok {
		b.links = append(b.links, Link{URL: u, Start: start, End: len(b.buf)})
	}
}

// unescape resolves backslash escapes and character references, as
// goldmark's renderer does.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = util.ResolveNumericReferences(v)
		v = util.ResolveEntityNames(v)
	}
	return v
}

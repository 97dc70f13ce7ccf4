package parser

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// goldmark's inline phase reads a block byte by byte, through its reader,
// looking for inline syntax, and makes a Text node per line; on a release
// most paragraphs hold no inline syntax at all, and reading them was a third
// of the Markdown pass. mdPlain hides such plain blocks from the inline
// phase: as goldmark finishes the first block's inline content (the block
// phase is over and the tree final), it empties the lines of every other
// paragraph, text block and heading whose lines hold no byte an inline
// parser or an escape could act on, and segmentMarkdown gives the lines back
// once goldmark is done. inlineText.plain then writes what goldmark's Text
// nodes would have said.

// mdPlainKey holds, in goldmark's parse context, the *mdPlain of the parse.
var mdPlainKey = gmparser.NewContextKey()

// mdPlain is the set of blocks hidden from goldmark's inline phase, in
// document order, with their lines.
type mdPlain struct {
	src    []byte
	done   bool // the blocks have been looked at
	hidden []hiddenBlock
	empty  text.Segments // what the hidden blocks hold meanwhile
	next   int           // the hidden block has() looks for first
}

// hiddenBlock is a block hidden from goldmark's inline phase and its lines.
type hiddenBlock struct {
	node  ast.Node
	lines text.Segments
}

// mdPlainHider is plugged into goldmark as an inline parser that never
// matches, for its CloseBlock hook.
type mdPlainHider struct{}

// Trigger returns no characters: the hider parses no inline syntax.
func (mdPlainHider) Trigger() []byte { return nil }

// Parse never matches.
func (mdPlainHider) Parse(ast.Node, text.Reader, gmparser.Context) ast.Node { return nil }

// CloseBlock hides the plain blocks the first time goldmark finishes a
// block's inline content.
func (mdPlainHider) CloseBlock(parent ast.Node, _ text.Reader, pc gmparser.Context) {
	p, _ := pc.Get(mdPlainKey).(*mdPlain)
	if p == nil || p.done {
		return
	}
	p.done = true
	root := parent
	for root.Parent() != nil {
		root = root.Parent()
	}
	// Most blocks of a release are paragraphs at the top level.
	p.hidden = slices.Grow(p.hidden[:0], root.ChildCount())
	p.hide(root)
}

// hide empties the lines of the plain blocks under n that goldmark has not
// read yet (they have no children).
func (p *mdPlain) hide(n ast.Node) {
	switch n.Kind() {
	case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
		if !n.HasChildren() && plainLines(n.Lines(), p.src) {
			// SetLines copies: keep the lines, not the node's field.
			p.hidden = append(p.hidden, hiddenBlock{n, *n.Lines()})
			n.SetLines(&p.empty)
		}
		return
	}
	if n.Type() != ast.TypeBlock && n.Type() != ast.TypeDocument {
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.hide(c)
	}
}

// restore gives the hidden blocks their lines back.
func (p *mdPlain) restore() {
	for i := range p.hidden {
		p.hidden[i].node.SetLines(&p.hidden[i].lines)
	}
}

// has reports whether n is a hidden block. The walker asks in document
// order, the order they were hidden in, so the next hidden block is nearly
// always the one asked about. A block with children was read by goldmark,
// and one without lines (an empty heading) has nothing to hide, so neither
// is one: that answers for nearly every other block without a search.
// Otherwise the hidden blocks, leaves that hold distinct lines in document
// order, are searched by where their first line starts: a search through
// them all for each of many empty headings took a 672 KB paste 1.7 s.
func (p *mdPlain) has(n ast.Node) bool {
	lines := n.Lines()
	if n.HasChildren() || lines.Len() == 0 || len(p.hidden) == 0 {
		return false
	}
	if p.next < len(p.hidden) && p.hidden[p.next].node == n {
		p.next++
		return true
	}
	start := lines.At(0).Start
	i, _ := slices.BinarySearchFunc(p.hidden, start, func(h hiddenBlock, s int) int {
		return cmp.Compare(h.lines.At(0).Start, s)
	})
	for ; i < len(p.hidden) && p.hidden[i].lines.At(0).Start == start; i++ {
		if p.hidden[i].node == n {
			p.next = i + 1
			return true
		}
	}
	return false
}

// plainLines reports whether goldmark's inline phase would make of lines
// one Text node per line and nothing else, each a verbatim stretch of src:
// no byte that triggers an inline parser ('`', '!', '[', ']', '<', '*',
// '_'), no backslash (escapes, hard breaks) and no '&' (references), no
// padding from tabs, and every line but the last ends with a newline.
func plainLines(lines *text.Segments, src []byte) bool {
	return plainSegments(lines.Sliced(0, lines.Len()), src)
}

// plainSegments is plainLines over a slice of lines.
func plainSegments(lines []text.Segment, src []byte) bool {
	n := len(lines)
	if n == 0 {
		return false
	}
	for i, s := range lines {
		if s.Padding != 0 || s.Start >= s.Stop || s.Stop > len(src) {
			return false
		}
		line := src[s.Start:s.Stop]
		if i < n-1 && line[len(line)-1] != '\n' {
			return false
		}
		for _, c := range line {
			if inlineSyntax[c] {
				return false
			}
		}
	}
	return true
}

// inlineSyntax marks the bytes plainLines turns a line away for.
var inlineSyntax = [256]bool{'`': true, '!': true, '[': true, ']': true, '<': true, '*': true, '_': true, '\\': true, '&': true}

// plain writes the text of a hidden block's lines as its Text nodes would
// have been written: each line without its line break and trailing white
// space, then '\n' at a soft or hard line break (a line ending in a
// newline), as goldmark's parseBlock cuts them.
func (b *inlineText) plain(lines *text.Segments) {
	b.verbatim = true
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		end, nl := plainLineEnd(b.src, s)
		b.write(b.src[s.Start:end], s.Start)
		if nl {
			b.write([]byte{'\n'}, end)
		}
	}
}

// plainLineEnd returns where the text of line s of a plain block ends, as
// goldmark's parseBlock cuts it: before its line break and trailing white
// space; and whether the line ends with a newline, a soft or hard line
// break.
func plainLineEnd(src []byte, s text.Segment) (end int, nl bool) {
	line := src[s.Start:s.Stop]
	k := len(line)
	nl = line[k-1] == '\n'
	switch {
	case !nl:
	case k >= 3 && line[k-3] == ' ' && line[k-2] == ' ':
		k -= 3
	case k >= 4 && line[k-4] == ' ' && line[k-3] == ' ' && line[k-2] == '\r':
		k -= 4
	}
	// goldmark's reader stops at the first newline.
	if j := bytes.IndexByte(line[:k], '\n'); j >= 0 {
		k = j
	}
	return s.Start + k - util.TrimRightSpaceLength(line[:k]), nl
}

package parser

import (
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// goldmark parses a whole Markdown document in one call. On a long input
// that call would hold the browser's only thread for a long time, so
// mdTicker, plugged into goldmark as a paragraph transformer and an inline
// parser that never matches, calls doc.tick as goldmark closes each
// paragraph (the block phase) and finishes each block's inline content
// (the inline phase). It changes nothing in the tree.

// mdDocKey holds, in goldmark's parse context, the *doc being parsed.
var mdDocKey = gmparser.NewContextKey()

// mdTicker reports goldmark's progress to the doc in its parse context.
type mdTicker struct{}

// Transform is called as goldmark closes a paragraph in its block phase:
// the first half of its work.
func (mdTicker) Transform(_ *ast.Paragraph, r text.Reader, pc gmparser.Context) {
	if d, _ := pc.Get(mdDocKey).(*doc); d != nil {
		_, seg := r.Position()
		d.tick(seg.Start, 4*len(d.src))
	}
}

// Trigger returns no characters: the ticker parses no inline syntax.
func (mdTicker) Trigger() []byte { return nil }

// Parse never matches.
func (mdTicker) Parse(ast.Node, text.Reader, gmparser.Context) ast.Node { return nil }

// CloseBlock is called as goldmark finishes a block's inline content in
// its inline phase.
func (mdTicker) CloseBlock(parent ast.Node, _ text.Reader, pc gmparser.Context) {
	if d, _ := pc.Get(mdDocKey).(*doc); d != nil {
		at := 0
		if lines := parent.Lines(); lines.Len() > 0 {
			at = lines.At(lines.Len() - 1).Stop
		}
		d.tick(len(d.src)+at, 4*len(d.src))
	}
}

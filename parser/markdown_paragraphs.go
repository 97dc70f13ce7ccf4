package parser

import (
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdParagraphKey holds, in a parse's goldmark context, the
// *mdParagraphStock its paragraph nodes come from.
var mdParagraphKey = gmparser.NewContextKey()

// mdParagraphs is goldmark's paragraph parser, whose Open allocates each
// paragraph node on its own (a release is mostly paragraphs: the seed's 31
// were a sixth of its parse's allocations); this one takes them from the
// parse's mdParagraphStock, when the context holds one. Continue and Close
// are goldmark's.
type mdParagraphs struct{ gmparser.BlockParser }

// Open is goldmark's paragraphParser.Open with the node from the stock.
func (p mdParagraphs) Open(parent ast.Node, r text.Reader, pc gmparser.Context) (ast.Node, gmparser.State) {
	stock, _ := pc.Get(mdParagraphKey).(*mdParagraphStock)
	if stock == nil {
		return p.BlockParser.Open(parent, r, pc)
	}
	line, segment := r.PeekLine()
	if util.IsBlank(line) {
		return nil, gmparser.NoChildren
	}
	node := stock.new()
	node.Lines().Append(segment)
	r.AdvanceToEOL()
	return node, gmparser.NoChildren
}

// mdParagraphStock hands out zero paragraph nodes, as ast.NewParagraph
// does, from blocks allocated together. A block is never reused: nodes
// stay valid as long as the tree holds them.
type mdParagraphStock struct {
	block []ast.Paragraph
}

// mdParagraphBlock is how many paragraph nodes are allocated together.
const mdParagraphBlock = 32

// reserve makes room for n more paragraph nodes, when it has less, in a
// block of n: a flat document knows how many goldmark will read.
func (s *mdParagraphStock) reserve(n int) {
	if cap(s.block)-len(s.block) < n {
		s.block = make([]ast.Paragraph, 0, n)
	}
}

// new returns a new zero paragraph node.
func (s *mdParagraphStock) new() *ast.Paragraph {
	if len(s.block) == cap(s.block) {
		s.block = make([]ast.Paragraph, 0, mdParagraphBlock)
	}
	s.block = s.block[:len(s.block)+1]
	return &s.block[len(s.block)-1]
}

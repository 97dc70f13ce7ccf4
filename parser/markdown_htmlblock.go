package parser

import (
	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdBlockParsers are goldmark's block parsers, its HTML block parser
// wrapped in mdHTMLBlocks and its paragraph parser in mdParagraphs.
func mdBlockParsers() []util.PrioritizedValue {
	ps := gmparser.DefaultBlockParsers()
	for i, p := range ps {
		bp, ok := p.Value.(gmparser.BlockParser)
		switch {
		case ok && p.Value == gmparser.NewHTMLBlockParser():
			ps[i].Value = mdHTMLBlocks{bp}
		case ok && p.Value == gmparser.NewParagraphParser():
			ps[i].Value = mdParagraphs{bp}
		}
	}
	return ps
}

// mdHTMLBlocks is goldmark's HTML block parser, which tries up to seven
// regular expressions on every line that opens with '<', spared the lines
// that cannot open an HTML block: a newswire release puts its links on
// lines of their own as autolinks ("<https://…>"), and a tag name followed
// by a colon opens no block of any of the seven kinds.
type mdHTMLBlocks struct{ gmparser.BlockParser }

// Open is goldmark's, for a line that may open an HTML block.
func (p mdHTMLBlocks) Open(parent ast.Node, r text.Reader, pc gmparser.Context) (ast.Node, gmparser.State) {
	if line, _ := r.PeekLine(); !mayOpenHTMLBlock(line) {
		return nil, gmparser.NoChildren
	}
	return p.BlockParser.Open(parent, r, pc)
}

// mayOpenHTMLBlock reports false for a line that no CommonMark HTML block
// start condition matches, as goldmark tests them: up to three spaces, '<',
// a tag name (an ASCII letter, then letters, digits and hyphens) and a byte
// after it that is not white space, '>' or '/' (each kind wants one of
// those, or the line's end, after the name). Any other line may open one.
func mayOpenHTMLBlock(line []byte) bool {
	i := 0
	for i < 3 && i < len(line) && line[i] == ' ' {
		i++
	}
	if i+1 >= len(line) || line[i] != '<' || !isLetterASCII(line[i+1]) {
		return true
	}
	j := i + 2
	for j < len(line) && (isLetterASCII(line[j]) || isDigit(line[j]) || line[j] == '-') {
		j++
	}
	if j == len(line) {
		return true
	}
	switch line[j] {
	case ' ', '\t', '\n', '\r', '\f', '\v', '>', '/':
		return true
	}
	return false
}

package annotate

import (
	"strings"

	"pressmark/parser"
)

// fakeRelease returns a release whose text is text: the first paragraph the
// title, the others paragraph blocks. It lets tests control the text
// exactly, whatever the parser makes of it.
func fakeRelease(text string) *parser.Release {
	rel := &parser.Release{Schema: parser.Schema, Text: text}
	paras := strings.Split(text, "\n\n")
	rel.Title = paras[0]
	pos := len([]rune(paras[0])) + 2
	for _, p := range paras[1:] {
		n := len([]rune(p))
		rel.Blocks = append(rel.Blocks, parser.Block{Kind: parser.BlockParagraph, Text: p, Start: pos, End: pos + n})
		pos += n + 2
	}
	return rel
}

package ui

import (
	"strings"
	"unicode/utf8"

	"pressmark/parser"
)

// testRelease builds a Release the way the parser does — Text is the title
// and the blocks joined by blank lines, offsets in code points — from a
// title and blocks given as kind and text. Links are (visible text, URL)
// pairs attached to the block whose text holds them.
func testRelease(title string, blocks []parser.Block, links ...[2]string) *parser.Release {
	r := &parser.Release{Schema: parser.Schema, Title: title, Removed: []parser.Removed{}}
	var b strings.Builder
	b.WriteString(title)
	n := utf8.RuneCountInString(title)
	for _, blk := range blocks {
		b.WriteString("\n\n")
		n += 2
		blk.Start = n
		blk.End = n + utf8.RuneCountInString(blk.Text)
		for _, l := range links {
			if i := strings.Index(blk.Text, l[0]); i >= 0 {
				s := blk.Start + utf8.RuneCountInString(blk.Text[:i])
				blk.Links = append(blk.Links, parser.Link{Text: l[0], URL: l[1], Start: s, End: s + utf8.RuneCountInString(l[0])})
			}
		}
		b.WriteString(blk.Text)
		n = blk.End
		r.Blocks = append(r.Blocks, blk)
	}
	r.Text = b.String()
	return r
}

func para(text string) parser.Block { return parser.Block{Kind: parser.BlockParagraph, Text: text} }
func item(text string) parser.Block { return parser.Block{Kind: parser.BlockListItem, Text: text} }

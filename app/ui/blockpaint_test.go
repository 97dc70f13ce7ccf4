package ui

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// TestChunkNodesDrawWhatBodyBlocksDraws checks that a paintedChunk paints
// the elements go-app draws for the same blocks without highlights:
// headings, quotes, salutations, repaired blocks, links and lists.
func TestChunkNodesDrawWhatBodyBlocksDraws(t *testing.T) {
	blocks := []parser.Block{
		{Kind: parser.BlockHeading, Level: 3, Text: "Results", Start: 0, End: 7},
		{Kind: parser.BlockSalutation, Text: "Dear editor,", Start: 8, End: 20},
		{Kind: parser.BlockParagraph, Text: "Read the report online.", Start: 21, End: 44, Links: []parser.Link{
			{Text: "report online", URL: "https://example.com/r", Start: 30, End: 43},
		}},
		{Kind: parser.BlockListItem, Text: "one", Start: 45, End: 48},
		{Kind: parser.BlockListItem, Text: "two <b>", Start: 49, End: 56},
		{Kind: parser.BlockQuote, Text: `"Quoted," she said.`, Start: 57, End: 76},
		{Kind: parser.BlockClosing, Text: "Rejoined text.", Start: 77, End: 91, Repairs: []parser.Repair{{Kind: parser.RepairRejoined}}},
		{Kind: parser.BlockParagraph, Text: "Not a link.", Start: 92, End: 103, Links: []parser.Link{
			{Text: "link", URL: "javascript:alert(1)", Start: 98, End: 102},
		}},
	}
	for _, first := range []int{0, 7} {
		want := canonicalHTML(t, app.HTMLString(app.Div().Body(bodyBlocks(blocks)...)))
		if first > 0 { // blocks further down a release: the ids go with them
			var shifted []app.UI
			for i, b := range blocks {
				shifted = append(shifted, blockElem(b, first+i))
			}
			want = canonicalHTML(t, app.HTMLString(app.Div().Body(shifted[:3]...)))
			blocks = blocks[:3]
		}
		got := canonicalHTML(t, "<div>"+nodesHTML(chunkNodes(blocks, first))+"</div>")
		if got != want {
			t.Errorf("first block %d:\ngo-app draws\n%s\nchunkNodes paint\n%s", first, want, got)
		}
	}
}

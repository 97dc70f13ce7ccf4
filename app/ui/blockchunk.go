package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// chunkSize is about how many body blocks one blockChunk draws.
const chunkSize = 200

// blockChunk draws Blocks[From:To] of a long release. The Article splits a
// long release into chunks at fixed places, so that drawing more of it
// mounts one new chunk and leaves the drawn ones alone (go-app updates a
// component only when its inputs changed), rather than diffing thousands of
// blocks at every step. The chunk's element is laid out as if its blocks
// were the body's own (display: contents, in pressmark.css).
type blockChunk struct {
	app.Compo

	Blocks   []parser.Block // all of the release's blocks
	From, To int
	Marks    []Mark
}

// Render draws the chunk's blocks; a list's items stay in one list.
func (c *blockChunk) Render() app.UI {
	blocks := c.Blocks[c.From:c.To]
	groups := groupBlocks(blocks)
	out := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		i := c.From + g.First
		if g.Kind != parser.BlockListItem {
			out = append(out, blockWithMarks(c.Blocks[i], i, c.Marks))
			continue
		}
		items := make([]app.UI, g.Count)
		for j := range items {
			items[j] = blockWithMarks(c.Blocks[i+j], i+j, c.Marks)
		}
		out = append(out, app.Ul().Body(items...))
	}
	return app.Div().Class("block-chunk").Body(out...)
}

// chunkedBlocks draws the first shown of blocks in chunks of about
// chunkSize. A chunk ends at a fixed place, moved past a run of list items
// so that a list is never split, whatever shown is.
func chunkedBlocks(blocks []parser.Block, shown int, marks []Mark) []app.UI {
	shown = min(shown, len(blocks))
	var out []app.UI
	for from := 0; from < shown; {
		to := min(from+chunkSize, len(blocks))
		for to < len(blocks) && to > 0 && blocks[to].Kind == parser.BlockListItem && blocks[to-1].Kind == parser.BlockListItem {
			to++
		}
		out = append(out, &blockChunk{Blocks: blocks, From: from, To: min(to, shown), Marks: marks})
		from = to
	}
	return out
}

// body draws the blocks of r drawn so far: at once when r fits in the first
// window, else in chunks.
func (a *Article) body(r *parser.Release) []app.UI {
	marks := a.marks.For(r.Text)
	if len(r.Blocks) <= firstWindow {
		return bodyBlocks(r.Blocks, marks...)
	}
	return chunkedBlocks(r.Blocks, a.shown, marks)
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// chunkSize is about how many body blocks one blockChunk draws: a few
// screens, drawn in one step.
const chunkSize = 100

// blockChunk draws Blocks[From:To] of a long release. The Article splits a
// long release into chunks at fixed places and draws it a whole chunk at a
// time, so that drawing more of it mounts one new chunk and leaves the
// drawn ones alone (go-app updates a component only when its inputs
// changed), rather than diffing thousands of blocks at every step. The
// chunk's element is laid out as if its blocks were the body's own
// (display: contents, in pressmark.css).
type blockChunk struct {
	app.Compo

	Blocks   []parser.Block // all of the release's blocks
	From, To int
	Marks    [][]Mark // the marks overlapping each of Blocks[From:To] (marksByBlock)
	Marked   bool     // whether any annotation touches the release
}

// Render draws the chunk's blocks; a list's items stay in one list.
func (c *blockChunk) Render() app.UI {
	blocks := c.Blocks[c.From:c.To]
	groups := groupBlocks(blocks)
	out := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		if g.Kind != parser.BlockListItem {
			out = append(out, c.block(g.First))
			continue
		}
		items := make([]app.UI, g.Count)
		for j := range items {
			items[j] = c.block(g.First + j)
		}
		out = append(out, app.Ul().Body(items...))
	}
	return app.Div().Class("block-chunk").Body(out...)
}

// block draws the chunk's k-th block.
func (c *blockChunk) block(k int) app.UI {
	var here []Mark
	if k < len(c.Marks) {
		here = c.Marks[k]
	}
	return blockWithOwnMarks(c.Blocks[c.From+k], c.From+k, here, c.Marked)
}

// chunkEnd returns where the chunk that starts at block from ends: chunkSize
// blocks on, moved past a run of list items so that a list is never split.
// The places depend on the blocks alone, so that a chunk once drawn keeps
// its inputs as the release is drawn further.
func chunkEnd(blocks []parser.Block, from int) int {
	to := min(from+chunkSize, len(blocks))
	for to < len(blocks) && to > 0 && blocks[to].Kind == parser.BlockListItem && blocks[to-1].Kind == parser.BlockListItem {
		to++
	}
	return to
}

// chunkedBlocks draws the first shown of blocks in chunks (chunkEnd), with
// per the marks overlapping each block (marksByBlock). A chunk that shown
// ends inside is drawn as far as shown.
func chunkedBlocks(blocks []parser.Block, shown int, per [][]Mark, marked bool) []app.UI {
	var out []app.UI
	eachChunk(blocks, shown, func(from, end int) {
		c := &blockChunk{Blocks: blocks, From: from, To: end, Marked: marked}
		if len(per) >= end {
			c.Marks = per[from:end]
		}
		out = append(out, c)
	})
	return out
}

// eachChunk calls draw with the span [from, end) of each chunk (chunkEnd)
// of the first shown of blocks; the chunk that shown ends inside ends at
// shown.
func eachChunk(blocks []parser.Block, shown int, draw func(from, end int)) {
	shown = min(shown, len(blocks))
	for from := 0; from < shown; {
		to := chunkEnd(blocks, from)
		draw(from, min(to, shown))
		from = to
	}
}

// body draws the blocks of r drawn so far: at once when r fits in the first
// window, else in chunks. In the browser, a release no annotation touches
// is drawn in paintedChunks, which build their blocks themselves.
func (a *Article) body(r *parser.Release) []app.UI {
	marks := a.marks.For(r.Text)
	if len(marks) == 0 && app.IsClient {
		return paintedChunks(r.Blocks, a.shown)
	}
	if len(r.Blocks) <= firstWindow {
		return bodyBlocks(r.Blocks, marks...)
	}
	return chunkedBlocks(r.Blocks, a.shown, marksByBlock(r.Blocks, marks), len(marks) > 0)
}

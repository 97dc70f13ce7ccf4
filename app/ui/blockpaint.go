package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// paintedChunk draws Blocks[From:To] of a release that no annotation
// touches, in the browser. go-app draws only the chunk's element; the
// chunk builds its blocks itself (paintInto), as a markedBlock builds its
// highlights. go-app would mount each of a release's thousand or so nodes
// through several calls into JavaScript and its own bookkeeping: a 25 KB
// paste spent most of its time there. The blocks are the elements
// blockElem draws (blockNode), so the view is the same.
type paintedChunk struct {
	app.Compo

	Blocks   []parser.Block // all of the release's blocks
	From, To int
}

// Render draws the chunk's element, laid out as if its blocks were the
// body's own (display: contents, in pressmark.css); paint fills it.
func (c *paintedChunk) Render() app.UI {
	return app.Div().Class("block-chunk")
}

// OnMount paints the blocks. (go-app calls it through a dispatch, which
// would draw the chunk once more: nothing here calls for that.)
func (c *paintedChunk) OnMount(ctx app.Context) {
	ctx.PreventUpdate()
	c.paint()
}

// OnUpdate paints the new blocks. The chunk's element stays the same
// element (Render always draws the same), so it is painted at once.
func (c *paintedChunk) OnUpdate(ctx app.Context) { c.paint() }

// paint replaces the chunk's contents with its blocks.
func (c *paintedChunk) paint() {
	el := c.JSValue()
	if el == nil || !el.Truthy() || c.From < 0 || c.From > c.To || c.To > len(c.Blocks) {
		return
	}
	paintInto(el, chunkNodes(c.Blocks[c.From:c.To], c.From))
}

// chunkNodes returns the elements drawing blocks, the first of which is
// Release.Blocks[first]: each block as blockNode draws it, consecutive list
// items as one <ul>, as bodyBlocks draws them.
func chunkNodes(blocks []parser.Block, first int) []paintNode {
	groups := groupBlocks(blocks)
	out := make([]paintNode, 0, len(groups))
	for _, g := range groups {
		if g.Kind != parser.BlockListItem {
			out = append(out, blockNode(blocks[g.First], first+g.First))
			continue
		}
		items := make([]paintNode, g.Count)
		for j := range items {
			items[j] = blockNode(blocks[g.First+j], first+g.First+j)
		}
		out = append(out, paintNode{Tag: "ul", Children: items})
	}
	return out
}

// blockNode is the element blockElem draws for block i with no
// highlights.
func blockNode(b parser.Block, i int) paintNode {
	tag, class := blockTag(b)
	label := repairLabel(b.Repairs)
	attrs := make([][2]string, 0, 4)
	attrs = append(attrs, [2]string{"id", blockID(i)},
		[2]string{"data-start", strconv.Itoa(b.Start)}, [2]string{"data-end", strconv.Itoa(b.End)})
	var classes []string
	if label != "" {
		classes = append(classes, "repaired")
	}
	if class != "" {
		classes = append(classes, class)
	}
	if len(classes) > 0 {
		attrs = append(attrs, [2]string{"class", strings.Join(classes, " ")})
	}
	return paintNode{Tag: tag, Attrs: attrs, Children: markedNodes(label, b.Start, linkRuns(b), nil)}
}

// paintedChunks draws the first shown of blocks as paintedChunks, cut
// where chunkedBlocks cuts them.
func paintedChunks(blocks []parser.Block, shown int) []app.UI {
	var out []app.UI
	eachChunk(blocks, shown, func(from, end int) {
		out = append(out, &paintedChunk{Blocks: blocks, From: from, To: end})
	})
	return out
}

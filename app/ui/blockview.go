package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// bodyBlocks draws the body: each block as its own element, consecutive
// list items as one <ul>, with the annotation highlights in marks.
func bodyBlocks(blocks []parser.Block, marks ...Mark) []app.UI {
	groups := groupBlocks(blocks)
	per, any := marksByBlock(blocks, marks), len(marks) > 0
	out := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		if g.Kind != parser.BlockListItem {
			out = append(out, blockWithOwnMarks(blocks[g.First], g.First, per[g.First], any))
			continue
		}
		items := make([]app.UI, g.Count)
		for j := range items {
			items[j] = blockWithOwnMarks(blocks[g.First+j], g.First+j, per[g.First+j], any)
		}
		out = append(out, app.Ul().Body(items...))
	}
	return out
}

// blockElem draws one block as the element its kind calls for. Each block
// carries its id and its code-point span in Release.Text (data-start,
// data-end), which annotation code uses to map selections to offsets.
func blockElem(b parser.Block, i int, marks ...Mark) app.UI {
	tag, class := blockTag(b)
	el := app.Elem(tag).ID(blockID(i)).DataSet("start", b.Start).DataSet("end", b.End)
	var body []app.UI
	if label := repairLabel(b.Repairs); label != "" {
		el = el.Class("repaired")
		body = append(body, repairMark(label))
	}
	if class != "" {
		el = el.Class(class)
	}
	return el.Body(append(body, markRuns(b.Start, linkRuns(b), marks)...)...)
}

// blockTag returns the tag and the class (or "") of the element that
// draws b.
func blockTag(b parser.Block) (tag, class string) {
	switch b.Kind {
	case parser.BlockHeading:
		return "h" + strconv.Itoa(headingLevel(b.Level)), ""
	case parser.BlockListItem:
		return "li", ""
	case parser.BlockQuote:
		return "blockquote", ""
	case parser.BlockSalutation:
		return "p", "salutation"
	case parser.BlockClosing:
		return "p", "closing"
	}
	return "p", ""
}

// repairMark is the small, focusable margin marker of a repaired block. It
// has no text content, so the block's text stays exactly the block's text.
func repairMark(label string) app.UI {
	return app.Span().Class("repair-mark").TabIndex(0).Role("img").Aria("label", label).Title(label)
}

// runElems draws text runs as text nodes and links.
func runElems(runs []run) []app.UI {
	out := make([]app.UI, len(runs))
	for i, r := range runs {
		if r.URL == "" {
			out[i] = app.Text(r.Text)
			continue
		}
		out[i] = safeLink(r.URL, r.Text)
	}
	return out
}

// safeLink draws an external link that opens in a new tab without giving the
// new page a handle on this one. A URL that is not http, https or mailto is
// drawn as plain text.
func safeLink(url, text string) app.UI {
	if !safeURL(url) {
		return app.Text(text)
	}
	return app.A().Href(url).Target("_blank").Rel("noopener noreferrer").Text(text)
}

package ui

import (
	"slices"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// markedBlock draws one block of the body with its highlights as a
// component of its own: go-app redraws a component only when its fields
// change, so adding an annotation redraws one block, not the release.
//
// go-app draws the block's element (tag, id, classes, span); what is
// inside it (the repair marker, text, links and nested <mark>s) the block
// paints itself, from markedNodes, once mounted and whenever its Block or
// Marks change. That lets the workbench repaint the one block that gained
// a highlight in the very task of the key press (paintBlockMarks), rather
// than at go-app's next update tick 8 ms or more later; go-app's own
// update then finds the block already painted and leaves it alone.
type markedBlock struct {
	app.Compo

	Block parser.Block
	Index int
	Marks []Mark // the marks overlapping Block

	listed       int // the index it is listed under in mountedBlocks
	painted      bool
	paintedBlock parser.Block // what the element's contents show
	paintedMarks []Mark
}

// Render draws the block's element; paint fills it.
func (b *markedBlock) Render() app.UI {
	if el, ok := blockElem(b.Block, b.Index).(app.HTMLElem); ok {
		return el.Body()
	}
	return blockElem(b.Block, b.Index, b.Marks...)
}

// OnMount paints the block and lists it for paintBlockMarks. (go-app
// calls it through a dispatch, which would redraw the block and all its
// parents once more: nothing here calls for that.)
func (b *markedBlock) OnMount(ctx app.Context) {
	ctx.PreventUpdate()
	b.list()
	b.painted = false
	b.paint(b.Block, b.Marks)
}

// OnUpdate repaints the block once go-app has updated its element (which
// it may have replaced, when the block's kind changed).
func (b *markedBlock) OnUpdate(ctx app.Context) {
	b.unlist()
	b.list()
	ctx.Defer(func(app.Context) { b.paint(b.Block, b.Marks) })
}

// OnDismount forgets the block.
func (b *markedBlock) OnDismount() { b.unlist() }

// list enters the block in mountedBlocks under its index.
func (b *markedBlock) list() {
	b.listed = b.Index
	mountedBlocks[b.Index] = b
}

// unlist takes the block out of mountedBlocks.
func (b *markedBlock) unlist() {
	if mountedBlocks[b.listed] == b {
		delete(mountedBlocks, b.listed)
	}
}

// paint draws block with marks into the element, unless it shows them
// already.
func (b *markedBlock) paint(block parser.Block, marks []Mark) {
	if b.painted && sameBlock(b.paintedBlock, block) && slices.Equal(b.paintedMarks, marks) {
		return
	}
	el := b.JSValue()
	if !el.Truthy() {
		return
	}
	paintInto(el, markedNodes(repairLabel(block.Repairs), block.Start, linkRuns(block), marks))
	b.painted, b.paintedBlock, b.paintedMarks = true, block, marks
}

// sameBlock reports whether a and b draw the same: same kind, text, span,
// links and repairs.
func sameBlock(a, b parser.Block) bool {
	return a.Kind == b.Kind && a.Level == b.Level && a.Text == b.Text && a.Start == b.Start && a.End == b.End &&
		slices.Equal(a.Links, b.Links) && slices.Equal(a.Repairs, b.Repairs)
}

// mountedBlocks are the markedBlocks on the page by block index (there is
// one cleaned view). Only the UI goroutine touches it.
var mountedBlocks = map[int]*markedBlock{}

// paintBlockMarks repaints, at once, the mounted blocks of release blocks
// whose marks per (from marksByBlock) differ from what they show, and
// reports how many it painted. A block that is not a markedBlock yet (the
// release's first highlight) is left to go-app's next update.
func paintBlockMarks(blocks []parser.Block, per [][]Mark) int {
	n := 0
	for i, b := range mountedBlocks {
		if i >= len(blocks) || i >= len(per) || !sameBlock(b.paintedBlock, blocks[i]) {
			continue
		}
		if b.painted && slices.Equal(b.paintedMarks, per[i]) {
			continue
		}
		b.paint(blocks[i], per[i])
		n++
	}
	return n
}

// blockWithMarks draws block i: a plain element when no annotation touches
// the release, a markedBlock otherwise.
func blockWithMarks(b parser.Block, i int, marks []Mark) app.UI {
	if len(marks) == 0 {
		return blockElem(b, i)
	}
	var here []Mark
	for _, m := range marks {
		if m.Start < b.End && m.End > b.Start {
			here = append(here, m)
		}
	}
	return &markedBlock{Block: b, Index: i, Marks: here}
}

// blockWithOwnMarks draws block i with here, the marks overlapping it
// (from marksByBlock): a plain element when no annotation touches the
// release (any is false), a markedBlock otherwise.
func blockWithOwnMarks(b parser.Block, i int, here []Mark, any bool) app.UI {
	if !any {
		return blockElem(b, i)
	}
	return &markedBlock{Block: b, Index: i, Marks: here}
}

// marksByBlock returns, for each block, the marks overlapping it, in the
// order of marks. Blocks come in text order, so each mark finds its first
// block by binary search and stops at the first block after its end:
// thousands of marks over a long release cost one pass, not one pass per
// block. Blocks out of order fall back to testing every pair.
//
// A block whose marks are the same as in the previous call for the same
// blocks gets the very slice it got then, so that go-app, comparing a
// markedBlock's old and new Marks, sees at once that they are equal
// (reflect.DeepEqual's shortcut for one slice) instead of comparing each
// mark of each block of the release after every change.
func marksByBlock(blocks []parser.Block, marks []Mark) [][]Mark {
	per := make([][]Mark, len(blocks))
	if len(marks) == 0 {
		return per
	}
	ordered := true
	for i := 1; i < len(blocks) && ordered; i++ {
		ordered = blocks[i].Start >= blocks[i-1].End && blocks[i].End >= blocks[i].Start
	}
	for _, m := range marks {
		first := 0
		if ordered {
			first = sort.Search(len(blocks), func(i int) bool { return blocks[i].End > m.Start })
		}
		for i := first; i < len(blocks); i++ {
			b := blocks[i]
			if ordered && b.Start >= m.End {
				break
			}
			if m.Start < b.End && m.End > b.Start {
				per[i] = append(per[i], m)
			}
		}
	}
	lastPer.reuse(blocks, per)
	return per
}

// blockMarksMemo is marksByBlock's previous answer and the blocks it was
// for.
type blockMarksMemo struct {
	blocks []parser.Block
	per    [][]Mark
}

// lastPer is marksByBlock's memo; only the UI goroutine draws.
var lastPer blockMarksMemo

// reuse replaces each per[i] equal to the previous answer's for the same
// blocks by that answer's slice, and keeps per as the new answer.
func (m *blockMarksMemo) reuse(blocks []parser.Block, per [][]Mark) {
	if len(blocks) > 0 && len(m.blocks) == len(blocks) && &m.blocks[0] == &blocks[0] {
		for i := range per {
			if m.per[i] != nil && slices.Equal(m.per[i], per[i]) {
				per[i] = m.per[i]
			}
		}
	}
	m.blocks, m.per = blocks, per
}

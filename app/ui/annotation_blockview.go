package ui

import (
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// markedBlock draws one block of the body with its highlights as a
// component of its own: go-app redraws a component only when its fields
// change, so adding an annotation redraws one block, not the release.
type markedBlock struct {
	app.Compo

	Block parser.Block
	Index int
	Marks []Mark // the marks overlapping Block
}

// Render draws the block.
func (b *markedBlock) Render() app.UI { return blockElem(b.Block, b.Index, b.Marks...) }

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
	return per
}

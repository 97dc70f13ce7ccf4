package ui

import (
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

package ui

import "pressmark/parser"

// blockGroup is a run of blocks drawn as one element: a single block, or
// consecutive list items drawn as one list.
type blockGroup struct {
	Kind  parser.BlockKind
	First int // index of the first block in Release.Blocks
	Count int
}

// groupBlocks gathers consecutive list items into one group and leaves every
// other block in a group of its own, in document order.
func groupBlocks(blocks []parser.Block) []blockGroup {
	var groups []blockGroup
	for i, b := range blocks {
		if n := len(groups); n > 0 && b.Kind == parser.BlockListItem && groups[n-1].Kind == parser.BlockListItem {
			groups[n-1].Count++
			continue
		}
		groups = append(groups, blockGroup{Kind: b.Kind, First: i, Count: 1})
	}
	return groups
}

// headingLevel returns the HTML heading level for a body heading: the
// release's title is the only h1, so body headings start at h2 and stop at h6.
func headingLevel(level int) int {
	return min(max(level, 2), 6)
}

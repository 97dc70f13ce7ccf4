package parser

import "sync"

// textScratch keeps, between parses of plain text, the slice segmentText
// cuts the text's lines into: the lines are dead once groupLines has made
// segments of them (segments copy what they keep), and on a 25 KB release
// they were a fifth of the bytes a parse allocated.
var textScratch = sync.Pool{New: func() any { return new([]rawLine) }}

// releaseTextLines empties the lines, dropping their references into the
// text, and returns them to the pool unless the text (of n bytes) was
// longer than mdScratchMax.
func releaseTextLines(lines *[]rawLine, n int) {
	if n > mdScratchMax {
		return
	}
	clear(*lines)
	*lines = (*lines)[:0]
	textScratch.Put(lines)
}

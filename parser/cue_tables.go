package parser

import "sync"

// cueTables gathers what matchCueIndex reads of the cues on every call,
// each built once: the index, the start filters, the hints and the sets of
// cues that share a flag. matchCueIndex takes them with one call rather
// than one per table and one per cue tried: in Go's wasm port each
// sync.Once.Do is a call, and its atomic load another, where natively both
// are inlined.
type cueTables struct {
	index      *cueIndex
	filters    []startFilter // cueFilters(), one per cue
	hints      *cueHints
	afterBody  cueSet // theCueFlags().afterBody
	endMarkers cueSet // endMarkerCues()
}

// theCueTables returns the cues' tables, gathered on first use.
var theCueTables = sync.OnceValue(func() *cueTables {
	return &cueTables{
		index:      theCueIndex(),
		filters:    cueFilters(),
		hints:      theCueHints(),
		afterBody:  theCueFlags().afterBody,
		endMarkers: endMarkerCues(),
	}
})

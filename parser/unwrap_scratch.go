package parser

import "sync"

// segScratch holds the blocks groupLines carves a parse's segments, their
// lines and their links from, and the list of the segments it returns,
// kept between parses: the segments are dead once Parse has returned
// (assemble, contacts and entities copy what the Release keeps), and on
// the seed the segments alone were nearly a third of the bytes a parse
// allocated.
type segScratch struct {
	segs  []segment
	lines []line
	links []Link
	ptrs  []*segment
}

// segScratchPool holds the segScratch of finished parses.
var segScratchPool = sync.Pool{New: func() any { return new(segScratch) }}

// Limits on the blocks a segScratch keeps: a longer document's blocks are
// left to the collector, so that the pool does not hold a large one.
const (
	segScratchSegs  = 1024
	segScratchLines = 4096
	segScratchLinks = 1024
)

// takeSegScratch returns a segScratch for d, with its blocks empty, and
// records it on d for releaseSegScratch. It returns nil when d already
// has one (groupLines called again): then the blocks are allocated.
func (d *doc) takeSegScratch() *segScratch {
	if d.segScratch != nil {
		return nil
	}
	sc := segScratchPool.Get().(*segScratch)
	d.segScratch = sc
	return sc
}

// reuseBlock returns block emptied when it has room for n, else a new
// block with room for n.
func reuseBlock[T any](block []T, n int) []T {
	if cap(block) >= n {
		return block[:0]
	}
	return make([]T, 0, n)
}

// keep records the blocks groupLines carved from (their lengths the parts
// in use), so that releaseSegScratch can empty and reuse them.
func (sc *segScratch) keep(segs []segment, lines []line, links []Link) {
	if sc == nil {
		return
	}
	if cap(segs) <= segScratchSegs {
		sc.segs = segs
	}
	if cap(lines) <= segScratchLines {
		sc.lines = lines
	}
	if links != nil && cap(links) <= segScratchLinks {
		sc.links = links
	}
}

// keepPtrs records the list of segments groupLines returned (d.segs as
// split leaves it), for releaseSegScratch to empty and reuse.
func (sc *segScratch) keepPtrs(segs []*segment) {
	if sc != nil && cap(segs) <= segScratchSegs {
		sc.ptrs = segs
	}
}

// releaseSegScratch empties d's segScratch, dropping its references into
// the parse, and returns it to the pool. Parse calls it once it has built
// the Release; d's segments must not be used after.
func (d *doc) releaseSegScratch() {
	sc := d.segScratch
	if sc == nil {
		return
	}
	d.segScratch = nil
	clear(sc.segs)
	clear(sc.lines)
	clear(sc.links)
	// The passes may have grown d.segs within its room (repair leaves it
	// shorter): empty the list as far as it may have been written.
	clear(sc.ptrs[:cap(sc.ptrs)])
	sc.segs, sc.lines, sc.links, sc.ptrs = sc.segs[:0], sc.lines[:0], sc.links[:0], sc.ptrs[:0]
	segScratchPool.Put(sc)
}

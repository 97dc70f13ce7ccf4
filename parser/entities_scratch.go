package parser

import "sync"

// entScratch holds the buffers entitiesIn fills and drops on every call,
// the words of the text and the spans found in it, so that parsing one
// release after another reuses them instead of allocating them anew.
type entScratch struct {
	toks []wordTok
	ss   []entSpan
	keys []uint64 // keptSpans' sort keys
}

var entScratchPool = sync.Pool{New: func() any { return new(entScratch) }}

// getEntScratch returns empty buffers with room for the words and spans of
// a text of n bytes.
func getEntScratch(n int) *entScratch {
	sc := entScratchPool.Get().(*entScratch)
	if cap(sc.toks) < n/6 {
		sc.toks = make([]wordTok, 0, n/6)
	}
	if want := 16 + n/48; cap(sc.ss) < want {
		sc.ss = make([]entSpan, 0, want)
	}
	sc.toks, sc.ss, sc.keys = sc.toks[:0], sc.ss[:0], sc.keys[:0]
	return sc
}

// putEntScratch returns sc to the pool, dropping the strings its spans
// point to: those of sc.ss up to its length, as every span beyond was
// cleared when it was last put back, or never set. Buffers grown past 64K
// words are left to the collector.
func putEntScratch(sc *entScratch) {
	clear(sc.ss)
	sc.ss = sc.ss[:0]
	if cap(sc.toks) > 1<<16 {
		return
	}
	entScratchPool.Put(sc)
}

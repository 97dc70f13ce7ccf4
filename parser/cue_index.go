package parser

import (
	"math/bits"
	"sync"
	"unicode/utf8"
)

// A cueSet is a set of indexes into cues, one bit each.
type cueSet uint64

// maxIndexedCues is how many cues a cueSet holds; cues past it are always
// candidates and their own startFilter decides (see cueCandidates).
const maxIndexedCues = 64

// cueIndex merges the startFilters of all cues into one table, so that a
// text is looked at once, rune by rune, for every cue together: at each of
// the first startDepth positions, the cues that accept the rune there stay
// candidates. Testing forty-odd filters one after the other, on every
// segment, cost more than the few expressions that run afterwards.
type cueIndex struct {
	all   cueSet   // every indexed cue
	plain cueTable // from the filters' pos
	solid cueTable // from the filters' solid positions, for a text that begins with no \s white space
}

// A cueTable is one set of positions of every cue's filter.
type cueTable struct {
	// free[d] holds the cues whose filter does not look at position d
	// (it has fewer positions): any rune, or none, will do there.
	free [startDepth]cueSet
	// ascii[d][c] holds the cues whose filter accepts ASCII rune c at d.
	ascii [startDepth][utf8.RuneSelf]cueSet
}

// add puts the positions pos of cue n in the table.
func (x *cueTable) add(n int, pos []runeSet) {
	bit := cueSet(1) << n
	for d := range startDepth {
		if d >= len(pos) {
			x.free[d] |= bit
			continue
		}
		for half, set := range pos[d].ascii {
			for ; set != 0; set &= set - 1 {
				x.ascii[d][half*64+bits.TrailingZeros64(set)] |= bit
			}
		}
	}
}

var (
	cueIndexOnce  sync.Once
	cueIndexTable *cueIndex
)

// theCueIndex returns the index of cues: the one written out at build time
// (prefilter_tables.go) when it was written for the cues as they are,
// otherwise one built on first use.
func theCueIndex() *cueIndex {
	cueIndexOnce.Do(func() {
		if tabledCueIndexFits() {
			cueIndexTable = &tabledCueIndex
			return
		}
		cueIndexTable = buildCueIndex()
	})
	return cueIndexTable
}

// tabledCueIndexFits reports whether tabledCueIndex was written for the
// cues as they are: the same patterns in the same order.
func tabledCueIndexFits() bool {
	if len(cues) != len(tabledCuePatterns) {
		return false
	}
	for n := range cues {
		if cues[n].re.pattern != tabledCuePatterns[n] {
			return false
		}
	}
	return true
}

// buildCueIndex builds the index of cues from their filters.
func buildCueIndex() *cueIndex {
	x := &cueIndex{}
	for n := range min(len(cues), maxIndexedCues) {
		x.all |= 1 << n
		f := cueFilter(n)
		x.plain.add(n, f.pos)
		x.solid.add(n, f.solid)
	}
	return x
}

// cueCandidates returns the indexed cues whose startFilter may accept t:
// exactly the n below maxIndexedCues for which cueFilter(n).may(t) is true.
func cueCandidates(t string) cueSet {
	return theCueTables().candidates(t)
}

// candidates is cueCandidates, with the tables taken once by the caller.
func (ct *cueTables) candidates(t string) cueSet {
	x := ct.index
	table, solid := &x.plain, t != "" && !isPerlSpace(t[0])
	if solid {
		table = &x.solid
	}
	cand := x.all
	for d := range startDepth {
		if cand&^table.free[d] == 0 {
			break // every candidate left is free from here on
		}
		if t == "" {
			cand &= table.free[d] // a cue that needs a rune here cannot match
			break
		}
		c := t[0]
		if c < utf8.RuneSelf {
			cand &= table.free[d] | table.ascii[d][c]
			t = t[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(t)
		keep := table.free[d]
		for rest := cand &^ table.free[d]; rest != 0; rest &= rest - 1 {
			n := bits.TrailingZeros64(uint64(rest))
			f := &ct.filters[n]
			pos := f.pos
			if solid {
				pos = f.solid
			}
			if pos[d].has(r) {
				keep |= 1 << n
			}
		}
		cand &= keep
		t = t[size:]
	}
	return cand
}

// has reports whether cue n is a candidate in s; cues past the indexed ones
// are decided by their own filter.
func (s cueSet) has(n int, t string) bool {
	if n >= maxIndexedCues {
		return cueFilter(n).may(t)
	}
	return s&(1<<n) != 0
}

// endMarkerCues returns the cues of kind RemovedEndMarker: those matchCue
// also tries on the segment's input as written.
var endMarkerCues = sync.OnceValue(func() cueSet {
	var set cueSet
	for n := range min(len(cues), maxIndexedCues) {
		if cues[n].kind == RemovedEndMarker {
			set |= 1 << n
		}
	}
	return set
})

// checkCueFilters, for tests that set filterCheck, hands it every text the
// cue index turned away, with the expression of each cue it turned it away
// from.
func checkCueFilters(texts []string, cands []cueSet, raw string, rawCands cueSet) {
	if filterCheck == nil {
		return
	}
	for n := range min(len(cues), maxIndexedCues) {
		for k, t := range texts {
			if cands[k]&(1<<n) == 0 {
				filterCheck(cues[n].re.get(), t)
			}
		}
		if cues[n].kind == RemovedEndMarker && raw != "" && rawCands&(1<<n) == 0 {
			filterCheck(cues[n].re.get(), raw)
		}
	}
}

// checkCueNFA, for tests that set filterCheck, hands it a text that cue n's
// index bit or automaton turned away.
func checkCueNFA(n int, t string) {
	if filterCheck != nil {
		filterCheck(cues[n].re.get(), t)
	}
}

package annotate

// myers finds approximate occurrences of a pattern in a text with Myers'
// bit-parallel edit-distance algorithm, in Hyyrö's blocked form (the one
// edlib uses): O(len(text) × ⌈len(pattern)/64⌉) word operations.
type myers struct {
	m, blocks int
	ascii     []uint64 // ascii[c*blocks+b]: pattern positions in block b equal to c
	other     map[rune][]uint64
	lastMask  uint64 // the bit of the pattern's last position in the last block
	pv, mv    []uint64
}

const highBit = uint64(1) << 63

func newMyers(p []rune) *myers {
	m := len(p)
	blocks := (m + 63) / 64
	mm := &myers{
		m: m, blocks: blocks,
		ascii:    make([]uint64, 128*blocks),
		lastMask: uint64(1) << ((m - 1) % 64),
		pv:       make([]uint64, blocks),
		mv:       make([]uint64, blocks),
	}
	for i, r := range p {
		b, bit := i/64, uint64(1)<<(i%64)
		if r >= 0 && r < 128 {
			mm.ascii[int(r)*blocks+b] |= bit
			continue
		}
		if mm.other == nil {
			mm.other = map[rune][]uint64{}
		}
		eq := mm.other[r]
		if eq == nil {
			eq = make([]uint64, blocks)
			mm.other[r] = eq
		}
		eq[b] |= bit
	}
	return mm
}

func (mm *myers) eq(r rune) []uint64 {
	if r >= 0 && r < 128 {
		return mm.ascii[int(r)*mm.blocks : int(r+1)*mm.blocks]
	}
	return mm.other[r] // nil: no position matches
}

// scan feeds text to the automaton and calls visit after each code point j
// (1-based: the text consumed is text[:j]) with the edit distance between
// the whole pattern and the best substring of text ending there. When
// anchored is false the substring may start anywhere (search); when true it
// starts at text[0] (prefix alignment). scan stops when visit returns false.
func (mm *myers) scan(text []rune, anchored bool, visit func(j, dist int) bool) {
	for b := range mm.pv {
		mm.pv[b], mm.mv[b] = ^uint64(0), 0
	}
	dist := mm.m
	for j, r := range text {
		eq := mm.eq(r)
		hin := 0
		if anchored {
			hin = 1
		}
		for b := 0; b < mm.blocks; b++ {
			var e uint64
			if eq != nil {
				e = eq[b]
			}
			mask := highBit
			if b == mm.blocks-1 {
				mask = mm.lastMask
			}
			hin = advanceBlock(&mm.pv[b], &mm.mv[b], e, hin, mask)
		}
		dist += hin
		if !visit(j+1, dist) {
			return
		}
	}
}

// candidate is the end of an approximate match and its edit distance.
type candidate struct{ end, dist int }

// search returns, for each run of consecutive text positions where the
// pattern matches with at most maxDist edits, the end with the fewest
// (ends count code points into text, exclusive). It is scan specialised for
// search, with a fast path for patterns of up to 64 code points.
func (mm *myers) search(text []rune, maxDist int) []candidate {
	var out []candidate
	run := candidate{end: -1}
	note := func(j, dist int) {
		if dist <= maxDist {
			if run.end < 0 || dist < run.dist {
				run = candidate{j, dist}
			}
		} else if run.end >= 0 {
			out = append(out, run)
			run.end = -1
		}
	}
	if mm.blocks > 1 {
		mm.scan(text, false, func(j, dist int) bool { note(j, dist); return true })
	} else {
		pv, mv, mask, dist := ^uint64(0), uint64(0), mm.lastMask, mm.m
		for j, r := range text {
			var eq uint64
			if r >= 0 && r < 128 {
				eq = mm.ascii[r]
			} else if e := mm.other[r]; e != nil {
				eq = e[0]
			}
			xv := eq | mv
			xh := (((eq & pv) + pv) ^ pv) | eq
			ph := mv | ^(xh | pv)
			mh := pv & xh
			if ph&mask != 0 {
				dist++
			} else if mh&mask != 0 {
				dist--
			}
			ph <<= 1
			mh <<= 1
			pv = mh | ^(xv | ph)
			mv = ph & xv
			if dist <= maxDist || run.end >= 0 {
				note(j+1, dist)
			}
		}
	}
	if run.end >= 0 {
		out = append(out, run)
	}
	return out
}

// advanceBlock computes one 64-row block of one column of the edit-distance
// matrix from its vertical deltas (pv, mv), the match vector eq and the
// horizontal delta hin entering at its top, and returns the horizontal delta
// leaving at the row that mask selects.
func advanceBlock(pv, mv *uint64, eq uint64, hin int, mask uint64) int {
	Pv, Mv := *pv, *mv
	xv := eq | Mv
	if hin < 0 {
		eq |= 1
	}
	xh := (((eq & Pv) + Pv) ^ Pv) | eq
	ph := Mv | ^(xh | Pv)
	mh := Pv & xh
	hout := 0
	if ph&mask != 0 {
		hout = 1
	} else if mh&mask != 0 {
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	if hin < 0 {
		mh |= 1
	} else if hin > 0 {
		ph |= 1
	}
	*pv = mh | ^(xv | ph)
	*mv = ph & xv
	return hout
}

// levenshtein returns the edit distance between a and b.
func levenshtein(a, b []rune) int {
	if len(a) < len(b) {
		a, b = b, a
	}
	var buf [ContextLen + 1]int
	row := buf[:0]
	if len(b)+1 > len(buf) {
		row = make([]int, 0, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		row = append(row, j)
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			up := row[j]
			row[j] = min(row[j]+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	return row[len(b)]
}

package parser

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// wideRunes is the set of runes beyond ASCII that a rune instruction
// reads, as sorted, disjoint [lo, hi] pairs (a pair may begin below
// U+0080: only runes beyond ASCII are ever asked about). Testing a rune
// against it takes a few comparisons, where syntax.Inst.MatchRune walks
// the case folds of the instruction: the filters meet curly quotes and
// accented letters in every paragraph.
type wideRunes []rune

// wideOf returns the runes beyond ASCII that in reads. The parser has
// already folded the case of classes into their ranges, which it keeps
// sorted and disjoint: a class's are its own ranges, shared, not copied.
// Only a single rune keeps the fold flag, and then it reads its whole
// fold orbit.
func wideOf(in *syntax.Inst) wideRunes {
	switch {
	case in.Op == syntax.InstRune1 || len(in.Rune) == 1 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
		if r := in.Rune[0]; r >= utf8.RuneSelf {
			return wideRunes{r, r}
		}
		return nil
	case len(in.Rune) == 1:
		var orbit []rune
		r := in.Rune[0]
		for f := r; ; {
			if f >= utf8.RuneSelf {
				orbit = append(orbit, f)
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		slices.Sort(orbit)
		var w wideRunes
		for _, f := range orbit {
			w = append(w, f, f)
		}
		return w
	}
	pairs := in.Rune
	for len(pairs) >= 2 && pairs[1] < utf8.RuneSelf {
		pairs = pairs[2:]
	}
	if len(pairs) < 2 {
		return nil
	}
	return wideRunes(pairs[:len(pairs)&^1])
}

// asciiOf returns the ASCII runes in reads, bit c for rune c, from its
// ranges as wideOf reads them: calling MatchRune for each of the 128 on
// every instruction of a long program was most of a filter's building.
func asciiOf(in *syntax.Inst) (set [2]uint64) {
	add := func(lo, hi rune) {
		for c := max(lo, 0); c <= hi && c < utf8.RuneSelf; c++ {
			set[c>>6] |= 1 << (c & 63)
		}
	}
	switch {
	case in.Op == syntax.InstRune1 || len(in.Rune) == 1 && syntax.Flags(in.Arg)&syntax.FoldCase == 0:
		add(in.Rune[0], in.Rune[0])
	case len(in.Rune) == 1:
		r := in.Rune[0]
		for f := r; ; {
			add(f, f)
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	default:
		for i := 0; i+1 < len(in.Rune) && in.Rune[i] < utf8.RuneSelf; i += 2 {
			add(in.Rune[i], in.Rune[i+1])
		}
	}
	return set
}

// has reports whether r, a rune beyond ASCII, is in w.
func (w wideRunes) has(r rune) bool {
	lo, hi := 0, len(w)/2 // pairs [lo, hi) may hold r
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < w[2*m]:
			hi = m
		case r > w[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// A wideSet is the union of the wideRunes of some instructions, kept as
// the list of them rather than merged: merging the letter classes of a
// pattern position by position cost megabytes at the first parse. It
// holds pointers, so that the filters written out at build time
// (prefilter_tables.go) can name their shared lists and still be laid out
// by the linker: a list copied from another variable would be copied by
// the package's initialisation instead.
type wideSet []*wideRunes

// add puts w in the set, once.
func (s wideSet) add(w wideRunes) wideSet {
	if len(w) == 0 || s.holds(w) {
		return s
	}
	return append(s, &w)
}

// addRef puts *w in the set, once.
func (s wideSet) addRef(w *wideRunes) wideSet {
	if w == nil || len(*w) == 0 || s.holds(*w) {
		return s
	}
	return append(s, w)
}

// holds reports whether the set holds w, the very list.
func (s wideSet) holds(w wideRunes) bool {
	for _, v := range s {
		if len(*v) == len(w) && &(*v)[0] == &w[0] {
			return true
		}
	}
	return false
}

// has reports whether r, a rune beyond ASCII, is in one of the sets.
func (s wideSet) has(r rune) bool {
	for _, w := range s {
		if w.has(r) {
			return true
		}
	}
	return false
}

// wideRef returns a pointer to w, or nil when w is empty.
func wideRef(w wideRunes) *wideRunes {
	if len(w) == 0 {
		return nil
	}
	return &w
}

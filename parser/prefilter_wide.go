package parser

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// wideRunes is the set of runes beyond ASCII that some rune instructions
// read, as sorted, merged [lo, hi] pairs. Testing a rune against it takes
// a few comparisons, where syntax.Inst.MatchRune walks the case folds of
// every instruction: the filters meet curly quotes and accented letters
// in every paragraph.
type wideRunes []rune

// wideOf returns the runes beyond ASCII that in reads. The parser has
// already folded the case of classes into their ranges; only a single
// rune keeps the fold flag, and then it reads its whole fold orbit.
func wideOf(in *syntax.Inst) wideRunes {
	var pairs []rune
	switch {
	case in.Op == syntax.InstRune1:
		pairs = []rune{in.Rune[0], in.Rune[0]}
	case len(in.Rune) == 1:
		r := in.Rune[0]
		pairs = []rune{r, r}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				pairs = append(pairs, f, f)
			}
		}
	default:
		pairs = append(pairs, in.Rune...)
	}
	var w wideRunes
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := max(pairs[i], utf8.RuneSelf), pairs[i+1]
		if lo <= hi {
			w = append(w, lo, hi)
		}
	}
	return w.merged()
}

// union returns the runes of w and v together.
func (w wideRunes) union(v wideRunes) wideRunes {
	return append(append(wideRunes(nil), w...), v...).merged()
}

// merged sorts the pairs of w and joins those that overlap or touch.
func (w wideRunes) merged() wideRunes {
	type pair struct{ lo, hi rune }
	ps := make([]pair, 0, len(w)/2)
	for i := 0; i+1 < len(w); i += 2 {
		ps = append(ps, pair{w[i], w[i+1]})
	}
	slices.SortFunc(ps, func(a, b pair) int { return int(a.lo - b.lo) })
	var out wideRunes
	for _, p := range ps {
		if n := len(out); n > 0 && p.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], p.hi)
			continue
		}
		out = append(out, p.lo, p.hi)
	}
	return out
}

// has reports whether r, a rune beyond ASCII, is in w.
func (w wideRunes) has(r rune) bool {
	for i := 0; i+1 < len(w); i += 2 {
		if r < w[i] {
			return false
		}
		if r <= w[i+1] {
			return true
		}
	}
	return false
}

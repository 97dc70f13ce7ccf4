package parser

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// cueHints finds every cue's hint in a text in one pass. The hints are
// words such as "distributed by" that an unanchored cue's expression needs
// anywhere in the text; looking for each in turn read a long paragraph
// once per hint, on every segment. Here all of them are matched at once,
// by shift-and over their bytes laid end to end in 64-bit words (one bit a
// byte), ASCII letters folded. Only the hints of unanchored cues are laid
// out: their expressions are tried on every text.
type cueHints struct {
	hints []string            // the distinct hints, in cue order
	words []hintWord          // the hints' bits, at most 64 to a word
	of    [maxIndexedCues]int // of[n] is cue n's index in hints, or -1
}

// hintWord runs shift-and for the hints laid out in it.
type hintWord struct {
	table  [256]uint64 // table[c] has the bits of the positions that hold byte c, either case
	starts uint64      // the first bit of each hint
	ends   uint64      // the last bit of each hint
	hint   []int       // hint[k] is the index in hints of the hint ending at the k-th set bit of ends
}

var theCueHints = sync.OnceValue(func() *cueHints {
	h := &cueHints{}
	for n := range h.of {
		h.of[n] = -1
	}
	index := map[string]int{}
	for n := range min(len(cues), maxIndexedCues) {
		hint := cues[n].hint
		if hint == "" || len(hint) > 64 || cueFilter(n).nfa.anchored() {
			// A cue anchored at the start is first tried by its
			// filter, which turns most texts away: its hint is looked
			// for on its own, when the filter lets a text through (as
			// is a hint too long for a word).
			continue
		}
		k, ok := index[hint]
		if !ok {
			k = len(h.hints)
			index[hint] = k
			h.hints = append(h.hints, hint)
		}
		h.of[n] = k
	}
	used := 64
	for k, hint := range h.hints {
		if used+len(hint) > 64 {
			h.words = append(h.words, hintWord{})
			used = 0
		}
		w := &h.words[len(h.words)-1]
		w.starts |= 1 << used
		for i := 0; i < len(hint); i++ {
			c := hint[i]
			w.table[c] |= 1 << (used + i)
			if 'a' <= c && c <= 'z' {
				w.table[c-'a'+'A'] |= 1 << (used + i)
			}
		}
		used += len(hint)
		w.ends |= 1 << (used - 1)
		w.hint = append(w.hint, k)
	}
	return h
})

// A hintSet records which hints a text holds: bit k for hints[k]. Its
// zero value, with known unset, means not yet looked for.
type hintSet struct {
	found uint64
	known bool
}

// has reports whether text holds the hint of cue n, as hintIn would say,
// looking all the hints up at the first call.
func (h *cueHints) has(s *hintSet, n int, text string) bool {
	k := -1
	if n < maxIndexedCues {
		k = h.of[n]
	}
	if k < 0 || k >= 64 {
		return hintIn(text, cues[n].hint)
	}
	if !s.known {
		s.found, s.known = h.scan(text), true
	}
	return s.found&(1<<k) != 0
}

// scan returns the hints text holds, matched as hintIn does: ASCII
// letters in either case, and beyond ASCII the runes as strings.ToLower
// has them. Only two runes beyond ASCII lower-case to ASCII, U+0130 to i
// and the Kelvin sign to k; any other ends every partial match.
func (h *cueHints) scan(text string) (found uint64) {
	for wi := range h.words {
		w := &h.words[wi]
		var d, hit uint64
		for i := 0; i < len(text); {
			c := text[i]
			if c >= 0x80 {
				r, size := utf8.DecodeRuneInString(text[i:])
				i += size
				switch r {
				case 0x130:
					c = 'i'
				case 0x212a:
					c = 'k'
				default:
					d = 0
					continue
				}
			} else {
				i++
			}
			d = (d<<1 | w.starts) & w.table[c]
			hit |= d & w.ends
		}
		for j, k := range w.hint {
			if hit&nthBit(w.ends, j) != 0 {
				found |= 1 << k
			}
		}
	}
	return found
}

// nthBit returns the j-th lowest set bit of x.
func nthBit(x uint64, j int) uint64 {
	for ; j > 0; j-- {
		x &= x - 1
	}
	return x & -x
}

// hintIn is the hint test of one cue on its own: an ASCII fold for ASCII
// text, a search of the lower-cased text otherwise.
func hintIn(text, hint string) bool {
	if isASCII(text) {
		return containsFoldASCII(text, hint)
	}
	return strings.Contains(strings.ToLower(text), hint)
}

package parser

import (
	"math/bits"
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
	hints  []string            // the distinct hints, in cue order
	anchor []int               // anchor[k] is the place in hints[k] of its rarest letter (see scanASCII)
	words  []hintWord          // the hints' bits, at most 64 to a word
	of     [maxIndexedCues]int // of[n] is cue n's index in hints, or -1

	// letters are the distinct letters of anchor, each in the eight bytes
	// of a word; at[c] has bit k set when hints[k]'s anchor is the
	// lower-case letter c (see scanWords).
	letters []uint64
	at      [256]uint64

	// letters4 are letters padded with zeros to four, for scanWords'
	// unrolled test: a zero never equals a byte with 0x20 set.
	letters4 [4]uint64

	// follow[c] has bit k set when hints[k]'s byte after its anchor is c
	// with 0x20 set, or its anchor is its last byte: a place whose next
	// byte no hint anchored there has is passed over (see scanWords).
	follow [256]uint64
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
			h.anchor = append(h.anchor, rarestLetter(hint))
		}
		h.of[n] = k
	}
	for k, hint := range h.hints {
		c := hint[h.anchor[k]]
		if h.at[c] == 0 {
			h.letters = append(h.letters, uint64(c)*0x0101010101010101)
		}
		h.at[c] |= 1 << k
		if a := h.anchor[k]; a+1 < len(hint) {
			h.follow[hint[a+1]|0x20] |= 1 << k
		} else {
			for c := range h.follow {
				h.follow[c] |= 1 << k
			}
		}
	}
	copy(h.letters4[:], h.letters)
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

// A hintSet records which hints a text holds: bit k of found for
// hints[k], among those whose bit in known is set. Its zero value has
// looked for none.
type hintSet struct {
	found, known uint64
}

// has reports whether text holds the hint of cue n, as hintIn would say.
// Every hint is looked for, in one pass, the first time a cue asks for
// one: matchCue asks only for the hints of cues that passed their other
// tests, and a text that gets that far for one is tried by the others.
func (h *cueHints) has(s *hintSet, n int, text string) bool {
	k := -1
	if n < maxIndexedCues {
		k = h.of[n]
	}
	if k < 0 || k >= 64 {
		return hintIn(text, cues[n].hint)
	}
	if len(text) < len(h.hints[k]) {
		// Each ASCII byte of the lower-cased text comes from a byte or
		// more of text: a shorter text cannot hold the hint.
		return false
	}
	if s.known == 0 {
		s.found, s.known = h.scanAll(text), ^uint64(0)
	}
	return s.found&(1<<k) != 0
}

// scanAll returns the hints text holds, as scan does: by scanWords, and
// by scan's rune-by-rune pass for a text with U+0130 or the Kelvin sign,
// the two runes beyond ASCII that lower-case to an ASCII letter.
func (h *cueHints) scanAll(text string) uint64 {
	found, wide := h.scanWords(text)
	if wide && foldsToASCII(text) {
		return h.scan(text)
	}
	return found
}

// scanWords returns the hints text holds, each matched on its bytes, ASCII
// letters in either case, as hasFoldAt matches it; and whether text has a
// byte beyond ASCII. It reads text eight bytes at a time, looking for
// every anchor letter at once (either case: a letter's bytes differ by
// 0x20 alone), and tries each hint only where its anchor stands: one pass
// over the text instead of two strings.IndexByte passes per hint.
func (h *cueHints) scanWords(text string) (found uint64, wide bool) {
	if len(h.letters) > len(h.letters4) {
		// More anchor letters than the test below holds: the search
		// of every hint that scanAll falls back to serves.
		return h.scan(text), false
	}
	const ones, highs, fold = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	l0, l1, l2, l3 := h.letters4[0], h.letters4[1], h.letters4[2], h.letters4[3]
	var high uint64
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := load64(text[i:])
		high |= x
		y := x | fold
		// The high bit of each byte that equals a letter, and maybe of
		// some above one.
		v0, v1, v2, v3 := y^l0, y^l1, y^l2, y^l3
		m := ((v0-ones)&^v0 | (v1-ones)&^v1 | (v2-ones)&^v2 | (v3-ones)&^v3) & highs
		for ; m != 0; m &= m - 1 {
			j := i + bits.TrailingZeros64(m)/8
			ks := h.at[text[j]|0x20] &^ found
			if j+1 < len(text) {
				ks &= h.follow[text[j+1]|0x20]
			}
			if ks != 0 {
				found |= h.tryAt(text, j, ks)
			}
		}
	}
	for ; i < len(text); i++ {
		high |= uint64(text[i])
		found |= h.tryAt(text, i, h.at[text[i]|0x20]&^found)
	}
	return found, high&highs != 0
}

// tryAt returns the hints among ks that stand in text with their anchor
// at text[j].
func (h *cueHints) tryAt(text string, j int, ks uint64) (more uint64) {
	for ; ks != 0; ks &= ks - 1 {
		k := bits.TrailingZeros64(ks)
		hint := h.hints[k]
		if p := j - h.anchor[k]; p >= 0 && p+len(hint) <= len(text) && equalFoldASCIIFrom(text[p:p+len(hint)], hint, 0) {
			more |= 1 << k
		}
	}
	return more
}

// scan returns the hints text holds, matched as hintIn does: ASCII
// letters in either case, and beyond ASCII the runes as strings.ToLower
// has them. Only two runes beyond ASCII lower-case to ASCII, U+0130 to i
// and the Kelvin sign to k; any other ends every partial match.
func (h *cueHints) scan(text string) (found uint64) {
	if !foldsToASCII(text) {
		return h.scanASCII(text)
	}
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

// scanASCII is scan for a text without U+0130 or the Kelvin sign, the two
// runes beyond ASCII that lower-case to an ASCII letter: there a hint
// matches only ASCII bytes, compared with their case folded. Each hint is
// looked for from the places of its rarest letter, in either case, which
// strings.IndexByte finds many bytes at a time; the byte-at-a-time
// shift-and of scan cost a nanosecond a byte on every segment.
func (h *cueHints) scanASCII(text string) (found uint64) {
	for k, hint := range h.hints {
		if hasFoldAt(text, hint, h.anchor[k]) {
			found |= 1 << k
		}
	}
	return found
}

// hasFoldAt reports whether text holds the lower-case ASCII hint, ASCII
// letters in either case, trying only the places where the letter at
// hint[a] stands in text.
func hasFoldAt(text, hint string, a int) bool {
	lower := hint[a]
	upper := lower
	if 'a' <= lower && lower <= 'z' {
		upper = lower - ('a' - 'A')
	}
	for _, c := range [2]byte{lower, upper} {
		for off := a; off < len(text); {
			i := strings.IndexByte(text[off:], c)
			if i < 0 {
				break
			}
			p := off + i - a // where the hint would begin
			if p+len(hint) <= len(text) && equalFoldASCIIFrom(text[p:p+len(hint)], hint, 0) {
				return true
			}
			off += i + 1
		}
		if lower == upper {
			break
		}
	}
	return false
}

// letterRank orders the lower-case letters from the least to the most
// frequent in English text.
const letterRank = "zqxjkvbpygfwmucldrhsnioate"

// rarestLetter returns the place in hint of its least frequent letter, or
// 0 when it has none.
func rarestLetter(hint string) int {
	best, rank := 0, len(letterRank)
	for i := 0; i < len(hint); i++ {
		if r := strings.IndexByte(letterRank, hint[i]); r >= 0 && r < rank {
			best, rank = i, r
		}
	}
	return best
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

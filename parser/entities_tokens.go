package parser

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// entityTokens is wordTokens(s, buf), the same words with the same
// classes, and reports whether s is all ASCII (false when unsure). It cuts
// the words 64 bytes at a time where the bytes are ASCII: a bit mask marks
// the letters and digits, and each word's start and end are read off it
// with a count of trailing zeros, instead of a test and a branch at every
// byte. Around a byte beyond ASCII, and in a word of 63 bytes or more, it
// calls wordTokens on the stretch up to the next byte that can neither be
// nor join a word, where wordTokens cuts the same words as over the whole
// text.
func entityTokens(s string, buf []wordTok) ([]wordTok, bool) {
	ascii := true // no byte beyond ASCII read so far
	i := 0
	for i < len(s) {
		n := len(s) - i
		word, high := tokBlock(s[i:])
		// lim is the last place where a word's end is sure: its byte and
		// the one after are ASCII and in s, or it is the end of s.
		lim := 62
		if first := bits.TrailingZeros64(high); first < min(n, 64) {
			lim = first - 2
		} else if n < 64 {
			lim = n
		}
		ascii = ascii && high == 0
		starts, ends := word&^(word<<1), ^word&(word<<1)
		if lim < 0 {
			ends = 0
		} else if lim < 63 {
			ends &= 2<<lim - 1
		}
		next := i + lim + 1
		if ends != 0 || starts != 0 {
			var open int
			buf, open = appendMaskedWords(buf, s, i, starts, ends)
			if open <= lim {
				next = i + open // a word still open: the next block starts with it
			}
		}
		if lim >= n {
			break
		}
		if next > i {
			i = next
			continue
		}
		// No word ends surely in the block: one runs into a byte beyond
		// ASCII, or is 63 bytes long or more.
		ascii = false
		from := i
		if lim < 62 {
			from = i + lim + 2 // the first byte beyond ASCII
		}
		j := tokenCut(s, from)
		n0 := len(buf)
		buf = wordTokens(s[i:j], buf)
		for k := n0; k < len(buf); k++ {
			buf[k].start += i
			buf[k].end += i
		}
		i = j
	}
	return buf, ascii
}

// tokBlock returns two bit masks over the first 64 bytes of s, bit k for
// byte k, those beyond s taken as 0: word marks the ASCII letters and
// digits, high the bytes beyond ASCII.
func tokBlock(s string) (word, high uint64) {
	const high8 = 0x8080808080808080
	var x [8]uint64
	if len(s) >= 64 {
		for k := range x {
			x[k] = load64(s[8*k:])
		}
	} else {
		var pad [64]byte
		copy(pad[:], s)
		for k := range x {
			x[k] = binary.LittleEndian.Uint64(pad[8*k:])
		}
	}
	var any uint64
	for k, y := range x {
		any |= y
		word |= packHigh8(alnumBytes8(y)) << (8 * k)
	}
	if any&high8 != 0 {
		for k, y := range x {
			high |= packHigh8(y&high8) << (8 * k)
		}
	}
	return word, high
}

// appendMaskedWords appends to buf the words of the block of s at i whose
// runs of letters and digits start at the bits of starts and end before
// the bits of ends, with their classes: a '.' or an apostrophe that ends a run
// before a letter joins it to the next run ("U.S", "O'Neil"). It returns
// where, from i, the first word it could not end begins, or 64.
func appendMaskedWords(buf []wordTok, s string, i int, starts, ends uint64) ([]wordTok, int) {
	buf = slices.Grow(buf, bits.OnesCount64(ends))
	for ends != 0 {
		start := bits.TrailingZeros64(starts)
		end := bits.TrailingZeros64(ends)
		starts &= starts - 1
		ends &= ends - 1
		for p := i + end; p+1 < len(s) && (s[p] == '.' || s[p] == '\'') && ctLetter(s[p+1]); p = i + end {
			if ends == 0 {
				return buf, start // joined to a run that does not end surely
			}
			starts &= starts - 1 // the run at p+1
			end = bits.TrailingZeros64(ends)
			ends &= ends - 1
		}
		// tokenClass, inlined by hand for an ASCII word.
		w := s[i+start : i+end]
		c := tokFirst[w[0]]
		if c&tokSlow != 0 || cueShapes.first[w[0]]&cueShapes.last[w[len(w)-1]]&(1<<min(len(w), 31)) != 0 {
			c = tokenClassSlow(w, true)
		}
		buf = append(buf, wordTok{i + start, i + end, c})
	}
	return buf, bits.TrailingZeros64(starts)
}

// tokenCut returns the first place at or after i where s holds an ASCII
// byte that can neither be in a word nor join two parts of one (a space,
// a comma, …), or len(s): wordTokens cuts the same words from s[:cut] as
// from s, up to cut.
func tokenCut(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && !asciiWordByte[c] && c != '.' && c != '\'' {
			return i
		}
	}
	return len(s)
}

// packHigh8 gathers the high bits of the eight bytes of y, its only bits
// set, into the low eight bits, byte k's into bit k.
func packHigh8(y uint64) uint64 {
	return y * 0x0002040810204081 >> 56
}

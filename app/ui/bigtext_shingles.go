package ui

import (
	"unicode"
	"unicode/utf8"
)

// isEdit's three-word sequences, counted without a set for the longer
// text: after a megabyte is pasted over a short release, building a set of
// its 150,000 sequences (and the 150,000 words behind them) held the page
// for a tenth of a second in the workbench's sync. When both texts are
// long, as when a long release is pasted over another or edited, the
// shorter one's set was the same cost: 130 ms in a trace of a 1 MB paste
// over a 1 MB release. So beyond maxShingles sequences both texts count a
// sample of them, the same sample (sampledShingle), and the share the
// sample has in common estimates the whole's.

// maxShingles is about how many of the shorter text's sequences
// shingleOverlap counts at most: a sample of this size tells half shared
// from not within a few per cent.
const maxShingles = 4096

// bytesPerShingle is how many bytes of text make one sequence, about: a
// word and its space.
const bytesPerShingle = 6

// shingleMask returns the mask sampledShingle takes for a shorter text of
// n bytes: 0 (every sequence) up to maxShingles sequences, then one bit
// more for each doubling.
func shingleMask(n int) uint64 {
	var mask uint64
	for uint64(n/bytesPerShingle) > maxShingles*(mask+1) {
		mask = mask<<1 | 1
	}
	return mask
}

// sampledShingle reports whether the sequence with hash h is in the
// sample that mask selects: those whose mixed hash has the mask's bits
// clear, one in mask+1.
func sampledShingle(h, mask uint64) bool {
	return (h*0x9E3779B97F4A7C15)>>32&mask == 0
}

// shingleOverlap returns how many distinct three-word sequences (the
// shingles of shingles) the shorter of prev and next has, and how many of
// them also occur in the longer one, over the sample shingleMask sets for
// the shorter text's length. It stops counting once half are found, which
// is all isEdit asks.
func shingleOverlap(prev, next string) (shared, n int) {
	short, long := prev, next
	if len(short) > len(long) {
		short, long = long, short
	}
	mask := shingleMask(len(short))
	set := map[uint64]bool{}
	eachShingle(short, func(h uint64) bool {
		if sampledShingle(h, mask) {
			set[h] = true
		}
		return true
	})
	n = len(set)
	eachShingle(long, func(h uint64) bool {
		if sampledShingle(h, mask) && set[h] {
			set[h] = false // counted once
			shared++
		}
		return 2*shared < n
	})
	return shared, n
}

// eachShingle calls fn with the hash of every three-word sequence of s, in
// order (words as strings.Fields splits them; each sequence's words joined
// by one space, hashed with 64-bit FNV-1a), until fn returns false.
func eachShingle(s string, fn func(uint64) bool) {
	var starts, ends [3]int // the last three words, oldest first
	words := 0
	for i := 0; i < len(s); {
		i = skipSpace(s, i)
		if i >= len(s) {
			break
		}
		j := wordEnd(s, i)
		copy(starts[:], starts[1:])
		copy(ends[:], ends[1:])
		starts[2], ends[2] = i, j
		words++
		i = j
		if words < 3 {
			continue
		}
		h := uint64(14695981039346656037)
		for k := range 3 {
			if k > 0 {
				h = (h ^ ' ') * 1099511628211
			}
			for p := starts[k]; p < ends[k]; p++ {
				h = (h ^ uint64(s[p])) * 1099511628211
			}
		}
		if !fn(h) {
			return
		}
	}
}

// skipSpace returns the index of the first byte at or after i that does
// not begin a space, as unicode.IsSpace tells.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: by table, no call
			if !asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// wordEnd returns the index just past the word that begins at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// asciiSpace tells the ASCII bytes unicode.IsSpace calls spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

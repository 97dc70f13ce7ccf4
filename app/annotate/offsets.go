package annotate

import (
	"sort"
	"unicode/utf8"
)

// Index maps code-point offsets into a text to byte offsets and back in
// constant and logarithmic time. Build one with NewIndex and reuse it for
// every annotation on the same text.
type Index struct {
	text  string
	ascii bool    // every code point is one byte: offsets coincide
	bytes []int32 // bytes[i] is the byte offset of code point i; len = Len()+1
}

// NewIndex indexes text. Invalid UTF-8 bytes count as one code point each,
// as utf8.DecodeRuneInString reads them.
func NewIndex(text string) *Index {
	ix := &Index{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ix.ascii = false
			break
		}
	}
	if ix.ascii {
		return ix
	}
	ix.bytes = make([]int32, 0, len(text)+1)
	for i := 0; i < len(text); {
		ix.bytes = append(ix.bytes, int32(i))
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	ix.bytes = append(ix.bytes, int32(len(text)))
	return ix
}

// Text returns the indexed text.
func (ix *Index) Text() string { return ix.text }

// Len reports the number of code points in the text.
func (ix *Index) Len() int {
	if ix.ascii {
		return len(ix.text)
	}
	return len(ix.bytes) - 1
}

// Byte returns the byte offset of code point cp, clamped to the text.
func (ix *Index) Byte(cp int) int {
	cp = clamp(cp, 0, ix.Len())
	if ix.ascii {
		return cp
	}
	return int(ix.bytes[cp])
}

// CodePoint returns the code-point offset of byte offset b, clamped to the
// text. A byte inside a multi-byte character maps to that character.
func (ix *Index) CodePoint(b int) int {
	b = clamp(b, 0, len(ix.text))
	if ix.ascii {
		return b
	}
	// The first code point whose byte offset is greater than b, minus one.
	return sort.Search(len(ix.bytes), func(i int) bool { return int(ix.bytes[i]) > b }) - 1
}

// Slice returns the text between code points start and end, clamped.
func (ix *Index) Slice(start, end int) string {
	s, e := ix.Byte(start), ix.Byte(end)
	if e < s {
		return ""
	}
	return ix.text[s:e]
}

// Valid reports whether [start, end) is a non-empty range inside the text.
func (ix *Index) Valid(start, end int) bool {
	return start >= 0 && start < end && end <= ix.Len()
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// UTF16ToCodePoints converts an offset in UTF-16 code units into s, as the
// browser's Selection and Range APIs count, to an offset in code points.
// An offset that falls between the two halves of a surrogate pair maps to
// the character that pair encodes; offsets beyond s are clamped to its end.
func UTF16ToCodePoints(s string, u16 int) int {
	cp, units := 0, 0
	for _, r := range s {
		if units >= u16 {
			return cp
		}
		units += utf16Len(r)
		cp++
	}
	return cp
}

// CodePointsToUTF16 converts an offset in code points into s to an offset in
// UTF-16 code units, clamped to the end of s.
func CodePointsToUTF16(s string, cp int) int {
	units, n := 0, 0
	for _, r := range s {
		if n >= cp {
			break
		}
		units += utf16Len(r)
		n++
	}
	return units
}

// UTF16Len reports the length of s in UTF-16 code units, as JavaScript's
// String.length counts.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

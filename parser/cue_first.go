package parser

import "unicode/utf8"

// A firstLetters index tells, for a text's first byte, which of a list of
// lower-case ASCII names (at most 32) prefixFold may find at its start:
// bit i for names[i]. A name may begin a text whose first byte is its
// first letter in either case; a first byte beyond ASCII may begin only
// a name in k or s, which the Kelvin sign and the long s fold to. The
// code cues that try a list of names at the start of every text they are
// given so compare it with the names of its first letter, not all of them.
type firstLetters [utf8.RuneSelf + 1]uint32

// newFirstLetters indexes names by their first letter.
func newFirstLetters(names []string) (x firstLetters) {
	for i, h := range names {
		c := h[0]
		x[c] |= 1 << i
		if 'a' <= c && c <= 'z' {
			x[c-('a'-'A')] |= 1 << i
		}
		if c == 'k' || c == 's' {
			x[utf8.RuneSelf] |= 1 << i
		}
	}
	return x
}

// at returns the names that may begin s, one bit each.
func (x *firstLetters) at(s string) uint32 {
	if s == "" {
		return 0
	}
	return x[min(s[0], utf8.RuneSelf)]
}

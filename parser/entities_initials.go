package parser

// initialSet holds a bit for each ASCII letter that begins, in either
// case, some word of a set: a word whose first letter is not in it is in
// no case in the set. It is cheaper than a wordFilter, which hashes the
// whole word.
type initialSet uint32

// initialsOf returns the initialSet of the keys of set.
func initialsOf[V any](set map[string]V) (m initialSet) {
	for w := range set {
		if c := w[0] | 0x20; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		} else {
			return ^initialSet(0) // a key that does not begin with a letter: let all through
		}
	}
	return m
}

// has reports whether a word beginning with c may be in the set.
func (m initialSet) has(c byte) bool {
	c |= 0x20
	return c >= 'a' && c <= 'z' && m&(1<<(c-'a')) != 0
}

var (
	honorificInitials = initialsOf(honorifics)
	speechInitials    = initialsOf(speechVerbs)
)

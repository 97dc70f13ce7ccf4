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

// shapeSet holds, for each ASCII letter, the lengths of the words of a set
// that begin with it, and the lengths of those that end with it, in
// either case (any other byte counts as one more letter): a word whose
// first or last letter and length no word of the set has is in no case
// in it. Two loads and no hashing turn away most words.
type shapeSet struct {
	first, last [27]uint32 // bit n: a word of n bytes, 0 < n < 32
}

// shapesOf returns the shapeSet of the keys of set. A key of 32 bytes or
// more lets every such word through.
func shapesOf[V any](set map[string]V) (m shapeSet) {
	for w := range set {
		if w == "" {
			continue
		}
		n := uint32(1) << min(len(w), 31)
		m.first[shapeIndex(w[0])] |= n
		m.last[shapeIndex(w[len(w)-1])] |= n
	}
	return m
}

// shapeIndex numbers an ASCII letter, in either case, from 0 to 25, and
// any other byte 26.
func shapeIndex(c byte) byte {
	if c = c | 0x20 - 'a'; c < 26 {
		return c
	}
	return 26
}

// may reports whether w, in any case, may be in the set: false means it
// is not.
func (m *shapeSet) may(w string) bool {
	if w == "" {
		return false
	}
	return m.first[shapeIndex(w[0])]&m.last[shapeIndex(w[len(w)-1])]&(1<<min(len(w), 31)) != 0
}

package parser

// shapeSet holds, for each byte, the lengths of the words of a set that
// begin with it, and the lengths of those that end with it, an ASCII
// letter in either case: a word whose first or last byte and length no
// word of the set has is, in no case, in it. Two loads and no hashing
// turn away most words.
type shapeSet struct {
	first, last [256]uint32 // bit n: a word of n bytes (31: 31 or more)
}

// shapesOf returns the shapeSet of the keys of set.
func shapesOf[V any](set map[string]V) *shapeSet {
	m := new(shapeSet)
	for w := range set {
		if w == "" {
			continue
		}
		n := uint32(1) << min(len(w), 31)
		a, z := w[0], w[len(w)-1]
		m.first[a] |= n
		m.last[z] |= n
		if ctLetter(a) {
			m.first[a^0x20] |= n
		}
		if ctLetter(z) {
			m.last[z^0x20] |= n
		}
	}
	return m
}

var (
	// honorificShapes turns away most capitalised words before the
	// honorifics are looked up.
	honorificShapes = &honorificShapesTable // shapesOf(honorifics), written out (init_gen.go)
	// speechShapes turns away most words before the speech verbs are.
	speechShapes = &speechShapesTable // shapesOf(speechVerbs), written out
)

// may reports whether w, in any case, may be in the set: false means it
// is not.
func (m *shapeSet) may(w string) bool {
	if w == "" {
		return false
	}
	return m.first[w[0]]&m.last[w[len(w)-1]]&(1<<min(len(w), 31)) != 0
}

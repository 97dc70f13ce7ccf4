package parser

// A sortedIndex maps words, sorted in byte order without repeats, to
// values: two slices of constants the linker lays out, written by go
// generate (init_gen.go), where a map was built at start-up. A word is
// looked up by binary search.
type sortedIndex[V any] struct {
	keys []string
	vals []V // vals[i] is the value of keys[i]
}

// get returns the value of w, as written, or the zero value when w is
// not in the index.
func (x *sortedIndex[V]) get(w string) (v V) {
	if i, ok := wordList(x.keys).index(w); ok {
		v = x.vals[i]
	}
	return v
}

// all yields every word of the index with its value, in order.
func (x *sortedIndex[V]) all(yield func(string, V) bool) {
	for i, k := range x.keys {
		if !yield(k, x.vals[i]) {
			return
		}
	}
}

// A hashedIndex is a sortedIndex with an open-addressing table of its
// ASCII keys by foldHash: a probe or two and one comparison, where the
// search makes a handful. A key beyond ASCII is found by the search.
type hashedIndex[V any] struct {
	sortedIndex[V]
	slots []uint8 // 1 + the index in keys of the ASCII key at hashedSlot of its foldHash or after it, or 0
}

// get returns the value of w, or the zero value.
func (x *hashedIndex[V]) get(w string) V {
	if h, ok := foldHash(w); ok {
		return x.getHashed(w, h)
	}
	return x.sortedIndex.get(w)
}

// hashedSlot returns where a key of foldHash h is first looked for in
// slots of length n, a power of two.
func hashedSlot(h uint32, n int) uint32 {
	return (h * 0x9e3779b1) >> 16 & uint32(n-1)
}

// getHashed returns the value of w, an ASCII word of foldHash h, or the
// zero value.
func (x *hashedIndex[V]) getHashed(w string, h uint32) (v V) {
	for i := hashedSlot(h, len(x.slots)); x.slots[i] != 0; i = (i + 1) & uint32(len(x.slots)-1) {
		if k := x.slots[i] - 1; x.keys[k] == w {
			return x.vals[k]
		}
	}
	return v
}

package parser

import "math/bits"

// gazTable is gazIndex as an open-addressing table keyed by foldHash, so
// that a word hashed once for gazFilter is looked up with the same hash
// instead of being hashed again by a map. The forms that begin "Belarus"
// and those that begin "BELARUS" share a hash and sit side by side.
type gazTable struct {
	slots   []uint16 // 1 + an index into entries, or 0 for an empty slot
	entries []gazEntry
}

// gazEntry is one key of gazIndex with its forms.
type gazEntry struct {
	key string
	ps  []*gazPhrase
}

// gazASCII holds the ASCII keys of gazIndex; the others stay in the map.
var gazASCII = newGazTable(gazIndex)

// newGazTable builds the table of idx's ASCII keys, at most half full.
func newGazTable(idx map[string][]*gazPhrase) *gazTable {
	n := 0
	for k := range idx {
		if _, ok := foldHash(k); ok {
			n++
		}
	}
	t := &gazTable{
		slots:   make([]uint16, 1<<bits.Len(uint(2*n))),
		entries: make([]gazEntry, 0, n),
	}
	if n >= 1<<16-1 {
		panic("gazetteer too large for gazTable")
	}
	for k, ps := range idx {
		h, ok := foldHash(k)
		if !ok {
			continue
		}
		t.entries = append(t.entries, gazEntry{k, ps})
		i := t.slot(h)
		for t.slots[i] != 0 {
			i = (i + 1) & uint32(len(t.slots)-1)
		}
		t.slots[i] = uint16(len(t.entries))
	}
	return t
}

// slot returns where a key of foldHash h is first looked for.
func (t *gazTable) slot(h uint32) uint32 {
	return (h * 0x9e3779b1) >> 16 & uint32(len(t.slots)-1)
}

// lookup returns gazIndex[w] for an ASCII word w of foldHash h.
func (t *gazTable) lookup(w string, h uint32) []*gazPhrase {
	for i := t.slot(h); t.slots[i] != 0; i = (i + 1) & uint32(len(t.slots)-1) {
		if e := &t.entries[t.slots[i]-1]; e.key == w {
			return e.ps
		}
	}
	return nil
}

// gazCandidates returns gazIndex[w] for a word that may be a key, without
// a map lookup when w is ASCII.
func gazCandidates(w string) []*gazPhrase {
	if h, ok := foldHash(w); ok {
		if gazFilter[h>>6%uint32(len(gazFilter))]&(1<<(h&63)) == 0 {
			return nil
		}
		return gazASCII.lookup(w, h)
	}
	return gazIndex[w]
}

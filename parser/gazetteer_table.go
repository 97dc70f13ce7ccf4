package parser

import "strings"

// The gazetteer's index (gazetteer_tables.go) is an open-addressing table
// keyed by foldHash, so that a word hashed once for gazFilter is looked up
// with the same hash: the keys that are ASCII sit in gazSlots, the forms
// that begin "Belarus" and those that begin "BELARUS" side by side; the
// few others are found by binary search in gazOthers.

// gazEntry is one key of the index with its forms.
type gazEntry struct {
	key   uint16 // where the key starts in gazText
	size  uint8  // the key's length in bytes
	n     uint8  // the number of its forms
	forms uint16 // where their indexes in gazPhrases, longest first, start in gazForms
}

// keyText returns the entry's key.
func (e *gazEntry) keyText() string {
	return gazText[int(e.key) : int(e.key)+int(e.size)]
}

// list returns the indexes in gazPhrases of the entry's forms.
func (e *gazEntry) list() []uint16 {
	return gazForms[int(e.forms) : int(e.forms)+int(e.n)]
}

// gazSlot returns where a key of foldHash h is first looked for in
// gazSlots, whose length is a power of two.
func gazSlot(h uint32) uint32 {
	return (h * 0x9e3779b1) >> 16 & uint32(len(gazSlots)-1)
}

// gazCandidates returns the indexes in gazPhrases of the forms that begin
// with the word w, longest first, or none.
func gazCandidates(w string) []uint16 {
	h, ok := foldHash(w)
	if !ok {
		return gazOtherCandidates(w)
	}
	if gazFilter[h>>6%uint32(len(gazFilter))]&(1<<(h&63)) == 0 {
		return nil
	}
	for i := gazSlot(h); gazSlots[i] != 0; i = (i + 1) & uint32(len(gazSlots)-1) {
		if e := &gazEntries[gazSlots[i]-1]; e.keyText() == w {
			return e.list()
		}
	}
	return nil
}

// gazOtherCandidates is gazCandidates for a word beyond ASCII.
func gazOtherCandidates(w string) []uint16 {
	lo, hi := 0, len(gazOthers)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		e := &gazEntries[gazOthers[m]]
		switch c := strings.Compare(e.keyText(), w); {
		case c == 0:
			return e.list()
		case c < 0:
			lo = m + 1
		default:
			hi = m
		}
	}
	return nil
}

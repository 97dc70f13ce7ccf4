package parser

// An asciiCutset marks the ASCII bytes a trim takes off: strings.Trim and
// its kin build such a set from their cutset string on every call, which
// the classify and metadata passes made for every word and segment.
type asciiCutset [256]bool

// newASCIICutset returns the set of the bytes of cutset, which must be
// ASCII.
func newASCIICutset(cutset string) *asciiCutset {
	var set asciiCutset
	for i := 0; i < len(cutset); i++ {
		if cutset[i] >= 0x80 {
			panic("newASCIICutset: " + cutset + " is not ASCII")
		}
		set[cutset[i]] = true
	}
	return &set
}

// trim is strings.Trim(s, cutset) for the cutset set was made of.
func (set *asciiCutset) trim(s string) string {
	i, j := 0, len(s)
	for i < j && set[s[i]] {
		i++
	}
	for j > i && set[s[j-1]] {
		j--
	}
	return s[i:j]
}

// trimRight is strings.TrimRight(s, cutset) for the cutset set was made
// of.
func (set *asciiCutset) trimRight(s string) string {
	j := len(s)
	for j > 0 && set[s[j-1]] {
		j--
	}
	return s[:j]
}

// The cutsets of the classify and metadata passes' trims.
var (
	placeWordCut   = newASCIICutset(",.()")    // placeLike's words
	dateLabelCut   = newASCIICutset(" :")      // dateLabel
	contactLineCut = newASCIICutset("*_ ")     // subjectPublisher's contact lines
	orgNameCut     = newASCIICutset("*_[]() ") // cleanName
	closingCut     = newASCIICutset(".,!:; ")  // isClosing
)

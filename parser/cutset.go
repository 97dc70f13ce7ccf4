package parser

// An asciiCutset marks the ASCII bytes a trim takes off: strings.Trim and
// its kin build such a set from their cutset string on every call, which
// the parser's passes made for every word, line and segment. Pass it by
// pointer: a copy of its 256 bytes costs more than the trim.
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
	return set.trimRight(set.trimLeft(s))
}

// trimLeft is strings.TrimLeft(s, cutset) for the cutset set was made of.
func (set *asciiCutset) trimLeft(s string) string {
	i := 0
	for i < len(s) && set[s[i]] {
		i++
	}
	return s[i:]
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

// The cutsets of the parser's trims, written as literals the linker lays out
// (TestCutsetLiterals checks each against newASCIICutset of its string).
var (
	placeWordCut   = &asciiCutset{',': true, '.': true, '(': true, ')': true}                                  // ",.()": placeLike's words
	dateLabelCut   = &asciiCutset{' ': true, ':': true}                                                        // " :": dateLabel
	contactLineCut = &asciiCutset{'*': true, '_': true, ' ': true}                                             // "*_ ": subjectPublisher's contact lines
	orgNameCut     = &asciiCutset{'*': true, '_': true, '[': true, ']': true, '(': true, ')': true, ' ': true} // "*_[]() ": cleanName
	closingCut     = &asciiCutset{'.': true, ',': true, '!': true, ':': true, ';': true, ' ': true}            // ".,!:; ": isClosing
	cueTextCut     = &asciiCutset{'[': true, ']': true, '*': true, '_': true}                                  // "[]*_": trimCueText
	mailQuote      = &asciiCutset{'*': true, '>': true, ' ': true}                                             // "*> ": quoting or emphasis before a header line ("> From:", "**From:**")
	mailStars      = &asciiCutset{'*': true, ' ': true}                                                        // "* ": emphasis around a header's name and value
	mailRule       = &asciiCutset{'-': true, '_': true, '*': true, '=': true, '>': true, ' ': true}            // "-_*=> ": a separator line around its words ("----- Original Message -----")
)

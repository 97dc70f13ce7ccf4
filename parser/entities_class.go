package parser

import "unicode/utf8"

// A tokClass says, for a word of a text, which entity finders may have
// something to do with it, from its first bytes, last byte and length
// alone: wordTokens sets it as it cuts the words, so that each finder
// passes over the words it cannot use with one test, instead of
// re-reading every word of the text. A bit set means "may": the finders
// still test the word in full.
type tokClass uint8

const (
	// tkUpper: the word begins with an upper-case letter (startsUpper).
	tkUpper tokClass = 1 << iota
	// tkASCIIUpper: the word begins with an ASCII capital, 'A' to 'Z'.
	tkASCIIUpper
	// tkNonASCII: the word begins with a byte beyond ASCII.
	tkNonASCII
	// tkYear: four bytes that begin with a digit, as a year is written.
	tkYear
	// tkMonth: the word may be a month's name in some language
	// (isMonthName, foreignMonthOf).
	tkMonth
	// tkPersonCue: the word may be a verb of speech, one of
	// introducesPerson's words or "according" (peopleCueShapes).
	tkPersonCue
)

// peopleCueShapes holds the shapes of the words findPeopleNamed looks
// for in lower case as well as capitalised.
// It is written out by go generate (init_gen.go).
var peopleCueShapes = &peopleCueShapesTable

// introWords are the words introducesPerson reads.
var introWords = [...]string{"named", "appoints", "appointed", "welcomes", "hired", "hires", "promoted",
	"by", "of", "are", "include", "includes"}

// cueShapes holds the shapes of every word that may take tkMonth or
// tkPersonCue when it is all ASCII: the words of peopleCueShapes, every
// form isMonthName takes (a month's English name, its first three or
// four letters) and the words of monthLex. Most words have another
// shape, and tokenClass gives them their first byte's bits alone.
// It is written out by go generate (init_gen.go).
var cueShapes = cueShapesTable

// tokSlow marks, in tokFirst, a first byte after which tokenClass reads
// more of the word: a digit, or a byte beyond ASCII.
const tokSlow = 1 << 7

// tokFirst holds the bits a word takes from its first byte alone, and
// tokSlow.
var tokFirst = tokFirstTable // written out by go generate (init_gen.go)

// tokenClass returns the tokClass of w, a word as wordTokens cuts it;
// ascii reports whether every byte of w is ASCII (false when unsure).
// Most words take their first byte's bits alone; wordTokens has this
// test inlined by hand.
func tokenClass(w string, ascii bool) tokClass {
	if w == "" {
		return 0
	}
	if k := tokFirst[w[0]]; ascii && k&tokSlow == 0 && !cueShapes.may(w) {
		return k
	}
	return tokenClassSlow(w, ascii)
}

// tokenClassSlow is tokenClass for a word that begins with a digit or
// beyond ASCII, that has a byte beyond ASCII (whose lower case may be
// longer or shorter than it), or that has the shape of a cue.
func tokenClassSlow(w string, ascii bool) tokClass {
	c := w[0]
	if c >= '0' && c <= '9' {
		if len(w) == 4 {
			return tkYear
		}
		return 0
	}
	k := tokFirst[c] &^ tokSlow
	if !ascii {
		return tokenClassRunes(w, k)
	}
	if len(w) >= 3 && mayBeMonth(w) {
		k |= tkMonth
	}
	if peopleCueShapes.may(w) {
		k |= tkPersonCue
	}
	return k
}

// tokenClassRunes is tokenClass for a word with a byte beyond ASCII,
// whose lower case may be longer or shorter than it: k holds the bits of
// its first byte.
func tokenClassRunes(w string, k tokClass) tokClass {
	if w[0] >= utf8.RuneSelf && startsUpperRune(w) {
		k |= tkUpper
	}
	if len(w) >= 3 && mayBeMonth(w) {
		k |= tkMonth
	}
	if peopleCueShapes.may(w) {
		k |= tkPersonCue
	}
	return k
}

// mayBeMonth reports whether w, of three bytes or more, may be a month's
// name in some language as monthWord reads it: it begins with a letter
// some name begins with, or beyond ASCII, and its first three letters, if
// ASCII letters, begin some name.
func mayBeMonth(w string) bool {
	if c := w[0] | 0x20; w[0] < utf8.RuneSelf && (c < 'a' || c > 'z' || monthInitials&(1<<(c-'a')) == 0) {
		return false
	}
	k, ok := stemKey(w)
	return !ok || monthStems[k>>6]&(1<<(k&63)) != 0
}

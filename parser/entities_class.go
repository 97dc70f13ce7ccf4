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
var peopleCueShapes = func() shapeSet {
	words := map[string]bool{"according": true}
	for w := range speechVerbs {
		words[w] = true
	}
	for _, w := range introWords {
		words[w] = true
	}
	return shapesOf(words)
}()

// introWords are the words introducesPerson reads.
var introWords = [...]string{"named", "appoints", "appointed", "welcomes", "hired", "hires", "promoted",
	"by", "of", "are", "include", "includes"}

// tokenClass returns the tokClass of w, a word as wordTokens cuts it.
func tokenClass(w string) tokClass {
	if w == "" {
		return 0
	}
	var k tokClass
	c := w[0]
	switch {
	case c >= 'A' && c <= 'Z':
		k = tkUpper | tkASCIIUpper
	case c >= utf8.RuneSelf:
		k = tkNonASCII
		if startsUpperRune(w) {
			k |= tkUpper
		}
	case c >= '0' && c <= '9':
		if len(w) == 4 {
			return tkYear
		}
		return 0
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

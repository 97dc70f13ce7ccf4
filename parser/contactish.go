package parser

import "strings"

// contactish, the one expression, is an alternation of four pieces; a text
// matches it exactly when it matches one of them. Tested one by one, each
// piece can be ruled out by a byte scan first, and the telephone piece is
// replaced by one: running the whole alternation over every segment, several
// times per segment, was the largest regular-expression cost on a short
// release.
var (
	contactEmailRE = lazyRE(`(?i)[\w.+-]+@[\w-]+\.[\w.-]+`)
	contactAddrRE  = lazyRE(`(?i)^\s*\d{1,6}\s+(?:[NSEW]\.?\s+)?\p{L}[^.;]{0,40}?\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|drive|dr|lane|ln|way|place|pl|square|sq|suite|floor|court|ct|highway|hwy|parkway|pkwy)\b`)
	contactLabelRE = lazyRE(`(?i)^\s*(?:tel|phone|mobile|cell|office|fax|e-?mail|web(?:site)?|newsroom|primary email)\s*[.:]`)
)

// matchContactish reports whether contactish matches t.
func matchContactish(t string) bool {
	if strings.IndexByte(t, '@') >= 0 && contactEmailRE.MatchString(t) {
		return true
	}
	if hasPhoneRun(t) {
		return true
	}
	// The other two pieces are anchored after leading white space (\s is
	// ASCII white space other than \v).
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i++
	}
	if i == len(t) {
		return false
	}
	switch c := t[i]; {
	case c >= '0' && c <= '9':
		return contactAddrRE.MatchString(t)
	case c|0x20 >= 'a' && c|0x20 <= 'z':
		return contactLabelRE.MatchString(t)
	}
	return false
}

// hasPhoneRun reports whether t holds a match of `\+?\d[\d\s().\-/]{7,}\d`:
// at least nine bytes from a digit to a digit with only digits, ASCII
// white space, brackets, dots, hyphens and slashes between them.
func hasPhoneRun(t string) bool {
	first := -1 // the first digit of the current run of such bytes
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			if first < 0 {
				first = i
			} else if i-first >= 8 {
				return true
			}
		case ' ', '\t', '\n', '\f', '\r', '(', ')', '.', '-', '/':
		default:
			first = -1
		}
	}
	return false
}

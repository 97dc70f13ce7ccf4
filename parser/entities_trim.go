package parser

import "strings"

// rightQuote is U+2019, the curly apostrophe, in UTF-8.
const rightQuote = "’"

// trimCutQuote is strings.Trim(s, cut+"’") for a cut set of ASCII bytes:
// it trims those bytes and the curly apostrophe from both ends. Trim
// reads rune by rune once its set holds a rune beyond ASCII; this
// compares bytes.
func trimCutQuote(s, cut string) string {
	for s != "" {
		if strings.IndexByte(cut, s[0]) >= 0 {
			s = s[1:]
		} else if strings.HasPrefix(s, rightQuote) {
			s = s[len(rightQuote):]
		} else {
			break
		}
	}
	for s != "" {
		if strings.IndexByte(cut, s[len(s)-1]) >= 0 {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, rightQuote) {
			s = s[:len(s)-len(rightQuote)]
		} else {
			break
		}
	}
	return s
}

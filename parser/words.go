package parser

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstSentence returns t up to the end of its first sentence.
func firstSentence(t string) string {
	for i := 0; i+1 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && i+2 < len(t) && isCapitalised(t[i+2:]) {
			// Not after an abbreviation such as "Inc." or "U.S.".
			w := t[strings.LastIndexByte(t[:i], ' ')+1 : i]
			if abbreviations[strings.ToLower(w)] || len(w) <= 2 || strings.Contains(w, ".") {
				continue
			}
			return t[:i+1]
		}
	}
	return t
}

// headOf returns the first n bytes of s, or a little less so as not to cut
// a character in two.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// fieldCount is len(strings.Fields(s)) without the slice: the number of
// runs of characters between white space (unicode.IsSpace).
func fieldCount(s string) int { return fieldCountUpTo(s, 0) }

// fieldCountUpTo is fieldCount that stops counting at limit fields, when
// limit is above zero: enough to tell that s has at least limit.
func fieldCountUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			if n++; n == limit {
				break
			}
		}
		in = !space
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordCount counts the words of s; in scripts written without spaces
// (Chinese, Japanese) every two characters count as a word, so that a
// paragraph weighs about the same in any language. (wordsUpTo does the
// counting.)
func wordCount(s string) int { return wordsUpTo(s, math.MaxInt) }

// isContactish reports whether t holds a piece of a contact block: an
// e-mail address, a telephone number, a street address or a contact label.
// Each of those needs an "@", a digit or a colon, which is cheap to test
// before the regular expression.
func isContactish(t string) bool {
	return hasContactishByte(t) && matchContactish(t)
}

func lastRune(s string) (rune, bool) {
	if s == "" {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r, true
}

func firstLineOf(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

package parser

import (
	"strings"
	"unicode/utf8"
)

// contactish, the one expression, is an alternation of four pieces; a text
// matches it exactly when it matches one of them. Tested one by one, each
// piece can be ruled out by a byte scan first, and the telephone piece is
// replaced by one: running the whole alternation over every segment, several
// times per segment, was the largest regular-expression cost on a short
// release.
var (
	contactEmailRE = lazyRE(`(?i)[\w.+-]+@[\w-]+\.[\w.-]+`)
	contactAddrRE  = lazyRE(`(?i)^\s*\d{1,6}\s+(?:[NSEW]\.?\s+)?\p{L}[^.;]{0,40}?\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|drive|dr|lane|ln|way|place|pl|square|sq|suite|floor|court|ct|highway|hwy|parkway|pkwy)\b`)
)

// matchContactish reports whether contactish matches t.
func matchContactish(t string) bool {
	if hasEmail(t) {
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
		return contactLabelAt(t, i)
	}
	return false
}

// contactLabels are the words of the label piece of contactish,
// `(?i)^\s*(?:tel|phone|mobile|cell|office|fax|e-?mail|web(?:site)?|newsroom|primary email)\s*[.:]`,
// each spelling on its own.
var contactLabels = []string{"tel", "phone", "mobile", "cell", "office", "fax", "email", "e-mail", "web", "website", "newsroom", "primary email"}

// contactLabelAt reports whether t, whose white space ends at t[i], matches
// the label piece of contactish: one of contactLabels in any case, then
// ASCII white space and a '.' or ':'.
func contactLabelAt(t string, i int) bool {
	for _, l := range contactLabels {
		n := foldedPrefix(t[i:], l)
		if n < 0 {
			continue
		}
		j := i + n
		for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\f' || t[j] == '\r') {
			j++
		}
		if j < len(t) && (t[j] == '.' || t[j] == ':') {
			return true
		}
	}
	return false
}

// foldedPrefix returns the length in s of a prefix that equals w, a
// lower-case ASCII word, under (?i)'s simple case folding, or -1: ASCII
// letters in either case, and the long s (ſ) for s; the words hold no k,
// the one other letter a character beyond ASCII folds to.
func foldedPrefix(s, w string) int {
	j := 0
	for k := 0; k < len(w); k++ {
		switch {
		case j < len(s) && lowerASCII(s[j]) == w[k]:
			j++
		case w[k] == 's' && strings.HasPrefix(s[j:], "ſ"):
			j += len("ſ")
		default:
			return -1
		}
	}
	return j
}

// hasPhoneRun reports whether t holds a match of `\+?\d[\d\s().\-/]{7,}\d`:
// at least nine bytes from a digit to a digit with only digits, ASCII
// white space, brackets, dots, hyphens and slashes between them.
func hasPhoneRun(t string) bool {
	for i := 0; i < len(t); {
		// A run starts at a digit: jump to the next one.
		first := nextDigit(t, i)
		if first < 0 {
			return false
		}
		i = first + 1
	run:
		for ; i < len(t); i++ {
			switch t[i] {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if i-first >= 8 {
					return true
				}
			case ' ', '\t', '\n', '\f', '\r', '(', ')', '.', '-', '/':
			default:
				break run
			}
		}
	}
	return false
}

// hasContactishByte is strings.ContainsAny(t, "@0123456789:"), which every
// text isContactish accepts satisfies, eight bytes at a time and without
// building the set on every call.
func hasContactishByte(t string) bool {
	i := 0
	for ; i+8 <= len(t); i += 8 {
		if contactish8(load64(t[i:])) {
			return true
		}
	}
	for ; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= ':' || c == '@' {
			return true
		}
	}
	return false
}

// contactish8 reports whether one of the eight bytes of x is a digit, ':'
// or '@'. The digits and ':' are 0x30-0x3A: they become 0-10 when x is
// xored with 0x30, and a byte under 11 borrows in the subtraction; '@'
// becomes 0. A borrow carries only out of a byte that qualifies, so the
// answer is exact.
func contactish8(x uint64) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	d := x ^ ones*'0'
	a := x ^ ones*'@'
	return ((d-ones*11)&^d|(a-ones)&^a)&high != 0
}

// hasEmail reports whether t holds a match of contactEmailRE,
// `(?i)[\w.+-]+@[\w-]+\.[\w.-]+`: an @ with a local-part rune before it,
// and after it a run of word runes and hyphens, a dot and one more rune.
// The expression, tried from every place of a paragraph, cost more than
// all the rest of the contact test.
func hasEmail(t string) bool {
	for off := 0; off < len(t); {
		i := strings.IndexByte(t[off:], '@')
		if i < 0 {
			return false
		}
		at := off + i
		if at > 0 && emailDomainAfter(t[at+1:]) {
			if r, _ := utf8.DecodeLastRuneInString(t[:at]); emailRune(r) || r == '.' || r == '+' {
				return true
			}
		}
		off = at + 1
	}
	return false
}

// emailDomainAfter reports whether s begins as `[\w-]+\.[\w.-]` does:
// the run of word runes and hyphens cannot hold the dot, so it must stop
// at one.
func emailDomainAfter(s string) bool {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !emailRune(r) {
			break
		}
		i += size
	}
	if i == 0 || i+1 >= len(s) || s[i] != '.' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return emailRune(r) || r == '.'
}

// emailRune reports whether r is in `(?i)[\w-]`: an ASCII letter, digit,
// underscore or hyphen, or one of the two runes case folding adds to
// them, the Kelvin sign (k) and the long s.
func emailRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
	case r == 0x212a, r == 0x17f:
		return true
	}
	return false
}

package parser

import (
	"strings"
	"unicode"
)

// markSpeech gives the kinds salutation and closing to the short lines
// that open and close a speech or letter: "Madam Chair,", "Dear
// colleagues,", "Thank you.", "Sincerely,".
func markSpeech(segs []*segment) {
	for _, s := range segs {
		if s.Kind != BlockParagraph {
			continue
		}
		switch {
		case isSalutation(s.Text):
			s.Kind = BlockSalutation
		case isClosing(s.Text):
			s.Kind = BlockClosing
		}
	}
}

// salutationWords open an address to an audience.
var salutationWords = map[string]bool{
	"madam": true, "mister": true, "mr": true, "mrs": true, "ms": true, "dear": true, "ladies": true,
	"excellencies": true, "excellency": true, "your": true, "distinguished": true, "colleagues": true,
	"chair": true, "chairman": true, "chairperson": true, "chairwoman": true, "president": true,
	"honourable": true, "honorable": true, "friends": true, "hello": true, "hi": true, "greetings": true,
	"good": true, "members": true, "sir": true, "sirs": true, "esteemed": true, "fellow": true,
}

// isSalutation reports whether s is a short address ending in a comma or
// colon that starts with a salutation word. An ASCII s is read in place,
// its first two words lower-cased on the stack; any other goes through
// strings.ToLower, whose folds ('K', the Kelvin sign, to 'k') it needs.
func isSalutation(s string) bool {
	if len(s) > 80 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "!") {
		return false
	}
	if !isASCII(s) {
		return salutationWords2(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }))
	}
	var buf [2][16]byte
	var first [2][]byte
	n := 0
	for i := 0; i < len(s); {
		if !isLetterASCII(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetterASCII(s[j]) {
			j++
		}
		if n < 2 {
			first[n] = lowerInto(buf[n][:], s[i:j])
		}
		if n++; n > 7 {
			return false
		}
		i = j
	}
	if n == 0 {
		return false
	}
	if string(first[0]) == "good" {
		w := string(first[1])
		return n > 1 && (w == "morning" || w == "afternoon" || w == "evening")
	}
	return salutationWords[string(first[0])]
}

// salutationWords2 is isSalutation's test on the lower-cased words of s.
func salutationWords2(words []string) bool {
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	if words[0] == "good" {
		return len(words) > 1 && (words[1] == "morning" || words[1] == "afternoon" || words[1] == "evening")
	}
	return salutationWords[words[0]]
}

// lowerInto returns the ASCII word w lower-cased in buf or, when w is
// longer than buf, "-": no salutation word, nor "morning", is that long.
func lowerInto(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return append(buf[:0], '-')
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerASCII(w[i])
	}
	return buf[:len(w)]
}

// closings end a speech or a letter.
var closings = []string{
	"thank you", "thanks", "sincerely", "yours sincerely", "yours faithfully", "best regards", "kind regards",
	"regards", "respectfully", "yours truly", "with best wishes", "warm regards",
}

// closingFirst marks the bytes a closing may begin with, in either case:
// "TtSsBbKkRrWwYy", read by a table rather than a search of the string.
var closingFirst = [256]bool{'T': true, 't': true, 'S': true, 's': true, 'B': true, 'b': true, 'K': true, 'k': true,
	'R': true, 'r': true, 'W': true, 'w': true, 'Y': true, 'y': true}

// isClosing reports whether s is a short sign-off such as "Thank you." or
// "Sincerely,", possibly addressed ("Thank you, Madam Chair."). An ASCII s
// is lower-cased on the stack; any other goes through strings.ToLower.
func isClosing(s string) bool {
	if len(s) > 60 || s == "" || !closingFirst[s[0]] {
		return false
	}
	t := closingCut.trimRight(s)
	if !isASCII(t) {
		return closingIn(strings.ToLower(t))
	}
	var buf [60]byte
	for i := 0; i < len(t); i++ {
		buf[i] = lowerASCII(t[i])
	}
	l := buf[:len(t)]
	for _, c := range closings {
		if string(l) == c || len(l) > len(c) && l[len(c)] == ',' && string(l[:len(c)]) == c && fieldsAtMost(string(l), 6) {
			return true
		}
	}
	return false
}

// closingIn is isClosing's test on the lower-cased s.
func closingIn(l string) bool {
	for _, c := range closings {
		if l == c || strings.HasPrefix(l, c+",") && len(strings.Fields(l)) <= 6 {
			return true
		}
	}
	return false
}

// fieldsAtMost reports whether len(strings.Fields(s)) <= n.
func fieldsAtMost(s string, n int) bool {
	if !isASCII(s) {
		return len(strings.Fields(s)) <= n
	}
	k := 0
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceFast(rune(s[i])) {
			i++
		}
		if i == len(s) {
			break
		}
		if k++; k > n {
			return false
		}
		for i < len(s) && !isSpaceFast(rune(s[i])) {
			i++
		}
	}
	return true
}

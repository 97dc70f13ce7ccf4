package evaluation

import (
	"strings"
	"unicode"
)

// tokens splits s into lower-cased maximal runs of letters and digits.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// bag counts the tokens of s.
func bag(s string) map[string]int {
	b := make(map[string]int)
	for _, t := range tokens(s) {
		b[t]++
	}
	return b
}

// collapse replaces every run of white space in s by one space and trims it.
// Non-breaking spaces count as white space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

package parser

import (
	"strings"
	"testing"
)

// TestTrimCutQuote checks trimCutQuote against strings.Trim on edge cases,
// cut and invalid UTF-8 and every word of testdata and /work/shared.
func TestTrimCutQuote(t *testing.T) {
	words := []string{"", "s", "’", "’s", "CEO’s", "CEO's.", "\xe2\x80", "x\xe2\x80", "\x80\x99", "\xe2\x80\x99\x99",
		"’’x’’", "..CEO,", "ss", "é’", "’é", "\xff’s", "members", "’\xe2\x80\x99s"}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, w := range strings.Fields(line) {
			words = append(words, w)
		}
	}
	for _, w := range words {
		for _, cut := range []string{".,;:'s", ".,'s"} {
			if got, want := trimCutQuote(w, cut), strings.Trim(w, cut+"’"); got != want {
				t.Fatalf("trimCutQuote(%q, %q) = %q, want %q", w, cut, got, want)
			}
		}
	}
}

package parser

import (
	"strings"
	"testing"
)

// TestGazCandidatesSameAsIndex checks that gazCandidates finds what
// gazIndex holds: for every key, in capitals and lower case, and for every
// word of testdata and /work/shared.
func TestGazCandidatesSameAsIndex(t *testing.T) {
	var words []string
	for k := range gazIndex {
		words = append(words, k, strings.ToLower(k), strings.ToUpper(k), k+"s")
	}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, tk := range wordTokens(line, nil) {
			words = append(words, tk.text(line))
		}
	}
	for _, w := range words {
		got, want := gazCandidates(w), gazIndex[w]
		if len(got) != len(want) || len(want) > 0 && &got[0] != &want[0] {
			t.Fatalf("gazCandidates(%q) = %d forms, want the %d of gazIndex", w, len(got), len(want))
		}
	}
}

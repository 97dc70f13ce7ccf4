package parser

import (
	"strings"
	"testing"
)

// partTexts are edge cases for the byte-level tests of contact parts.
var partTexts = []string{"", " ", "–", "—", "•", "-–-", "[Jane Doe]", "** Jane **", "–Jane—", "•\xe2\x80", "\xe2\x80\x93\xe2", "Jane \xe2\x80\x94",
	"a;b", "a|b", "a\tb", "a • b", "a  b", "a or b", "a or", " or ", "or b", "a\xe2\x80b", "Jane Doe, Director", "x\u2022", "\u2013\u2014\u2022x\u2022\u2014\u2013"}

// TestTrimPartPunct checks trimPartPunct against strings.Trim on edge cases
// and every line of testdata and the shared corpus.
func TestTrimPartPunct(t *testing.T) {
	for _, s := range append(append(partTexts, testdataLines(t)...), sharedLinesIfAny(t)...) {
		checkPartBytes(t, s)
	}
}

// FuzzPartBytes checks trimPartPunct and needsPartSeparators against the
// standard library on any text.
func FuzzPartBytes(f *testing.F) {
	for _, s := range partTexts {
		f.Add(s)
	}
	f.Fuzz(checkPartBytes)
}

func checkPartBytes(t *testing.T, s string) {
	t.Helper()
	if got, want := trimPartPunct(s), strings.Trim(s, " []*_:-–—•|"); got != want {
		t.Fatalf("trimPartPunct(%q) = %q, want %q", s, got, want)
	}
	want := strings.ContainsAny(s, ";|\t") || strings.Contains(s, "•") || strings.Contains(s, "  ") || strings.Contains(s, " or ")
	if got := needsPartSeparators(s); got != want {
		t.Fatalf("needsPartSeparators(%q) = %v, want %v", s, got, want)
	}
}

// TestMayOpenCueLabel checks that every label stripContactCue looks for
// starts with a byte mayOpenCueLabel lets through, in either case.
func TestMayOpenCueLabel(t *testing.T) {
	for _, l := range cueLabels {
		if !mayOpenCueLabel(l[0]) || !mayOpenCueLabel(strings.ToUpper(l)[0]) {
			t.Errorf("mayOpenCueLabel turns away %q", l)
		}
	}
	for _, c := range []byte("aAbBzZ09 :*") {
		if mayOpenCueLabel(c) {
			t.Errorf("mayOpenCueLabel(%q) = true", c)
		}
	}
}

package parser

import (
	"strings"
	"testing"
)

// foldsToASCIIRef is the test foldsToASCII replaced.
func foldsToASCIIRef(s string) bool {
	return strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a")
}

// TestFoldsToASCII checks foldsToASCII against strings.Contains on edge
// cases (each rune at every place around an eight-byte block, cut short,
// beside curly quotes) and every line of testdata and the shared corpus.
func TestFoldsToASCII(t *testing.T) {
	texts := []string{"", "\u0130", "\u212a", "\xc4", "\xe2\x84", "\xe2\x84\xab", "\xc4\xb1", "’“”–—"}
	for _, r := range []string{"\u0130", "\u212a", "\xc4", "\xe2\x84", "’"} {
		for pad := 0; pad < 18; pad++ {
			texts = append(texts, strings.Repeat("a", pad)+r, strings.Repeat("a", pad)+r+strings.Repeat("b", 17-pad),
				strings.Repeat("’", pad%4)+strings.Repeat("x", pad)+r)
		}
	}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, s := range texts {
		want := foldsToASCIIRef(s)
		if want {
			found++
		}
		if got := foldsToASCII(s); got != want {
			t.Errorf("foldsToASCII(%q) = %v, want %v", s, got, want)
		}
	}
	if found == 0 {
		t.Error("no text held either rune: the true case went unchecked")
	}
}

// FuzzFoldsToASCII checks foldsToASCII against strings.Contains on any
// text.
func FuzzFoldsToASCII(f *testing.F) {
	for _, s := range []string{"abc\u0130", "’\u212a", "12345678\xe2\x84", "K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldsToASCII(s), foldsToASCIIRef(s); got != want {
			t.Errorf("foldsToASCII(%q) = %v, want %v", s, got, want)
		}
	})
}

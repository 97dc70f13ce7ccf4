package parser

import (
	"strings"
	"testing"
)

// TestTwoBars checks twoBars against strings.Count on edge cases and on
// every line of testdata and the shared corpus.
func TestTwoBars(t *testing.T) {
	texts := []string{"", "|", "||", "a|b", "a|b|c", "|a", "a|", "a | b | c", "│ │", "ab|cd|"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	for _, s := range texts {
		if got, want := twoBars(s), strings.Count(s, "|") >= 2; got != want {
			t.Errorf("twoBars(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzTwoBars checks twoBars against strings.Count on any text.
func FuzzTwoBars(f *testing.F) {
	for _, s := range []string{"a|b|c", "|", "x||"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := twoBars(s), strings.Count(s, "|") >= 2; got != want {
			t.Errorf("twoBars(%q) = %v, want %v", s, got, want)
		}
	})
}

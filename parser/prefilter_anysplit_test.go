package parser

import (
	"strings"
	"testing"
)

// TestContainsAnySplit compares containsAnySplit with strings.ContainsAny
// for the sets the package uses, on edge cases (invalid and cut UTF-8
// around the quotes) and every line of the test inputs and shared corpus.
func TestContainsAnySplit(t *testing.T) {
	sets := []struct {
		ascii  string
		others []string
	}{
		{"\"", []string{"“", "”"}},
		{"0123456789\"", []string{"“", "”"}},
		{".!?\"", []string{"“"}},
		{"0123456789:!?,\"", []string{"“"}},
		{"-/()", []string{"–", "—"}},
		{"-", []string{"–", "—"}},
	}
	texts := []string{"", "a", "“", "”", "\xe2\x80", "\x80\x9c", "\xf0\xe2\x80\x9c", "\xe2\xe2\x80\x9d", "abc\xff“", "12", "a.b",
		"no quotes here at all", "“quoted”", "x\xe2\x80\x9cy", "\xe2\x80x", "é“"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	hits := 0
	for _, s := range texts {
		for _, set := range sets {
			want := strings.ContainsAny(s, set.ascii+strings.Join(set.others, ""))
			if got := containsAnySplit(s, set.ascii, set.others...); got != want {
				t.Errorf("containsAnySplit(%q, %q, %q) = %v, want %v", s, set.ascii, set.others, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Error("no text holds any of the sets: the test proves nothing")
	}
}

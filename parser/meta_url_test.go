package parser

import (
	"strings"
	"testing"
)

// TestURLOnlyTrimmedSameAsTrim compares urlOnlyTrimmed with urlOnly of the
// trimmed text on edge cases (white space of every kind, Unicode spaces
// before the address, angle brackets) and every line of the test inputs
// and of the shared corpus.
func TestURLOnlyTrimmedSameAsTrim(t *testing.T) {
	texts := []string{"", " ", "http://a", " https://a.b/c ", "\v\f<http://x>\r\n", "\u00a0http://x", "\u2003 <https://x/y>",
		"h", "<", "hello", "http://", "<http://a> b", "\u0085http://a", "x http://a", "\thttps://a\t", "é http://a"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, s := range texts {
		got, gotOK := urlOnlyTrimmed(s)
		want, wantOK := urlOnly(strings.TrimSpace(s))
		if got != want || gotOK != wantOK {
			t.Errorf("urlOnlyTrimmed(%q) = %q, %v; want %q, %v", s, got, gotOK, want, wantOK)
		}
		if wantOK {
			found++
		}
	}
	if found == 0 {
		t.Error("no text is a lone address: the test proves nothing")
	}
}

// FuzzURLOnlyTrimmed compares urlOnlyTrimmed with urlOnly of the trimmed
// text on any text.
func FuzzURLOnlyTrimmed(f *testing.F) {
	for _, s := range []string{"http://a", " <https://a.b/c> ", "\u00a0http://x", "\u2003h", "hx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := urlOnlyTrimmed(s)
		if want, wantOK := urlOnly(strings.TrimSpace(s)); got != want || gotOK != wantOK {
			t.Fatalf("urlOnlyTrimmed(%q) = %q, %v; want %q, %v", s, got, gotOK, want, wantOK)
		}
	})
}

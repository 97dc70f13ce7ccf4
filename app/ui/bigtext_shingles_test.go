package ui

import (
	"strings"
	"testing"
)

// TestEachShingleMatchesShingles checks that the streamed hashes are the
// set's, for texts with Unicode spaces, invalid UTF-8 and runs of spaces.
func TestEachShingleMatchesShingles(t *testing.T) {
	for _, s := range []string{
		"", "one", "one two", "one two three", "  one\ttwo\u00a0three\u2003four\n\nfive  ",
		"bad \xff\xfe bytes \xc3 here and\u0085there",
		strings.Repeat("Acme announces the widget. ", 50),
	} {
		want := shingles(s)
		got := map[uint64]bool{}
		eachShingle(s, func(h uint64) bool { got[h] = true; return true })
		if len(got) != len(want) {
			t.Errorf("%q: %d shingles streamed, want %d", s, len(got), len(want))
		}
		for h := range want {
			if !got[h] {
				t.Errorf("%q: shingle %x not streamed", s, h)
			}
		}
	}
}

// TestShingleOverlap counts shared sequences once, from the shorter text.
func TestShingleOverlap(t *testing.T) {
	short := "the quick brown fox jumps over the lazy dog"
	long := strings.Repeat("unrelated words fill this text ", 20) + short + " " + short
	shared, n := shingleOverlap(long, short)
	if n != 7 || shared < 4 || shared > n {
		t.Errorf("shingleOverlap = %d of %d, want at least 4 of 7", shared, n)
	}
	if shared, n := shingleOverlap(short, strings.Repeat("nothing in common here at all ", 10)); shared != 0 || n != 7 {
		t.Errorf("unrelated: shingleOverlap = %d of %d, want 0 of 7", shared, n)
	}
}

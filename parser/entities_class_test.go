package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTokenClassLetsThroughWhatFindersTake checks, for every word of
// testdata and /work/shared and for the words the finders look for in
// three cases, that tokenClass sets each bit a finder tests before taking
// the word: a clear bit must mean the finder has nothing to do with it.
func TestTokenClassLetsThroughWhatFindersTake(t *testing.T) {
	words := []string{"x", "1", "2021", "20211", "É", "é", "Ärger", "ſeptember", "Mär", "märz", "août", "Août", "ᾼx"}
	for w := range monthLex.all {
		words = append(words, w)
	}
	for _, w := range speechVerbs {
		words = append(words, w)
	}
	words = append(words, introWords[:]...)
	words = append(words, "according")
	for _, w := range words[:len(words):len(words)] {
		words = append(words, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, tk := range wordTokens(line, nil) {
			words = append(words, tk.text(line))
		}
	}
	for _, w := range words {
		checkTokenClass(t, w, tokenClass(w, isASCII(w)))
		checkTokenClass(t, w, tokenClass(w, false)) // wordTokens unsure
	}
}

// checkTokenClass checks the class k of w as above.
func checkTokenClass(t *testing.T, w string, k tokClass) {
	t.Helper()
	c := w[0]
	if got, want := k&tkUpper != 0, startsUpper(w); got != want {
		t.Fatalf("tokenClass(%q) upper %v, want %v", w, got, want)
	}
	if got, want := k&tkASCIIUpper != 0, c >= 'A' && c <= 'Z'; got != want {
		t.Fatalf("tokenClass(%q) ASCII upper %v, want %v", w, got, want)
	}
	if got, want := k&tkNonASCII != 0, c >= utf8.RuneSelf; got != want {
		t.Fatalf("tokenClass(%q) non-ASCII %v, want %v", w, got, want)
	}
	if isDigitByte(c) && len(w) == 4 && k&tkYear == 0 {
		t.Fatalf("tokenClass(%q) not a year", w)
	}
	if (isMonthName(w) || foreignMonthOf(w) != 0) && k&tkMonth == 0 {
		t.Fatalf("tokenClass(%q) not a month", w)
	}
	person := inSet(speechVerbs, w) || w == "according"
	for _, iw := range introWords {
		person = person || w == iw
	}
	if person && k&tkPersonCue == 0 {
		t.Fatalf("tokenClass(%q) not a person cue", w)
	}
}

// TestTokenClassTurnsAway checks that tokenClass clears the bits of words
// no finder takes, so that the test above can fail.
func TestTokenClassTurnsAway(t *testing.T) {
	for w, want := range map[string]tokClass{"the": 0, "and": 0, "2021": tkYear, "202": 0, "Acme": tkUpper | tkASCIIUpper,
		"March": tkUpper | tkASCIIUpper | tkMonth, "said": tkPersonCue, "élan": tkNonASCII | tkMonth, "Élan": tkNonASCII | tkUpper | tkMonth} {
		if got := tokenClass(w, isASCII(w)); got != want {
			t.Errorf("tokenClass(%q) = %b, want %b", w, got, want)
		}
	}
}

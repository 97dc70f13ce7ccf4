package parser

import "testing"

// TestDigitSlashDigitFilter checks that digitSlashDigit lets through every
// text slashDateRE matches in, over edge cases and every line of the test
// inputs and the shared corpus.
func TestDigitSlashDigitFilter(t *testing.T) {
	texts := []string{"", "/", "1/", "/1", "1/2", "a/b", "03/04/2026", "x 3/4/2026", "and/or 12/25/2024.",
		"https://a.com/2024/05/x", "١/٢/٢٠٢٤", "1 / 2 / 2024", "31/12/1999"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	matched := 0
	for _, s := range texts {
		if slashDateRE.MatchString(s) {
			matched++
			if !digitSlashDigit(s) {
				t.Errorf("digitSlashDigit(%q) = false, but slashDateRE matches", s)
			}
		}
	}
	if matched == 0 {
		t.Error("slashDateRE matched no text: the test proves nothing")
	}
	for _, s := range []string{"", "/", "a/b", "1/b", "and/or", "https://x.com/a"} {
		if digitSlashDigit(s) {
			t.Errorf("digitSlashDigit(%q) = true", s)
		}
	}
}

package parser

import "testing"

// TestQuoteOrNewsIn compares quoteOrNewsIn with the expression it stands
// for, on edge cases and every line of the test inputs and shared corpus.
func TestQuoteOrNewsIn(t *testing.T) {
	texts := []string{"", "said", "xsaid", "said_", "_said", "saidx", "He said.", "SAID", "Said", "will", "willing", "goodwill",
		"today's", "todays", "1said", "é said", "saidé", "announced", "announce", "“", "”", "\"", "\xe2\x80", "ſaid", "\xffsays\xff"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	hits := 0
	for _, s := range texts {
		want := quoteOrNews.MatchString(s)
		if got := quoteOrNewsIn(s); got != want {
			t.Errorf("quoteOrNewsIn(%q) = %v, want %v", s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 100 {
		t.Errorf("only %d texts match: too few to compare on", hits)
	}
}

// TestMayTellHistory checks that mayTellHistory lets through every text
// issuerHistory matches in, on edge cases and every line of the test
// inputs and shared corpus.
func TestMayTellHistory(t *testing.T) {
	texts := []string{"", "was founded", "WAS FOUNDED", "Since 1999", "ſince 1999", "headquartered in", "pioneered the",
		"is one of the", "IS ONE OF THE", "is a leading", "is committed to", "\u212aed the"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	hits := 0
	for _, s := range texts {
		if issuerHistory.MatchString(s) {
			hits++
			if !mayTellHistory(s) {
				t.Errorf("mayTellHistory(%q) = false, but issuerHistory matches", s)
			}
		}
	}
	if hits < 10 {
		t.Errorf("only %d texts match: too few to compare on", hits)
	}
	t.Logf("%d of %d texts match", hits, len(texts))
}

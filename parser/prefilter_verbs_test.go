package parser

import (
	"strings"
	"testing"
)

// TestLastVerbEnd compares lastVerbEnd with the search it stands for,
// each verb tried at each end from the last (refLastVerbEnd), on edge
// cases and every line of the test inputs and shared corpus.
func TestLastVerbEnd(t *testing.T) {
	for _, v := range subjectVerbs {
		if len(v) < 3 {
			t.Fatalf("subject verb %q is shorter than the three bytes lastVerbEnd compares", v)
		}
	}
	texts := []string{"", "d", "ed", "today", "xtoday", "Acme today announced", "is proud", "proud", "released x", "Acme releasedd"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, s := range texts {
		want := refLastVerbEnd(s)
		if got := lastVerbEnd(s); got != want {
			t.Errorf("lastVerbEnd(%q) = %d, want %d", s, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found < 20 {
		t.Errorf("only %d texts hold a verb: too few to compare on", found)
	}
}

// refLastVerbEnd is lastVerbEnd as it was before it compared three bytes
// first.
func refLastVerbEnd(t string) int {
	for e := len(t); e > 0; e-- {
		if !subjectVerbLast[t[e-1]] {
			continue
		}
		for _, v := range subjectVerbs {
			if strings.HasSuffix(t[:e], v) {
				return e
			}
		}
	}
	return -1
}

package parser

import (
	"strings"
	"testing"
)

// TestWordFiltersHoldEveryWord checks that the hash filters in front of the
// word sets and the gazetteer never turn away a word the maps hold, in any
// case.
func TestWordFiltersHoldEveryWord(t *testing.T) {
	sets := map[string]wordList{
		"legalSuffixes": legalSuffixes, "stockExchanges": stockExchanges, "speechVerbs": speechVerbs,
		"honorifics": honorifics, "monthsAndDays": monthsAndDays, "roleWords": roleWords, "orgSuffixes": orgSuffixes,
		"orgHeads": orgHeads, "businessWords": businessWords, "labelWords": labelWords,
		"titleCaseSmallWords": titleCaseSmallWords, "orgJoinWords": orgJoinWords, "stopWords": stopWords,
	}
	for name, set := range sets {
		for _, w := range set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
				if !inWordSets(v) {
					t.Errorf("%s: inWordSets(%q) = false", name, v)
				}
			}
			if lw := strings.ToLower(w); lw == w && !inSet(set, strings.ToUpper(w)) {
				t.Errorf("%s: inSet(%q) = false", name, strings.ToUpper(w))
			}
		}
	}
	for _, w := range roleWords {
		if !isRoleWord(w) || !isRoleWord(strings.ToUpper(w)) {
			t.Errorf("isRoleWord(%q) = false", w)
		}
	}
	for w, kinds := range orgCues.all {
		if orgCue(w) != kinds || orgCue(strings.ToUpper(w)) != kinds {
			t.Errorf("orgCue(%q) = %d, want %d", w, orgCue(w), kinds)
		}
	}
	for k := range gazIndex {
		if !gazMay(k) {
			t.Errorf("gazMay(%q) = false", k)
		}
	}
}

// TestFoldHashFolds checks that foldHash gives words equal but for the
// case of their ASCII letters one hash, across its eight-byte loads, and
// refuses a word with a byte beyond ASCII.
func TestFoldHashFolds(t *testing.T) {
	for _, w := range []string{"", "a", "Ministry", "MINISTRY", "ministry", "Laboratories", "superintendent",
		"Co-Founder", "l.l.c", "O'Neil", "x@y[z]", strings.Repeat("AbC", 11)} {
		h, ok := foldHash(w)
		hl, okl := foldHash(strings.ToLower(w))
		if !ok || !okl || h != hl {
			t.Errorf("foldHash(%q) = %x, %v; of its lower case %x, %v", w, h, ok, hl, okl)
		}
	}
	for _, w := range []string{"é", "Ministryé", "MINISTRYé", "abcdefghé", "\x80"} {
		if _, ok := foldHash(w); ok {
			t.Errorf("foldHash(%q) is ok", w)
		}
	}
	if a, _ := foldHash("ministry"); a == func() uint32 { h, _ := foldHash("ministrz"); return h }() {
		t.Error("foldHash(ministry) = foldHash(ministrz)")
	}
}

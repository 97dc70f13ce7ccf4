package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// TestSpeechMatchesReference checks isSalutation and isClosing against the
// versions that lower-cased and split every text (refIsSalutation,
// refIsClosing below), over each block and line of all the texts and over
// short texts built from the words they look for.
func TestSpeechMatchesReference(t *testing.T) {
	fails, salutations, closes := 0, 0, 0
	check := func(name, s string) {
		if isSalutation(s) {
			salutations++
		}
		if isClosing(s) {
			closes++
		}
		if got, want := isSalutation(s), refIsSalutation(s); got != want {
			t.Errorf("%s: isSalutation(%q) = %v; want %v", name, s, got, want)
			fails++
		}
		if got, want := isClosing(s), refIsClosing(s); got != want {
			t.Errorf("%s: isClosing(%q) = %v; want %v", name, s, got, want)
			fails++
		}
		if fails > 20 {
			t.FailNow()
		}
	}
	for name, text := range dateTexts(t, false) {
		for k, block := range strings.Split(text, "\n\n") {
			check(fmt.Sprintf("%s block %d", name, k), strings.TrimSpace(block))
			for j, line := range strings.Split(block, "\n") {
				check(fmt.Sprintf("%s block %d line %d", name, k, j), strings.TrimSpace(line))
			}
		}
	}
	words := []string{"Good", "morning", "GOOD", "Evening", "Dear", "dear", "Madam", "Chair", "\u212Aind", "Kind",
		"regards", "Thank", "you", "thanks", "Yours", "sincerely", "İ", "Mister", "colleagues", "and", "friends",
		"Excellencies", "Distinguishedmemberscommittee", "Honourable", "Best", "Regards", "with", "best", "wishes", "ſincerely"}
	seps := []string{" ", ", ", ",", ":", "!", ".", "  ", "\t", "\v", "\u00a0", "-", "'", "é"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		n := 1 + i%9
		for k := 0; k < n; k++ {
			b.WriteString(words[(i*7+k*13+k*k*i)%len(words)])
			b.WriteString(seps[(i+k*5)%len(seps)])
		}
		check(fmt.Sprintf("built %d", i), strings.TrimRightFunc(b.String(), unicode.IsSpace))
		check(fmt.Sprintf("built %d,", i), b.String()+",")
	}
	if salutations < 100 || closes < 100 {
		t.Errorf("the texts hold %d salutations and %d closings: too few to compare on", salutations, closes)
	}
	t.Logf("%d salutations, %d closings", salutations, closes)
}

// refIsSalutation is isSalutation as it was before it read ASCII in place.
func refIsSalutation(s string) bool {
	if len(s) > 80 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "!") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	if words[0] == "good" {
		return len(words) > 1 && (words[1] == "morning" || words[1] == "afternoon" || words[1] == "evening")
	}
	return salutationWords[words[0]]
}

// refIsClosing is isClosing as it was before it lower-cased on the stack.
func refIsClosing(s string) bool {
	if len(s) > 60 || s == "" || !strings.ContainsRune("TtSsBbKkRrWwYy", rune(s[0])) {
		return false
	}
	l := strings.ToLower(strings.TrimRight(s, ".,!:; "))
	for _, c := range closings {
		if l == c || strings.HasPrefix(l, c+",") && len(strings.Fields(l)) <= 6 {
			return true
		}
	}
	return false
}

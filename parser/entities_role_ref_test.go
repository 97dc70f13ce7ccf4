package parser

import (
	"strings"
	"testing"
)

// TestRoleFollowsSameAsRef checks roleFollows against the version that
// split words with strings.IndexFunc and trimmed them with strings.Trim,
// on edge cases and on the text after every space and ", " of every line
// of testdata and /work/shared.
func TestRoleFollowsSameAsRef(t *testing.T) {
	cases := []string{"", " ", "CEO", "CEO of Acme", "the company’s chief executive", "and CEO", "who is CEO",
		"Estonia, Finland", "a, CEO", "a b c CEO", "a b c d CEO", "\u00a0CEO", "x\u2003CEO", "CEO\u0085x",
		"CEO’s", "’CEO’", "..CEO,", "s", "ss CEO", "chief.", "Chief, and", "\xe2\x80 CEO", "co-founder", "Co-Founder.",
		"director-general", strings.Repeat("x", 58) + " CEO", strings.Repeat("é", 29) + " CEO", "x\tCEO", "x\r\nCEO", "vp;"}
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	for _, line := range lines {
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				cases = append(cases, line[i+1:])
			}
		}
	}
	for _, c := range cases {
		if got, want := roleFollows(c), roleFollowsRef(c); got != want {
			t.Fatalf("roleFollows(%q) = %v, want %v", c, got, want)
		}
	}
}

// roleFollowsRef is roleFollows as it was before it read bytes.
func roleFollowsRef(s string) bool {
	notSpace := func(r rune) bool { return !isSpaceFast(r) }
	n := 0
	for rest := s[:min2(len(s), 60)]; ; {
		i := strings.IndexFunc(rest, notSpace)
		if i < 0 {
			break
		}
		f := rest[i:]
		if j := strings.IndexFunc(f, isSpaceFast); j >= 0 {
			f, rest = f[:j], f[j:]
		} else {
			rest = ""
		}
		if n++; n > 4 || n == 1 && (f == "and" || f == "or" || f == "which" || f == "who") {
			break
		}
		if isRoleWord(trimCutQuote(f, ".,;:'s")) || isRoleWord(strings.Trim(f, ".,;:")) {
			return true
		}
		if strings.ContainsAny(f, ",.;:") {
			break
		}
	}
	return false
}

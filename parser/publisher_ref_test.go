package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestDropCapsLabelMatchesReference checks dropCapsLabel against
// dropCapsLabelSplit, the split-and-join subjectPublisher ran before and
// dropCapsLabel falls back to, over each line and block of all the texts
// and over edge cases.
func TestDropCapsLabelMatchesReference(t *testing.T) {
	fails, changed := 0, 0
	check := func(name, s string) {
		got, want := dropCapsLabel(s), dropCapsLabelSplit(s)
		if got != want {
			t.Errorf("%s: dropCapsLabel(%q) = %q; want %q", name, s, got, want)
			fails++
		}
		if want != s {
			changed++
		}
		if fails > 20 {
			t.FailNow()
		}
	}
	for _, s := range []string{"", "A", "PRESS CONFERENCE Dallas County", "PRESS  CONFERENCE\tDallas  County", "ALL CAPS LINE",
		"AB CD ef", "ABC DEF", "ABC DEF gh", "ÉTÉ PRESSE Paris Office", "ABC\u00a0DEF Ghi", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 x",
		"NEWS MEDIA CONTACT Jane Doe ", "MEDIA x"} {
		check("case", s)
	}
	for name, text := range dateTexts(t, false) {
		for k, block := range strings.Split(text, "\n\n") {
			check(fmt.Sprintf("%s block %d", name, k), strings.TrimSpace(block))
			for j, line := range strings.Split(block, "\n") {
				check(fmt.Sprintf("%s block %d line %d", name, k, j), strings.TrimSpace(line))
			}
		}
	}
	if changed < 50 {
		t.Errorf("only %d texts lose a label: too few to compare on", changed)
	}
	t.Logf("%d texts lose a label", changed)
}

// FuzzDropCapsLabel checks dropCapsLabel against dropCapsLabelSplit on any
// text.
func FuzzDropCapsLabel(f *testing.F) {
	for _, s := range []string{"PRESS CONFERENCE Dallas County", "PRESS  CONFERENCE\tDallas  County", "AB CD ef", "NEWS\vMEDIA x y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dropCapsLabel(s), dropCapsLabelSplit(s); got != want {
			t.Errorf("dropCapsLabel(%q) = %q; want %q", s, got, want)
		}
	})
}

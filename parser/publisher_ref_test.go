package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestDropCapsLabelMatchesReference checks dropCapsLabel against
// refDropCapsLabel, the split-and-join it stands for, over each line and
// block of all the texts and over edge cases.
func TestDropCapsLabelMatchesReference(t *testing.T) {
	fails, changed := 0, 0
	check := func(name, s string) {
		got, want := dropCapsLabel(s), refDropCapsLabel(s)
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

// refDropCapsLabel is the code dropCapsLabel replaced in subjectPublisher.
func refDropCapsLabel(t string) string {
	if f := strings.Fields(t); len(f) > 2 && t != strings.ToUpper(t) {
		for len(f) > 1 && f[0] == strings.ToUpper(f[0]) && len(f[0]) > 2 {
			f = f[1:]
		}
		t = strings.Join(f, " ")
	}
	return t
}

package parser

import (
	"strings"
	"testing"
)

// TestFirstLetters checks that a firstLetters index leaves out no name
// that prefixFold finds at the start of a text: on each name in three
// cases and with the Kelvin sign and the long s for k and s, and on every
// line of testdata and /work/shared.
func TestFirstLetters(t *testing.T) {
	lists := [][]string{socialHostNames, socialProfileNames, {"kelvin", "such", "a", "z"}}
	for _, names := range lists {
		x := newFirstLetters(names)
		texts := []string{"", "\u212a", "\u017f", "\xff"}
		for _, name := range names {
			texts = append(texts, name, strings.ToUpper(name), strings.ToUpper(name[:1])+name[1:],
				strings.Replace(name, "k", "\u212a", 1), strings.Replace(name, "s", "\u017f", 1))
		}
		texts = append(texts, testdataLines(t)...)
		texts = append(texts, sharedLinesIfAny(t)...)
		found := 0
		for _, s := range texts {
			for i, name := range names {
				if _, ok := prefixFold(s, name); ok {
					found++
					if x.at(s)&(1<<i) == 0 {
						t.Errorf("at(%q) leaves out %q, which prefixFold finds there", s, name)
					}
				}
			}
		}
		if found == 0 {
			t.Errorf("no name of %q begins a text: the test proves nothing", names)
		}
	}
}

package parser

import "testing"

// TestCutsetLiterals checks each cutset written as a literal against
// newASCIICutset of the string its comment gives, which built it at
// start-up.
func TestCutsetLiterals(t *testing.T) {
	for _, c := range []struct {
		name   string
		set    *asciiCutset
		cutset string
	}{
		{"placeWordCut", placeWordCut, ",.()"},
		{"dateLabelCut", dateLabelCut, " :"},
		{"contactLineCut", contactLineCut, "*_ "},
		{"orgNameCut", orgNameCut, "*_[]() "},
		{"closingCut", closingCut, ".,!:; "},
		{"cueTextCut", cueTextCut, "[]*_"},
		{"mailQuote", mailQuote, "*> "},
		{"mailStars", mailStars, "* "},
		{"mailRule", mailRule, "-_*=> "},
	} {
		if *c.set != *newASCIICutset(c.cutset) {
			t.Errorf("%s is not the cutset %q", c.name, c.cutset)
		}
	}
}

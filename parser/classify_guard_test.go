package parser

import (
	"strings"
	"testing"
)

// TestMayBeImageOnly checks that mayBeImageOnly turns away no text that
// imageOnly matches, on edge cases and every line, and pair of lines, of
// testdata and /work/shared.
func TestMayBeImageOnly(t *testing.T) {
	texts := []string{"", "![logo](a.png)", " \t![a](b) [](c)", "[![a](b)](c)", "[ ](x)", "\v![a](b)", "\u00a0![a](b)",
		"![a](b) contact information:", "text ![a](b)", "\n[](x)"}
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	texts = append(texts, lines...)
	for i := 0; i+1 < len(lines); i++ {
		texts = append(texts, lines[i]+"\n"+lines[i+1])
	}
	matched := 0
	for _, s := range texts {
		if imageOnly.get().MatchString(s) {
			matched++
			if !mayBeImageOnly(s) {
				t.Errorf("mayBeImageOnly(%q) = false, but imageOnly matches it", s)
			}
		}
	}
	if matched < 5 {
		t.Errorf("imageOnly matched %d texts: too few to compare on", matched)
	}
}

// FuzzASCIICutset checks each cutset's trim, trimLeft and trimRight
// against strings.Trim, strings.TrimLeft and strings.TrimRight with its
// cutset, on any text.
func FuzzASCIICutset(f *testing.F) {
	for _, s := range []string{"", "(Paris),", "**Acme Inc.**", " : ", "Sincerely,", "é(x)é", "\xff,.", "[Acme]"} {
		f.Add(s)
	}
	cuts := map[string]*asciiCutset{",.()": placeWordCut, " :": dateLabelCut, "*_ ": contactLineCut, "*_[]() ": orgNameCut, ".,!:; ": closingCut,
		"[]*_": cueTextCut, "*> ": mailQuote, "* ": mailStars, "-_*=> ": mailRule}
	f.Fuzz(func(t *testing.T, s string) {
		for cutset, set := range cuts {
			if got, want := set.trim(s), strings.Trim(s, cutset); got != want {
				t.Fatalf("trim(%q) with %q = %q; want %q", s, cutset, got, want)
			}
			if got, want := set.trimLeft(s), strings.TrimLeft(s, cutset); got != want {
				t.Fatalf("trimLeft(%q) with %q = %q; want %q", s, cutset, got, want)
			}
			if got, want := set.trimRight(s), strings.TrimRight(s, cutset); got != want {
				t.Fatalf("trimRight(%q) with %q = %q; want %q", s, cutset, got, want)
			}
		}
	})
}

// shapeTexts returns edge cases of separator lines and page numbers, and
// every line of testdata and /work/shared.
func shapeTexts(t *testing.T) []string {
	texts := []string{"", "---", "– – –", "* * *", "•·•", "\\/", "-- a --", "=\xff=", "— 2 —", "Page 2 of 3", "(1)", "[ 12 ]",
		"page\t3", "- 2 -", "\u00a0- 2 -", "PAGE 1", "p", "(", "–", "—", "a"}
	return append(append(texts, testdataLines(t)...), sharedLinesIfAny(t)...)
}

// TestShapeGuards checks onlyRuleRunes against strings.Trim and that
// mayBePageNumber turns away no text pageNumber matches.
func TestShapeGuards(t *testing.T) {
	pages := 0
	for _, s := range shapeTexts(t) {
		if got, want := onlyRuleRunes(s), strings.Trim(s, ruleRunes) == ""; got != want {
			t.Errorf("onlyRuleRunes(%q) = %v; want %v", s, got, want)
		}
		if pageNumber.get().MatchString(s) {
			pages++
			if !mayBePageNumber(s) {
				t.Errorf("mayBePageNumber(%q) = false, but pageNumber matches it", s)
			}
		}
	}
	if pages < 5 {
		t.Errorf("pageNumber matched %d texts: too few to compare on", pages)
	}
}

// FuzzShapeGuards checks onlyRuleRunes and mayBePageNumber on any text.
func FuzzShapeGuards(f *testing.F) {
	for _, s := range []string{"---", "— 2 —", "Page 2 of 3", "(1)", "=\xff="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := onlyRuleRunes(s), strings.Trim(s, ruleRunes) == ""; got != want {
			t.Fatalf("onlyRuleRunes(%q) = %v; want %v", s, got, want)
		}
		if pageNumber.get().MatchString(s) && !mayBePageNumber(s) {
			t.Fatalf("mayBePageNumber(%q) = false, but pageNumber matches it", s)
		}
	})
}

// TestMayHoldTicker checks that mayHoldTicker turns away no text tickerRE
// matches, on edge cases and every line of testdata and /work/shared.
func TestMayHoldTicker(t *testing.T) {
	texts := []string{"", "(", "(N", "Acme (NYSE: ACME) is a maker", "Acme (Nasdaq: X) is the x", "(OTCQB: X) is an x",
		"(TSX-V: Y) is a x", "(CSE: Z) is an x", "(LSE: A) is a x", "(ASX: B) is the x", "(AMEX: C) is an x", "((NYSE: D) is a x",
		"(nyse: x) is a x", "a (b) (NYSE) is a x", "(TSXV) is an\tx"}
	texts = append(append(texts, testdataLines(t)...), sharedLinesIfAny(t)...)
	matched := 0
	for _, s := range texts {
		if tickerRE.get().MatchString(s) {
			matched++
			if !mayHoldTicker(s) {
				t.Errorf("mayHoldTicker(%q) = false, but tickerRE matches it", s)
			}
		}
	}
	if matched < 8 {
		t.Errorf("tickerRE matched %d texts: too few to compare on", matched)
	}
}

// FuzzMayHoldTicker checks on any text that mayHoldTicker turns away no
// text tickerRE matches.
func FuzzMayHoldTicker(f *testing.F) {
	for _, s := range []string{"Acme (NYSE: ACME) is a maker", "(OTCQB: X) is an x", "(("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if tickerRE.get().MatchString(s) && !mayHoldTicker(s) {
			t.Fatalf("mayHoldTicker(%q) = false, but tickerRE matches it", s)
		}
	})
}

// TestMayHoldPageTitleSep checks that mayHoldPageTitleSep turns away no
// text pageTitleSep matches in, on edge cases and every line of testdata
// and /work/shared.
func TestMayHoldPageTitleSep(t *testing.T) {
	texts := []string{"", "a | b", "a - b", "a – b", "a — b", "a :: b", "a » b", "a : b", "a\t|\tb", "a || b", "a -b"}
	texts = append(append(texts, testdataLines(t)...), sharedLinesIfAny(t)...)
	matched := 0
	for _, s := range texts {
		if pageTitleSep.get().MatchString(s) {
			matched++
			if !mayHoldPageTitleSep(s) {
				t.Errorf("mayHoldPageTitleSep(%q) = false, but pageTitleSep matches in it", s)
			}
		}
	}
	if matched < 6 {
		t.Errorf("pageTitleSep matched in %d texts: too few to compare on", matched)
	}
}

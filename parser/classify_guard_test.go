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

// FuzzASCIICutset checks each cutset's trim and trimRight against
// strings.Trim and strings.TrimRight with its cutset, on any text.
func FuzzASCIICutset(f *testing.F) {
	for _, s := range []string{"", "(Paris),", "**Acme Inc.**", " : ", "Sincerely,", "é(x)é", "\xff,.", "[Acme]"} {
		f.Add(s)
	}
	cuts := map[string]*asciiCutset{",.()": placeWordCut, " :": dateLabelCut, "*_ ": contactLineCut, "*_[]() ": orgNameCut, ".,!:; ": closingCut}
	f.Fuzz(func(t *testing.T, s string) {
		for cutset, set := range cuts {
			if got, want := set.trim(s), strings.Trim(s, cutset); got != want {
				t.Fatalf("trim(%q) with %q = %q; want %q", s, cutset, got, want)
			}
			if got, want := set.trimRight(s), strings.TrimRight(s, cutset); got != want {
				t.Fatalf("trimRight(%q) with %q = %q; want %q", s, cutset, got, want)
			}
		}
	})
}

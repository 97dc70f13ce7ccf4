package parser

import "testing"

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

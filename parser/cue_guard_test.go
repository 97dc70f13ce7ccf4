package parser

import (
	"strings"
	"testing"
)

// releaseLabelTexts returns labels releaseLabelRE matches, in several
// cases and with the odd folds, near misses, and every line and pair of
// lines of testdata and /work/shared.
func releaseLabelTexts(t *testing.T) []string {
	texts := []string{"", "PRESS RELEASE", "For Immediate Release:", "EMBARGOED UNTIL 10:00 GMT, 3 March", "Embargoed until\nnews",
		"embargoed until x\nfoo", "COMMUNIQUÉ DE PRESSE", "Communiqué de presse", "communique", "PRESSE-INFORMATION", "Pressemitteilung —",
		"news | press | media release", "newspress", "NEWS  –  PRESS", "Nota de prensa", "Comunicato stampa.", "Persbericht",
		"pre\u017f\u017f release", "PRE\u017fS", "Newsroom: https://example.com", "Media contact: Jane", "Press Release 12", "News, press",
		"tiedote", "Joint Statement", "joint news statement", "\tnews\n", "news\xff", "embargoed", "EMBARGOED\u212a", "news/press"}
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	texts = append(texts, lines...)
	for i := 0; i+1 < len(lines); i++ {
		texts = append(texts, lines[i]+"\n"+lines[i+1])
	}
	return texts
}

// TestReleaseLabelMay checks that releaseLabelMay turns away no text
// releaseLabelRE matches, and turns some away.
func TestReleaseLabelMay(t *testing.T) {
	re := releaseLabelRE.get()
	matched, turned := 0, 0
	for _, s := range releaseLabelTexts(t) {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s)} {
			may := releaseLabelMay(v)
			if !may {
				turned++
			}
			if re.MatchString(v) {
				matched++
				if !may {
					t.Errorf("releaseLabelMay(%q) = false, but releaseLabelRE matches it", v)
				}
			}
		}
	}
	if matched < 20 || turned < 100 {
		t.Errorf("releaseLabelRE matched %d texts and releaseLabelMay turned %d away: too few to compare on", matched, turned)
	}
}

// FuzzReleaseLabelMay checks, on any text, that releaseLabelMay turns
// away no text releaseLabelRE matches.
func FuzzReleaseLabelMay(f *testing.F) {
	for _, s := range []string{"PRESS RELEASE", "Embargoed until noon", "Communiqué de presse", "news:press", "pre\u017f\u017f"} {
		f.Add(s)
	}
	re := releaseLabelRE.get()
	f.Fuzz(func(t *testing.T, s string) {
		if re.MatchString(s) && !releaseLabelMay(s) {
			t.Fatalf("releaseLabelMay(%q) = false, but releaseLabelRE matches it", s)
		}
	})
}

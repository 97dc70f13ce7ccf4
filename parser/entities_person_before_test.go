package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestPersonBeforeSameAsRef checks personBefore, which turns a word away
// when no name can end with the word before it, against the version that
// tried every start, at every word of testdata, /work/shared and texts of
// names with apostrophes, hyphens and suffixes.
func TestPersonBeforeSameAsRef(t *testing.T) {
	texts := dateTexts(t, false)
	for i, name := range []string{"John Ab''cd", "Mary Smith-Jones", "J. Smith jr", "Ann O'neil", "Ann O’Neil", "Tom Li-wei",
		"Jo Ann-", "Ann Lee III", "Bo Diddley Sr.", "(Jane Doe", "participating States", "Élodie Brun", "Ǆemal Bijedić"} {
		texts[fmt.Sprint("names ", i)] = strings.Join([]string{name, "said", ", " + name + " says", name + "\nnoted"}, " ")
	}
	found, lowerLast := 0, 0 // names found; of them, ending in a word not capitalised
	for name, s := range texts {
		toks := wordTokens(s, nil)
		for i := range toks {
			gs, gn := personBefore(s, toks, i)
			ws, wn := refPersonBefore(s, toks, i)
			if gs != ws || gn != wn {
				t.Errorf("%s: personBefore at %q = %d %q, want %d %q", name, toks[i].text(s), gs, gn, ws, wn)
			}
			if wn != "" {
				found++
				if toks[i-1].cls&tkUpper == 0 {
					lowerLast++
				}
			}
		}
	}
	if found == 0 || lowerLast == 0 {
		t.Errorf("the texts hold %d names before a word, %d ending in a word not capitalised: too few to compare", found, lowerLast)
	}
}

// refPersonBefore is personBefore as it was, trying every start.
func refPersonBefore(s string, toks []wordTok, i int) (int, string) {
	if i == 0 || s[toks[i-1].end:toks[i].start] != " " {
		return 0, ""
	}
	for j := max(0, i-4); j < i; j++ {
		if j > 0 && j > i-4 && s[toks[j-1].end:toks[j].start] == " " && nameWord(toks[j-1].text(s), 0) {
			continue
		}
		name := personAt(s, toks[j].start, 2)
		if name != "" && toks[j].start+len(name) == toks[i-1].end {
			return toks[j].start, name
		}
	}
	return 0, ""
}

package parser

import (
	"sort"
	"strings"
	"testing"
)

// TestWordListLookupsSameAsMap checks has and hasLower (and index, against
// sort.SearchStrings) against the maps
// the word lists were before (wordMap, inLower) for every list and every
// word of the lists in three cases and cut short, every word of testdata
// and /work/shared, and words beyond ASCII that lower-case to ASCII.
func TestWordListLookupsSameAsMap(t *testing.T) {
	lists, err := wordListsInSource()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "BAN\u212A", "ban\u212a", "\u212Aey", "É", "ceo\u0301"}
	for _, l := range lists {
		for _, w := range l {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w+"s", " "+w)
		}
	}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		words = append(words, strings.Fields(line)...)
	}
	for name, words0 := range lists {
		l := wordList(words0)
		m := wordMap(l)
		for _, w := range words {
			if got, want := l.has(w), m[w]; got != want {
				t.Errorf("%s.has(%q) = %v, want %v", name, w, got, want)
			}
			if i, ok := l.index(w); i != sort.SearchStrings(l, w) || ok != m[w] {
				t.Errorf("%s.index(%q) = %d, %v, want %d, %v", name, w, i, ok, sort.SearchStrings(l, w), m[w])
			}
			if got, want := l.hasLower(w), inLower(m, w); got != want {
				t.Errorf("%s.hasLower(%q) = %v, want %v", name, w, got, want)
			}
		}
	}
}

// TestOrgCueSameAsMap checks orgCue, which looks words up in orgCues by
// their foldHash, against the map orgCues was (buildOrgCues) for every cue
// word in three cases, cut and lengthened, and every word of testdata and
// /work/shared.
func TestOrgCueSameAsMap(t *testing.T) {
	m := buildOrgCues()
	var words []string
	for w := range m {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w+"s", w+".", "x"+w)
	}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, tk := range wordTokens(line, nil) {
			words = append(words, tk.text(line))
		}
		words = append(words, strings.Fields(line)...)
	}
	for _, w := range words {
		b := []byte(w)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got, want := orgCue(w), m[string(b)]; got != want {
			t.Errorf("orgCue(%q) = %d, want %d", w, got, want)
		}
	}
}

// FuzzWordListIndex checks index against sort.SearchStrings on a list of
// any words and any word.
func FuzzWordListIndex(f *testing.F) {
	f.Add("alpha beta gamma", "beta")
	f.Add("a ab abc b", "")
	f.Add("x", "\xff")
	f.Fuzz(func(t *testing.T, list, w string) {
		l := strings.Split(list, " ")
		sort.Strings(l)
		i, ok := wordList(l).index(w)
		want := sort.SearchStrings(l, w)
		if i != want || ok != (want < len(l) && l[want] == w) {
			t.Errorf("index(%q) in %q = %d, %v, want %d", w, l, i, ok, want)
		}
	})
}

package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestGazCandidatesSameAsRef checks that gazCandidates finds, in order, the
// forms the index buildGazetteerRef builds holds, each the same word by
// word, separator by separator and flag by flag: for every key, in
// capitals, in lower case, with an s and cut short, and for every word of
// testdata and /work/shared.
func TestGazCandidatesSameAsRef(t *testing.T) {
	idx := buildGazetteerRef()
	var words []string
	for k := range idx {
		words = append(words, k, strings.ToLower(k), strings.ToUpper(k), k+"s", k[:len(k)-1])
	}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, tk := range wordTokens(line, nil) {
			words = append(words, tk.text(line))
		}
	}
	found := map[string]bool{}
	for _, w := range words {
		got, want := gazCandidates(w), idx[w]
		if len(got) != len(want) {
			t.Fatalf("gazCandidates(%q) = %d forms, want %d", w, len(got), len(want))
		}
		if len(want) > 0 {
			found[w] = true
		}
		for i, c := range got {
			if g := gazPhraseRef(&gazPhrases[c]); !samePhrase(g, want[i]) {
				t.Errorf("gazCandidates(%q)[%d] = %+v, want %+v", w, i, g, *want[i])
			}
		}
	}
	if len(found) != len(idx) || len(gazEntries) != len(idx) {
		t.Errorf("%d keys found, %d entries; want the %d keys of the index", len(found), len(gazEntries), len(idx))
	}
}

// gazPhraseRef spells out p as the builders made it.
func gazPhraseRef(p *gazPhrase) refGazPhrase {
	r := refGazPhrase{
		dot:     p.flags&gazDot != 0,
		article: p.flags&gazArticle != 0,
		comma:   p.flags&gazComma != 0,
		caps:    p.flags&gazCaps != 0,
		kind:    EntityKind(p.kind),
		value:   p.valueText(),
	}
	for k := range int(p.n) {
		if k > 0 {
			r.seps = append(r.seps, p.sep(k))
		}
		r.words = append(r.words, p.word(k))
		r.upper = append(r.upper, p.upper(k))
	}
	return r
}

// samePhrase reports whether g and w are the same form.
func samePhrase(g refGazPhrase, w *refGazPhrase) bool {
	return slices.Equal(g.words, w.words) && slices.Equal(g.upper, w.upper) && slices.Equal(g.seps, w.seps) &&
		g.dot == w.dot && g.article == w.article && g.comma == w.comma && g.caps == w.caps &&
		g.kind == w.kind && g.value == w.value
}

// TestAppendGazetteerSameAsRef checks that appendGazetteer over the
// generated tables finds what the matcher over the built index found, on
// every line of testdata and /work/shared and on every form of the
// gazetteer written alone, after a comma, with "the", in capitals, with a
// possessive and beside other words.
func TestAppendGazetteerSameAsRef(t *testing.T) {
	idx, order := gazetteerRef()
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	for _, p := range order {
		var b strings.Builder
		for k, w := range p.words {
			if k > 0 {
				b.WriteString(p.seps[k-1])
			}
			b.WriteString(w)
		}
		if p.dot {
			b.WriteByte('.')
		}
		f := b.String()
		lines = append(lines, f, "in "+f+" today", "Dallas, "+f, "the "+f+" and", strings.ToUpper(f)+" NEWS",
			f+"’s plan", f+"'s", "New "+f, f+" Street", "@"+f, f+"$", "LET "+strings.ToUpper(f)+" KNOW")
	}
	for _, line := range lines {
		toks := wordTokens(line, nil)
		got, want := appendGazetteer(nil, line, toks), appendGazetteerRef(idx, nil, line, toks)
		if !slices.Equal(got, want) {
			t.Errorf("appendGazetteer(%q) = %v, want %v", line, got, want)
		}
	}
}

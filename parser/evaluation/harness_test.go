package evaluation

import (
	"strings"
	"testing"

	"pressmark/parser"
)

func TestTargetVerdicts(t *testing.T) {
	for _, c := range []struct {
		t    target
		want string
	}{
		{target{name: "f1", value: 0.97, goal: 0.97}, "PASS"},
		{target{name: "f1", value: 0.969, goal: 0.97}, "MISS"},
		{target{name: "leak", value: 0.02, goal: 0.02, atMost: true}, "PASS"},
		{target{name: "leak", value: 0.03, goal: 0.02, atMost: true}, "MISS"},
	} {
		if got := c.t.String(); !strings.HasSuffix(got, c.want) {
			t.Errorf("%+v prints %q, want a %s", c.t, got, c.want)
		}
	}
}

func TestCorpusTotals(t *testing.T) {
	g := &gold{Title: ptr("Acme buys Widget"), Body: []string{"Acme bought Widget.", "It was big."},
		Boilerplate: []string{"About Acme", "###"}}
	perfect := evalDoc("001", g, outcome{rel: &parser.Release{Title: "ACME BUYS WIDGET"},
		blocks: []string{"Acme bought Widget.", "It was big."}})
	leaky := evalDoc("002", g, outcome{rel: &parser.Release{Title: "Other"},
		blocks: []string{"Acme bought Widget. It was big.", "About Acme"}})
	res := &corpusResult{Docs: []docResult{perfect, leaky}}
	tt := totals(res)
	if tt.exact != 2 || tt.paragraphs != 4 {
		t.Errorf("exact %d/%d, want 2/4", tt.exact, tt.paragraphs)
	}
	if tt.leaked != 1 || tt.snippets != 4 {
		t.Errorf("leaked %d/%d, want 1/4", tt.leaked, tt.snippets)
	}
	if tt.fields[fieldTitle] != 1 || tt.fields[fieldPublisher] != 2 {
		t.Errorf("title right %d, publisher right %d; want 1 and 2 (null gold, empty output)",
			tt.fields[fieldTitle], tt.fields[fieldPublisher])
	}
	if w := worst(res, 1); len(w) != 1 || w[0].ID != "002" {
		t.Errorf("worst = %+v, want 002 first", w)
	}
	none := evalDoc("003", &gold{Body: []string{"x"}}, outcome{rel: &parser.Release{}, blocks: []string{"x"}})
	if d := defect(none); d != 0 {
		t.Errorf("defect of a perfect document without boilerplate = %v, want 0", d)
	}
	if f := perfect.Body.f1(); f != 1 {
		t.Errorf("perfect body F1 = %v", f)
	}
}

func TestFirstDifference(t *testing.T) {
	for _, c := range []struct{ got, want, has string }{
		{"same  text", "same text", "identical"},
		{"Short.", "Short. And more.", "block ends at 6"},
		{"Longer. Extra.", "Longer.", "gold ends at 7"},
		{`He said "hi".`, "He said “hi”.", "at 8:"},
	} {
		if got := firstDifference(c.got, c.want); !strings.Contains(got, c.has) {
			t.Errorf("firstDifference(%q, %q) = %q, want it to contain %q", c.got, c.want, got, c.has)
		}
	}
	for _, c := range []struct {
		name, p string
		blocks  []string
		want    string
	}{
		{"most alike", "the cat sat", []string{"a dog ran", "the cat sat down", "cat"}, "the cat sat down"},
		{"shared start wins", "A long opening sentence that was split (in two) here.",
			[]string{"(in two) here.", "A long opening sentence that was split"}, "A long opening sentence that was split"},
		{"nothing shared", "alpha", []string{"beta"}, ""},
	} {
		if got := nearest(c.p, c.blocks); got != c.want {
			t.Errorf("%s: nearest = %q, want %q", c.name, got, c.want)
		}
	}
}

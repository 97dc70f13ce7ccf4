package annotate

import (
	"testing"

	"pressmark/parser"
)

func TestSuggestions(t *testing.T) {
	lib, d := testLibrary(t)
	var h History
	rel := fakeRelease(release)
	ent := func(k parser.EntityKind, q string) parser.Entity {
		s, e := span(t, release, q)
		return parser.Entity{Kind: k, Text: q, Start: s, End: e}
	}
	rel.Entities = []parser.Entity{
		ent(parser.EntityPerson, "Jane Doe"),
		ent(parser.EntityCountry, "France"),
		ent(parser.EntityPlace, "Lyon"),
		ent(parser.EntityMoney, "€120 million"),
		ent(parser.EntityCountry, "European"), // a poor one, to reject
	}
	got := lib.Suggestions(d.ID, rel)
	if len(got) != 5 || got[0].Text != "Lyon" {
		t.Fatalf("suggestions %+v, want 5 in document order", got)
	}
	// Accept all countries but the poor one, reject it.
	var countries []Suggestion
	for _, s := range got {
		if s.Kind == parser.EntityCountry && s.Text != "European" {
			countries = append(countries, s)
		}
	}
	cs, err := lib.AcceptSuggestions(d.ID, countries, t0)
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Do(lib, cs...)
	var rj Change
	for _, s := range got {
		if s.Text == "European" {
			rj, _ = lib.RejectSuggestions(d.ID, []Suggestion{s}, t0)
		}
	}
	_ = h.Do(lib, rj)
	left := lib.Suggestions(d.ID, rel)
	if len(left) != 3 {
		t.Fatalf("after accepting and rejecting: %+v", left)
	}
	for _, s := range left {
		if s.Text == "France" || s.Text == "European" {
			t.Errorf("%q offered again", s.Text)
		}
	}
	a := lib.Doc(d.ID).Attached()
	if len(a) != 1 || a[0].LabelID != "place" || a[0].Selector.Exact != "France" {
		t.Errorf("accepted: %+v", a)
	}
	// A release of another text suggests nothing.
	if s := lib.Suggestions(d.ID, fakeRelease("Other")); s != nil {
		t.Errorf("stale release: %+v", s)
	}
}

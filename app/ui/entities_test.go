package ui

import (
	"testing"

	"pressmark/parser"
)

func TestGroupEntities(t *testing.T) {
	ents := []parser.Entity{
		{Kind: parser.EntityCountry, Text: "France", Start: 10, End: 16},
		{Kind: parser.EntityDate, Text: "4 November", Start: 3, End: 13},
		{Kind: parser.EntityCountry, Text: "Spain", Start: 20, End: 25},
		{Kind: parser.EntityCountry, Text: "france", Start: 40, End: 46},
		{Kind: parser.EntityCountry, Text: "  ", Start: 50, End: 52},
	}
	groups := groupEntities(ents)
	if len(groups) != 2 {
		t.Fatalf("got %d groups, want 2: %+v", len(groups), groups)
	}
	if groups[0].Kind != parser.EntityDate || groups[1].Kind != parser.EntityCountry {
		t.Errorf("groups not in kind order: %v, %v", groups[0].Kind, groups[1].Kind)
	}
	c := groups[1]
	if c.Total != 3 || len(c.Items) != 2 {
		t.Fatalf("countries: total %d, items %d; want 3 and 2", c.Total, len(c.Items))
	}
	if c.Items[0].Text != "France" || c.Items[0].Count != 2 || c.Items[0].First.Start != 10 {
		t.Errorf("France merged wrongly: %+v", c.Items[0])
	}
	if c.Items[1].Text != "Spain" || c.Items[1].Count != 1 {
		t.Errorf("Spain: %+v", c.Items[1])
	}
	if got := groupEntities(nil); len(got) != 0 {
		t.Errorf("groupEntities(nil) = %v", got)
	}
}

package parser

import (
	"testing"
	"unicode/utf8"
)

func TestAssembleCodePoints(t *testing.T) {
	src := "# Zürich – “Grüße” für alle\n\nDer Bürgermeister sagte: [Grüezi](https://zuerich.example) 😀 und mehr.\n\nZweiter Absatz über Straße."
	rel, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(rel.Text)
	if len(rel.Blocks) == 0 {
		t.Fatal("no blocks")
	}
	for _, b := range rel.Blocks {
		if string(text[b.Start:b.End]) != b.Text {
			t.Errorf("Text[%d:%d] = %q, want %q", b.Start, b.End, string(text[b.Start:b.End]), b.Text)
		}
		for _, l := range b.Links {
			if string(text[l.Start:l.End]) != "Grüezi" || l.URL != "https://zuerich.example" {
				t.Errorf("link %+v covers %q", l, string(text[l.Start:l.End]))
			}
		}
	}
	if n := utf8.RuneCountInString(rel.Text); rel.Blocks[len(rel.Blocks)-1].End != n {
		t.Errorf("last block ends at %d, text has %d code points", rel.Blocks[len(rel.Blocks)-1].End, n)
	}
	if len(rel.Links) != 1 {
		t.Errorf("Release.Links = %v, want the one link", rel.Links)
	}
	for _, e := range checkRelease([]byte(src), rel) {
		t.Error(e)
	}
}

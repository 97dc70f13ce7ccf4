package parser

import "testing"

func TestCollapse(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"plain text", "plain text", false},
		{"  edges  ", "edges", false},
		{"a  b", "a b", true},
		{"a\u00a0b", "a b", true},
		{"a \u00a0\tb\u2009c", "a b c", true},
		{"soft\u00adhyphen", "softhyphen", true},
		{"\ufeffBOM", "BOM", false},
	}
	for _, tt := range tests {
		got, _, changed := collapse(tt.in, nil)
		if got != tt.want || changed != tt.changed {
			t.Errorf("collapse(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
	text, links, _ := collapse("see   the\u00a0 site  now", []Link{{Start: 6, End: 16}})
	if got := text[links[0].Start:links[0].End]; got != "the site" {
		t.Errorf("link after collapse covers %q, want %q", got, "the site")
	}
}

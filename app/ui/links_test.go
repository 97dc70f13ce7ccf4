package ui

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"pressmark/parser"
)

// block builds a block starting at code point start of Release.Text, with
// links given as (visible text, URL) located by searching the block's text.
func block(start int, text string, links ...[2]string) parser.Block {
	b := parser.Block{Text: text, Start: start, End: start + utf8.RuneCountInString(text)}
	rs := []rune(text)
	for _, l := range links {
		lr := []rune(l[0])
		for i := 0; i+len(lr) <= len(rs); i++ {
			if string(rs[i:i+len(lr)]) == l[0] {
				b.Links = append(b.Links, parser.Link{Text: l[0], URL: l[1], Start: start + i, End: start + i + len(lr)})
				break
			}
		}
	}
	return b
}

func TestLinkRuns(t *testing.T) {
	tests := []struct {
		name string
		b    parser.Block
		want []run
	}{
		{"no links", block(10, "Plain text."), []run{{Text: "Plain text."}}},
		{
			"link in the middle",
			block(5, "See our site for more.", [2]string{"our site", "https://example.com"}),
			[]run{{Text: "See "}, {Text: "our site", URL: "https://example.com"}, {Text: " for more."}},
		},
		{
			"emoji and accents before the link count as code points",
			block(40, "🚀 Équipe café — read the rapport now", [2]string{"rapport", "https://example.fr/r"}),
			[]run{{Text: "🚀 Équipe café — read the "}, {Text: "rapport", URL: "https://example.fr/r"}, {Text: " now"}},
		},
		{
			"link at the start and at the end",
			block(0, "Acme bought Widgets", [2]string{"Acme", "https://acme.test"}, [2]string{"Widgets", "mailto:w@widgets.test"}),
			[]run{{Text: "Acme", URL: "https://acme.test"}, {Text: " bought "}, {Text: "Widgets", URL: "mailto:w@widgets.test"}},
		},
		{
			"javascript URL stays text",
			block(0, "Click here now", [2]string{"here", "javascript:alert(1)"}),
			[]run{{Text: "Click here now"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkRuns(tt.b); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("linkRuns() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLinkRunsRecoversFromBadOffsets(t *testing.T) {
	// Offsets given in bytes instead of code points land past "café" by two.
	b := parser.Block{Text: "café and more info here", Start: 100}
	b.Links = []parser.Link{{Text: "info", URL: "https://x.test", Start: 100 + 16, End: 100 + 20}}
	want := []run{{Text: "café and more "}, {Text: "info", URL: "https://x.test"}, {Text: " here"}}
	if got := linkRuns(b); !reflect.DeepEqual(got, want) {
		t.Errorf("linkRuns() = %q, want %q", got, want)
	}
}

func TestLinkRunsSkipsOverlapsAndMissingText(t *testing.T) {
	b := block(0, "one two three", [2]string{"one two", "https://a.test"})
	b.Links = append(b.Links,
		parser.Link{Text: "two", URL: "https://b.test", Start: 4, End: 7},      // overlaps the first
		parser.Link{Text: "absent", URL: "https://c.test", Start: 90, End: 96}, // out of range, not in text
		parser.Link{Text: "", URL: "https://d.test", Start: 8, End: 3},         // empty and inverted
	)
	want := []run{{Text: "one two", URL: "https://a.test"}, {Text: " three"}}
	if got := linkRuns(b); !reflect.DeepEqual(got, want) {
		t.Errorf("linkRuns() = %q, want %q", got, want)
	}
	// Whatever the links, the runs always spell the block's text.
	var s string
	for _, r := range linkRuns(b) {
		s += r.Text
	}
	if s != b.Text {
		t.Errorf("runs spell %q, want %q", s, b.Text)
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.com/a?b=c", true},
		{"http://example.com", true},
		{"  HTTPS://EXAMPLE.COM  ", true},
		{"mailto:press@example.com", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"vbscript:msgbox", false},
		{"/relative/path", false},
		{"#", false},
		{"https://", false},
		{"tel:+441234", false},
		{"", false},
		{"mailto:", false},
	}
	for _, tt := range tests {
		if got := safeURL(tt.url); got != tt.want {
			t.Errorf("safeURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

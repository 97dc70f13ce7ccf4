package ui

import (
	"encoding/json"
	"strings"
	"testing"

	"pressmark/parser"
)

func exportSample() *parser.Release {
	r := testRelease("Acme <Widgets> & Co. ship 2.0", []parser.Block{
		para("LONDON — Acme today shipped *Widgets* 2.0, see the notes."),
		{Kind: parser.BlockHeading, Level: 2, Text: "Highlights"},
		item("Faster"),
		item("Cheaper"),
		{Kind: parser.BlockQuote, Text: "“We are thrilled,” said Ana Núñez."},
		para("1. Not a list, just a number."),
	}, [2]string{"the notes", "https://acme.test/notes_(v2)"})
	r.Subtitle = "A new release"
	r.Published = "2021-11-18"
	r.Publisher = "Acme"
	r.URL = "https://acme.test/news/widgets_2"
	return r
}

func TestReleaseMarkdown(t *testing.T) {
	got := releaseMarkdown(exportSample())
	want := `# Acme \<Widgets> & Co. ship 2.0

_A new release_

- **Published:** 18 November 2021
- **Publisher:** Acme
- **Source:** <https://acme.test/news/widgets_2>

LONDON — Acme today shipped \*Widgets\* 2.0, see [the notes](https://acme.test/notes_%28v2%29).

## Highlights

- Faster
- Cheaper

> “We are thrilled,” said Ana Núñez.

1\. Not a list, just a number.
`
	if got != want {
		t.Errorf("releaseMarkdown() =\n%s\nwant\n%s", got, want)
	}
}

func TestReleaseText(t *testing.T) {
	got := releaseText(exportSample())
	want := `Acme <Widgets> & Co. ship 2.0

A new release

Published: 18 November 2021
Publisher: Acme
Source: https://acme.test/news/widgets_2

LONDON — Acme today shipped *Widgets* 2.0, see the notes.

Highlights

• Faster
• Cheaper

    “We are thrilled,” said Ana Núñez.

1. Not a list, just a number.
`
	if got != want {
		t.Errorf("releaseText() =\n%s\nwant\n%s", got, want)
	}
}

func TestReleaseJSONMatchesTheCLI(t *testing.T) {
	r := exportSample()
	got, err := releaseJSON(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, `"title": "Acme <Widgets> & Co. ship 2.0"`) {
		t.Errorf("HTML is escaped or the indent is not two spaces:\n%s", got[:200])
	}
	if !strings.HasPrefix(got, "{\n  \"schema\": 1,") || !strings.HasSuffix(got, "}\n") {
		t.Errorf("unexpected framing:\n%s", got)
	}
	var back parser.Release
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
	if back.Text != r.Text || len(back.Blocks) != len(r.Blocks) || back.Blocks[0].Links[0] != r.Blocks[0].Links[0] {
		t.Errorf("round trip lost data: %+v", back)
	}
}

func TestExportName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Response by Belarus to the Vienna Mechanism: joint statement", "response-by-belarus-to-the-vienna-mechanism-joint-statement.md"},
		{"  Café Ümlaut — 2021!  ", "café-ümlaut-2021.md"},
		{"!!!", "release.md"},
		{"", "release.md"},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 12), "-") + ".md"},
	}
	for _, tt := range tests {
		if got := exportName(tt.title, "md"); got != tt.want {
			t.Errorf("exportName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

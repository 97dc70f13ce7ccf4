package parser

import (
	"testing"
)

func TestMarkdownInline(t *testing.T) {
	src := "# Headline\n\nBY [GOV.UK](https://www.gov.uk) and *very* **bold** `code`, see <https://example.com/x> or https://bare.example.\n\n" +
		"![Logo](https://cdn.example/logo.png)\n\n* one\n* two [2](http://two)\n\n> quoted text\n"
	segs := segTexts(t, src, FormatMarkdown)
	want := []struct {
		kind BlockKind
		text string
	}{
		{BlockHeading, "Headline"},
		{BlockParagraph, "BY GOV.UK and very bold code, see https://example.com/x or https://bare.example."},
		{BlockParagraph, "Logo"},
		{BlockListItem, "one"},
		{BlockListItem, "two 2"},
		{BlockQuote, "quoted text"},
	}
	if len(segs) != len(want) {
		t.Fatalf("got %d segments %q, want %d", len(segs), texts(segs), len(want))
	}
	for i, w := range want {
		if segs[i].Kind != w.kind || segs[i].Text != w.text {
			t.Errorf("segment %d = %s %q, want %s %q", i, segs[i].Kind, segs[i].Text, w.kind, w.text)
		}
	}
	if segs[0].Level != 1 {
		t.Errorf("heading level %d, want 1", segs[0].Level)
	}
	links := segs[1].Links
	if len(links) != 2 {
		t.Fatalf("links %v, want GOV.UK and the autolink", links)
	}
	for _, l := range links {
		if segs[1].Text[l.Start:l.End] != l.Text {
			t.Errorf("link %q at [%d,%d) covers %q", l.Text, l.Start, l.End, segs[1].Text[l.Start:l.End])
		}
	}
	if links[0].Text != "GOV.UK" || links[0].URL != "https://www.gov.uk" {
		t.Errorf("first link %+v", links[0])
	}
	if links[1].URL != "https://example.com/x" {
		t.Errorf("autolink %+v", links[1])
	}
	if segs[2].Removed == nil || segs[2].Removed.Kind != RemovedMedia {
		t.Errorf("image-only paragraph not removed as media: %+v", segs[2].Removed)
	}
	// Spans are exact: each segment's source starts at its marker.
	for i, prefix := range []string{"# Headline", "BY [GOV.UK]", "![Logo]", "* one", "* two", "> quoted"} {
		s := segs[i].Source
		if got := src[s.Start:min(s.End, s.Start+len(prefix))]; got != prefix {
			t.Errorf("segment %d source starts %q, want %q", i, got, prefix)
		}
	}
}

func TestMarkdownLinesSplitByLayout(t *testing.T) {
	src := "Title\n\nPUBLISHED NOV 18, 2021\nBY [GOV.UK](https://www.gov.uk)\n\nBody."
	segs := segTexts(t, src, FormatMarkdown)
	got := texts(segs)
	if len(got) != 4 || got[1] != "PUBLISHED NOV 18, 2021" || got[2] != "BY GOV.UK" {
		t.Fatalf("segments %q, want the date and byline lines apart", got)
	}
	if s := segs[2].Source; src[s.Start:s.End] != "BY [GOV.UK](https://www.gov.uk)" {
		t.Errorf("byline source %q", src[s.Start:s.End])
	}
	if l := segs[2].Links; len(l) != 1 || l[0].Text != "GOV.UK" {
		t.Errorf("byline links %v", l)
	}
}

func TestMarkdownUnsafeLinks(t *testing.T) {
	src := "# Title\n\nSee [the page](#), [this](javascript:alert(1)), [that](/relative) and [home](https://acme.example).\n"
	segs := segTexts(t, src, FormatMarkdown)
	if got := segs[1].Text; got != "See the page, this, that and home." {
		t.Errorf("text %q", got)
	}
	if l := segs[1].Links; len(l) != 1 || l[0].URL != "https://acme.example" || l[0].Text != "home" {
		t.Errorf("links %+v, want only the https link", l)
	}
}

// TestMarkdownLinkReferences checks that link reference definitions, read
// only from paragraphs whose first line holds a '[', still define links
// used before and after them, and leave no text.
func TestMarkdownLinkReferences(t *testing.T) {
	src := "See the [report][r] and [site].\n\n[r]: https://example.com/report\n  [site]: https://example.com \"Site\"\n\nAlso [report][r] again.\n\nPlain text [not a definition]: here.\n"
	segs := segTexts(t, src, FormatMarkdown)
	want := []string{"See the report and site.", "Also report again.", "Plain text [not a definition]: here."}
	if got := texts(segs); len(got) != len(want) {
		t.Fatalf("got segments %q, want %q", got, want)
	}
	for i, w := range want {
		if segs[i].Text != w {
			t.Errorf("segment %d = %q, want %q", i, segs[i].Text, w)
		}
	}
	if n := len(segs[0].Links); n != 2 || segs[0].Links[0].URL != "https://example.com/report" || segs[0].Links[1].URL != "https://example.com" {
		t.Errorf("first paragraph's links %v, want the report and the site", segs[0].Links)
	}
	if n := len(segs[1].Links); n != 1 {
		t.Errorf("second paragraph's links %v, want the report", segs[1].Links)
	}
}

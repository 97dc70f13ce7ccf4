package parser

import (
	"strings"
	"testing"
)

func TestWithFormat(t *testing.T) {
	src := []byte("# Title\n\nA [link](https://x.example) in Markdown.\n")
	md, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := Parse(src, WithFormat(FormatText))
	if err != nil {
		t.Fatal(err)
	}
	if md.Format != FormatMarkdown || txt.Format != FormatText {
		t.Fatalf("formats %s and %s, want markdown and text", md.Format, txt.Format)
	}
	if !strings.Contains(md.Text, "A link in Markdown.") {
		t.Errorf("Markdown text %q lacks the reduced link", md.Text)
	}
	if !strings.Contains(txt.Text, "[link](https://x.example)") {
		t.Errorf("text %q should keep the Markdown syntax as written", txt.Text)
	}
}

func TestLinkedImageListsItsLink(t *testing.T) {
	src := []byte("# Title\n\nBody text here.\n\n[![Logo](https://cdn.example/logo.png)](https://acme.example)\n")
	rel, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range rel.Links {
		if l.URL == "https://acme.example" {
			found = true
		}
	}
	if !found {
		t.Errorf("Release.Links %v lacks the linked image's target", rel.Links)
	}
	for _, e := range checkRelease(src, rel) {
		t.Error(e)
	}
}

func TestRemovedKeepsLinks(t *testing.T) {
	src := []byte("# Title\n\nThe body of the release, long enough to be one, says what happened today in town.\n\n" +
		"Twitter - [@acme](https://twitter.com/acme)\n")
	rel, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	removed := false
	for _, r := range rel.Removed {
		removed = removed || strings.Contains(r.Text, "@acme")
	}
	if !removed {
		t.Fatalf("the social line is not removed (removed: %+v); this test needs it removed", rel.Removed)
	}
	var urls []string
	for _, l := range rel.Links {
		urls = append(urls, l.URL)
	}
	if !strings.Contains(strings.Join(urls, " "), "https://twitter.com/acme") {
		t.Errorf("Release.Links %v lacks the link of a removed line", urls)
	}
}

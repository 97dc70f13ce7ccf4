package parser

import (
	"testing"

	"golang.org/x/net/html/atom"
)

// TestWordCueCache checks that the walker's cached cue is tagCue's, for
// the first and later lookups of a pair, and that class and id are not
// confused when run together.
func TestWordCueCache(t *testing.T) {
	var k wordCueCache
	cases := []struct {
		a         atom.Atom
		class, id string
		role      string
	}{
		{atom.Div, "post-content", "", ""},
		{atom.Div, "share-bar", "main", ""},
		{atom.Article, "article-footer", "", ""},
		{atom.Nav, "", "content", ""},
		{atom.Div, "sidebar", "", "main"},
		{atom.Div, "", "post-content", ""},
		{atom.Div, "post", "content", ""},
		{atom.Div, "postcontent", "", ""},
		{atom.Section, "related newsletter", "how-to-share-with-a-friend", ""},
	}
	for round := 0; round < 2; round++ {
		for _, tc := range cases {
			attrs := &tagAttrs{class: []byte(tc.class), id: []byte(tc.id), role: tc.role}
			if got, want := k.tagCue(tc.a, attrs), tagCue(tc.a, attrs); got != want {
				t.Errorf("round %d: cached cue of <%s class=%q id=%q> = %+v, want %+v", round, tc.a, tc.class, tc.id, got, want)
			}
		}
	}
}

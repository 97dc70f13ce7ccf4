package parser

import (
	"bytes"
	"testing"
)

// TestWarmupReleasesCoverTheParser checks that the warm-up releases
// between them reach every format, kind of block, boilerplate, repair,
// contact and entity the parser reports on the releases users paste: a
// warm-up that missed one would leave that code cold for the first paste
// that needs it.
func TestWarmupReleasesCoverTheParser(t *testing.T) {
	releases := WarmupReleases()
	if len(releases) < 5 {
		t.Fatalf("%d warm-up releases, want at least 5", len(releases))
	}
	seen := map[string]bool{}
	for i, src := range releases {
		rel, err := Parse(src)
		if err != nil {
			t.Fatalf("warm-up release %d: %v", i, err)
		}
		if rel.Title == "" || rel.Published == "" || len(rel.Blocks) < 3 {
			t.Errorf("warm-up release %d (%.40q): title %q, published %q, %d blocks", i, src, rel.Title, rel.Published, len(rel.Blocks))
		}
		seen["format "+rel.Format.String()] = true
		seen["language "+rel.Language] = true
		for _, b := range rel.Blocks {
			seen["block "+b.Kind.String()] = true
			for _, r := range b.Repairs {
				seen["repair "+r.Kind.String()] = true
			}
		}
		for _, r := range rel.Removed {
			seen["removed "+r.Kind.String()] = true
		}
		for _, e := range rel.Entities {
			seen["entity "+e.Kind.String()] = true
		}
		c := rel.Contacts
		for name, n := range map[string]int{"emails": len(c.Emails), "phones": len(c.Phones), "websites": len(c.Websites), "social": len(c.Social), "people": len(c.People)} {
			if n > 0 {
				seen["contacts "+name] = true
			}
		}
		if rel.URL != "" {
			seen["canonical URL"] = true
		}
		if rel.Distributor != "" {
			seen["distributor"] = true
		}
	}
	for _, want := range []string{
		"format text", "format markdown", "format html", "language en", "language fr",
		"block paragraph", "block heading", "block list-item", "block quote",
		"repair unwrapped", "repair dehyphenated",
		"removed metadata", "removed distribution", "removed media", "removed subscribe", "removed contact",
		"removed about", "removed end-marker", "removed forward-looking", "removed notes-to-editors", "removed navigation",
		"removed table", "repair split",
		"entity date", "entity country", "entity place", "entity organisation", "entity person", "entity money",
		"entity percent", "entity url",
		"contacts emails", "contacts phones", "contacts websites", "contacts social", "contacts people",
		"canonical URL", "distributor",
	} {
		if !seen[want] {
			t.Errorf("no warm-up release has %s", want)
		}
	}
}

// TestWarmupReleasesAreCopies checks that a caller may change the slices
// WarmupReleases returns without changing the next caller's.
func TestWarmupReleasesAreCopies(t *testing.T) {
	a := WarmupReleases()
	want := bytes.Clone(a[0])
	a[0][0] ^= 0xff
	if b := WarmupReleases(); !bytes.Equal(b[0], want) {
		t.Error("changing a returned release changed the next call's")
	}
}

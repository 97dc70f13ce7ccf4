package parser

import (
	"strings"
	"testing"
)

// restoreRoundTrip parses src, finds the removed stretch whose text
// contains needle, parses again with it restored, and checks it is back in
// the body at its place in document order.
func restoreRoundTrip(t *testing.T, src, needle string) {
	t.Helper()
	rel, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var removed *Removed
	for i := range rel.Removed {
		if strings.Contains(rel.Removed[i].Text, needle) {
			removed = &rel.Removed[i]
		}
	}
	if removed == nil {
		t.Fatalf("nothing removed contains %q; removed: %+v", needle, rel.Removed)
	}
	again, err := Parse([]byte(src), WithRestored(removed.Text))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range again.Removed {
		if r.Text == removed.Text {
			t.Fatalf("%q still removed after WithRestored", removed.Text)
		}
	}
	at := -1
	for i, b := range again.Blocks {
		if b.Text == removed.Text {
			at = i
			if b.Source != removed.Source {
				t.Errorf("restored block source %v, removed stretch had %v", b.Source, removed.Source)
			}
		}
	}
	if at < 0 {
		t.Fatalf("restored text %q is not a body block", removed.Text)
	}
	for i, b := range again.Blocks {
		if i < at && b.Source.Start > removed.Source.Start || i > at && b.Source.Start < removed.Source.Start {
			t.Errorf("block %d %q is out of document order around the restored block", i, clip(b.Text))
		}
	}
	if len(again.Blocks) != len(rel.Blocks)+1 {
		t.Errorf("%d blocks after restoring, want %d", len(again.Blocks), len(rel.Blocks)+1)
	}
	for _, e := range checkRelease([]byte(src), again) {
		t.Error(e)
	}
}

func TestRestoreImage(t *testing.T) {
	src := "# Acme launches a rocket\n\nAcme launched a rocket today.\n\n![The rocket on the pad](https://cdn.example/rocket.jpg)\n\nIt flew well.\n"
	restoreRoundTrip(t, src, "rocket on the pad")
}

func TestRestoreAbout(t *testing.T) {
	src := "Acme Launches a Rocket\n\nSPRINGFIELD, March 3, 2025 /PRNewswire/ -- Acme Corp. launched a rocket today from its pad near town, the first of twelve launches it plans this year for paying customers.\n\n" +
		"\"It flew well,\" said Jane Doe, chief executive of Acme.\n\n" +
		"About Acme\n\nAcme Corp. makes rockets for customers around the world. For more information, visit www.acme.example.\n\n" +
		"Media contact: Jane Roe, press@acme.example\n"
	restoreRoundTrip(t, src, "makes rockets for customers")
}

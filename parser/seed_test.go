package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeed checks the seed release field by field against what a careful
// reader expects: this test is written by hand, not generated.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		t.Fatal(err)
	}
	rel, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	fields := []struct{ name, got, want string }{
		{"title", rel.Title, "Response by Belarus to the Vienna Mechanism: joint statement"},
		{"published", rel.Published, "2021-11-18"},
		{"publisher", rel.Publisher, "GOV.UK"},
		{"distributor", rel.Distributor, "Media Pigeon"},
		{"url", rel.URL, "https://mediapigeon.io/newsroom/govuk/releases/en/response-by-belarus-to-the-vienna-mechanism-joint-statement-13761"},
		{"format", rel.Format.String(), "markdown"},
	}
	for _, f := range fields {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}

	// The paragraph broken across a blank line comes back whole.
	const rejoined = "We will, of course, study the full contents of the letter in detail. However, we take this early opportunity"
	var found *Block
	for i, b := range rel.Blocks {
		if strings.HasPrefix(b.Text, rejoined) {
			found = &rel.Blocks[i]
		}
		if b.Text == "detail." || strings.HasPrefix(b.Text, "detail. However") {
			t.Errorf("block %d still starts mid-sentence: %q", i, clip(b.Text))
		}
	}
	switch {
	case found == nil:
		t.Errorf("no block starts %q", rejoined)
	case !hasRepair(found.Repairs, RepairRejoined):
		t.Errorf("the rejoined paragraph does not record the repair: %v", found.Repairs)
	}

	// The speech's salutations are blocks of their own.
	for _, want := range []string{"Madam Chairperson,", "Madam Chair,"} {
		b := blockWithText(rel, want)
		switch {
		case b == nil:
			t.Errorf("no block %q", want)
		case b.Kind != BlockSalutation:
			t.Errorf("block %q is a %s, want salutation", want, b.Kind)
		}
	}
	if n := len(rel.Blocks); n != 12 {
		t.Errorf("%d body blocks, want 12 (two salutations and ten paragraphs)", n)
	}
	if last := rel.Blocks[len(rel.Blocks)-1].Text; last != "We request that this statement be attached to the Journal of the Day." {
		t.Errorf("last body block = %q, want the statement's last sentence", clip(last))
	}

	// None of the footer is body.
	for _, junk := range []string{"Media Assets", "Embedded Media", "Social Media", "Twitter", "distributed by",
		"Newsroom", "Website", "Primary Email", "subscribe", "PUBLISHED"} {
		for _, b := range rel.Blocks {
			if strings.Contains(b.Text, junk) {
				t.Errorf("footer text %q in body block %q", junk, clip(b.Text))
			}
		}
	}
	for _, e := range checkRelease(src, rel) {
		t.Error(e)
	}
}

func hasRepair(rs []Repair, k RepairKind) bool {
	for _, r := range rs {
		if r.Kind == k {
			return true
		}
	}
	return false
}

func blockWithText(rel *Release, text string) *Block {
	for i := range rel.Blocks {
		if rel.Blocks[i].Text == text {
			return &rel.Blocks[i]
		}
	}
	return nil
}

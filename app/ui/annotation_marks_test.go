package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// markHTML draws a block with marks and returns its HTML.
func markHTML(t *testing.T, b parser.Block, marks []Mark) string {
	t.Helper()
	return app.HTMLString(app.Div().Body(markRuns(b.Start, linkRuns(b), marks)...))
}

func TestMarkRunsNestsOverlaps(t *testing.T) {
	text := "Acme 🚀 will employ 400 people by 2026."
	b := parser.Block{Text: text, Start: 100, End: 100 + len([]rune(text))}
	// Code points: "employ" starts at 12 in the block.
	marks := []Mark{
		{ID: "a1", Start: 112, End: 129, LabelID: "claim", Label: "Claim", Comment: "jobs"}, // "employ 400 people"
		{ID: "a2", Start: 119, End: 137, LabelID: "figure", Label: "Figure"},                // "400 people by 2026"
	}
	html := markHTML(t, b, marks)
	plain := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(html, "")
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if squash(plain) != squash(text) {
		t.Errorf("the text changed: %q", plain)
	}
	for _, want := range []string{
		`title="Claim: jobs"`, `title="Figure"`, `id="m-a1"`, `id="m-a2"`, `data-label="claim"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %s in %s", want, html)
		}
	}
	// "400 people" is under both: a mark inside a mark.
	if !regexp.MustCompile(`<mark[^>]*data-id="a1"[^>]*>\s*<mark[^>]*data-id="a2"[^>]*>\s*400 people`).MatchString(html) {
		t.Errorf("the overlap is not nested: %s", html)
	}
	// Each annotation's id appears once, on its first piece.
	if n := strings.Count(html, `id="m-a1"`); n != 1 {
		t.Errorf("m-a1 appears %d times", n)
	}
}

func TestMarkRunsWithoutMarksAndAcrossLinks(t *testing.T) {
	text := "Read the report online today."
	b := parser.Block{Text: text, Start: 0, End: len(text), Links: []parser.Link{{Text: "report online", URL: "https://example.com/r", Start: 9, End: 22}}}
	plain := markHTML(t, b, nil)
	if strings.Contains(plain, "<mark") || !strings.Contains(plain, `href="https://example.com/r"`) {
		t.Errorf("without marks: %s", plain)
	}
	// A mark across the link's end splits the link, keeping both targets.
	html := markHTML(t, b, []Mark{{ID: "x", Start: 16, End: 28, LabelID: "claim", Label: "Claim"}})
	if strings.Count(html, `href="https://example.com/r"`) != 2 || !strings.Contains(html, `<mark`) {
		t.Errorf("across a link: %s", html)
	}
}

func TestMarksFor(t *testing.T) {
	m := Marks{Text: "abc", Items: []Mark{{ID: "x"}}}
	if m.For("abc") == nil || m.For("abd") != nil {
		t.Error("marks are drawn only on the text they belong to")
	}
}

package ui

import (
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"pressmark/parser"
)

// canonicalHTML parses an HTML fragment and writes its tree one node a
// line: elements with their attributes sorted, text with its surrounding
// white space trimmed (go-app's HTMLString indents; the DOM it builds has
// no such white space), white-space-only text left out.
func canonicalHTML(t *testing.T, fragment string) string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		switch n.Type {
		case html.TextNode:
			if s := strings.TrimSpace(n.Data); s != "" {
				b.WriteString(strings.Repeat(" ", depth) + "text " + s + "\n")
			}
		case html.ElementNode:
			attrs := make([]string, 0, len(n.Attr))
			for _, a := range n.Attr {
				attrs = append(attrs, a.Key+"="+a.Val)
			}
			sort.Strings(attrs)
			b.WriteString(strings.Repeat(" ", depth) + n.Data + " " + strings.Join(attrs, " ") + "\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	for _, n := range nodes {
		walk(n, 0)
	}
	return b.String()
}

// TestMarkedHTMLDrawsWhatMarkRunsDraws checks that what a markedBlock
// paints is what go-app draws from markRuns, on random marks over a block
// with links, and on a repaired block.
func TestMarkedHTMLDrawsWhatMarkRunsDraws(t *testing.T) {
	text := "Acme Robotics will employ 400 people; read the report online, or mail us today."
	n := len([]rune(text))
	b := parser.Block{Text: text, Start: 50, End: 50 + n, Links: []parser.Link{
		{Text: "report online", URL: "https://example.com/r", Start: 50 + 47, End: 50 + 60},
		{Text: "mail us", URL: "mailto:press@example.com", Start: 50 + 65, End: 50 + 72},
	}}
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 60; round++ {
		marks := make([]Mark, rng.Intn(6))
		for i := range marks {
			s := b.Start - 5 + rng.Intn(n+5)
			marks[i] = Mark{ID: string(rune('a' + i)), Start: s, End: s + 1 + rng.Intn(30), LabelID: "claim", Label: "Claim", Comment: []string{"", "check this"}[rng.Intn(2)]}
		}
		want := canonicalHTML(t, app.HTMLString(app.Div().Body(markRuns(b.Start, linkRuns(b), marks)...)))
		got := canonicalHTML(t, "<div>"+markedHTML("", b.Start, linkRuns(b), marks)+"</div>")
		if got != want {
			t.Fatalf("round %d, marks %v:\ngo-app draws\n%s\nmarkedHTML paints\n%s", round, marks, want, got)
		}
	}

	rb := parser.Block{Text: "Rejoined text.", Start: 0, End: 14, Repairs: []parser.Repair{{Kind: parser.RepairRejoined}}}
	label := repairLabel(rb.Repairs)
	want := canonicalHTML(t, app.HTMLString(blockElem(rb, 0)))
	got := canonicalHTML(t, `<p id="b0" data-start="0" data-end="14" class="repaired">`+markedHTML(label, 0, linkRuns(rb), nil)+`</p>`)
	if got != want {
		t.Errorf("a repaired block:\ngo-app draws\n%s\nmarkedHTML paints\n%s", want, got)
	}
}

// TestMarkedHTMLEscapes checks that text, comments and links cannot
// inject markup.
func TestMarkedHTMLEscapes(t *testing.T) {
	text := `<img src=x onerror="alert(1)"> & "quoted"`
	n := len([]rune(text))
	b := parser.Block{Text: text, Start: 0, End: n, Links: []parser.Link{{Text: "quoted", URL: `https://example.com/?a="><script>`, Start: n - 7, End: n - 1}}}
	out := markedHTML(`a "label" <b>`, 0, linkRuns(b), []Mark{{ID: `x"y`, Start: 0, End: 5, LabelID: "claim", Label: "Claim", Comment: `"><script>alert(1)</script>`}})
	got := canonicalHTML(t, "<div>"+out+"</div>")
	for _, bad := range []string{"\n  img", "\n   img", "script "} {
		if strings.Contains(got, bad) {
			t.Errorf("markup got through (%q):\n%s\nfrom %s", bad, got, out)
		}
	}
	if !strings.Contains(got, `title=Claim: "><script>alert(1)</script>`) || !strings.Contains(got, "text <img\n") {
		t.Errorf("the text or the comment is not kept as text:\n%s", got)
	}
}

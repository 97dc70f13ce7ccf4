package ui

import (
	stdhtml "html"
	"math/rand"
	"slices"
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

// nodesHTML writes nodes as HTML, escaped, for comparing them with what
// go-app draws.
func nodesHTML(nodes []paintNode) string {
	var b strings.Builder
	var write func(n paintNode)
	write = func(n paintNode) {
		if n.Tag == "" {
			b.WriteString(stdhtml.EscapeString(n.Text))
			return
		}
		b.WriteString("<" + n.Tag)
		for _, a := range n.Attrs {
			b.WriteString(" " + a[0] + `="` + stdhtml.EscapeString(a[1]) + `"`)
		}
		b.WriteString(">")
		for _, c := range n.Children {
			write(c)
		}
		b.WriteString("</" + n.Tag + ">")
	}
	for _, n := range nodes {
		write(n)
	}
	return b.String()
}

// TestMarkedNodesDrawWhatMarkRunsDraws checks that what a markedBlock
// paints is what go-app draws from markRuns, on random marks over a block
// with links, and on a repaired block.
func TestMarkedNodesDrawWhatMarkRunsDraws(t *testing.T) {
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
		got := canonicalHTML(t, "<div>"+nodesHTML(markedNodes("", b.Start, linkRuns(b), marks))+"</div>")
		if got != want {
			t.Fatalf("round %d, marks %v:\ngo-app draws\n%s\nmarkedNodes paint\n%s", round, marks, want, got)
		}
	}

	rb := parser.Block{Text: "Rejoined text.", Start: 0, End: 14, Repairs: []parser.Repair{{Kind: parser.RepairRejoined}}}
	label := repairLabel(rb.Repairs)
	want := canonicalHTML(t, app.HTMLString(blockElem(rb, 0)))
	got := canonicalHTML(t, `<p id="b0" data-start="0" data-end="14" class="repaired">`+nodesHTML(markedNodes(label, 0, linkRuns(rb), nil))+`</p>`)
	if got != want {
		t.Errorf("a repaired block:\ngo-app draws\n%s\nmarkedNodes paint\n%s", want, got)
	}
}

// TestMarkedNodesKeepTextAsText checks that markup in the text, a
// comment or a link stays text or an attribute value, and that a link
// whose address is not http(s) or mailto is drawn as text.
func TestMarkedNodesKeepTextAsText(t *testing.T) {
	text := `<img src=x onerror="alert(1)"> & "quoted" and more`
	n := len([]rune(text))
	b := parser.Block{Text: text, Start: 0, End: n, Links: []parser.Link{
		{Text: "quoted", URL: `https://example.com/?a="><script>`, Start: 23, End: 29},
		{Text: "more", URL: "javascript:alert(1)", Start: n - 4, End: n},
	}}
	comment := `"><script>alert(1)</script>`
	nodes := markedNodes(`a "label" <b>`, 0, linkRuns(b), []Mark{{ID: `x"y`, Start: 0, End: 5, LabelID: "claim", Label: "Claim", Comment: comment}})
	var texts, titles, hrefs []string
	var walk func(n paintNode)
	walk = func(n paintNode) {
		switch n.Tag {
		case "":
			texts = append(texts, n.Text)
		case "span", "mark", "a":
		default:
			t.Errorf("an element <%s> was drawn", n.Tag)
		}
		for _, a := range n.Attrs {
			switch a[0] {
			case "title":
				titles = append(titles, a[1])
			case "href":
				hrefs = append(hrefs, a[1])
			}
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	if got := strings.Join(texts, ""); got != text {
		t.Errorf("the text drawn is %q, want %q", got, text)
	}
	if !slices.Contains(titles, "Claim: "+comment) {
		t.Errorf("the comment is not kept as the mark's title: %q", titles)
	}
	if len(hrefs) != 1 || hrefs[0] != `https://example.com/?a="><script>` {
		t.Errorf("links drawn to %q, want only the https one", hrefs)
	}
}

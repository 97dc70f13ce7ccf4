package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func mustContain(t *testing.T, html string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(html, w) {
			t.Errorf("missing %s in:\n%s", w, html)
		}
	}
}

// hasElem reports whether html has a <tag> start tag carrying all of attrs
// (such as `id="b4"`), in any order.
func hasElem(html, tag string, attrs ...string) bool {
	for _, m := range regexp.MustCompile(`<`+tag+`\b[^>]*>`).FindAllString(html, -1) {
		ok := true
		for _, a := range attrs {
			ok = ok && strings.Contains(m, " "+a)
		}
		if ok {
			return true
		}
	}
	return false
}

func mustHaveElem(t *testing.T, html, tag string, attrs ...string) {
	t.Helper()
	if !hasElem(html, tag, attrs...) {
		t.Errorf("no <%s %s> in:\n%s", tag, strings.Join(attrs, " "), html)
	}
}

func mustNotContain(t *testing.T, html string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(html, b) {
			t.Errorf("unexpected %s in:\n%s", b, html)
		}
	}
}

func TestArticleRendersStructure(t *testing.T) {
	r := testRelease("Acme ships Widgets 2.0", []parser.Block{
		para("LONDON — Acme shipped Widgets, see the notes."),
		{Kind: parser.BlockHeading, Level: 3, Text: "Highlights"},
		item("Faster"),
		item("Cheaper"),
		{Kind: parser.BlockQuote, Text: "We are thrilled."},
		{Kind: parser.BlockClosing, Text: "Thank you."},
		{Kind: parser.BlockParagraph, Text: "Rejoined text.", Repairs: []parser.Repair{{Kind: parser.RepairRejoined}}},
	}, [2]string{"the notes", "https://acme.test/notes"})
	r.Subtitle = "Faster and cheaper"
	r.Published = "2021-11-18"
	r.Publisher = "Acme Ltd"
	r.URL = "https://www.acme.test/news/widgets/"
	html := render(t, &Article{Release: r})

	mustHaveElem(t, html, "h1", `data-start="0"`, `data-end="22"`)
	mustHaveElem(t, html, "blockquote", `id="b4"`)
	mustHaveElem(t, html, "h3", `id="b1"`)
	mustHaveElem(t, html, "a", `href="https://acme.test/notes"`, `target="_blank"`, `rel="noopener noreferrer"`)
	mustHaveElem(t, html, "span", `class="repair-mark"`, `aria-label="Repaired: paragraph rejoined"`, `tabindex="0"`)
	mustHaveElem(t, html, "p", `class="repaired"`)
	mustContain(t, html,
		`>Acme ships Widgets 2.0</h1>`,
		`<p class="subtitle">Faster and cheaper</p>`,
		`<time datetime="2021-11-18">18 November 2021</time>`,
		`<dt>Publisher</dt>`, `Acme Ltd`,
		`href="https://www.acme.test/news/widgets/"`, `>acme.test/news/widgets</a>`,
		`>Highlights</h3>`, `class="closing"`, `>the notes</a>`,
	)
	if n := strings.Count(html, "<article"); n != 1 {
		t.Errorf("%d <article> elements, want 1", n)
	}
	if n := strings.Count(html, "<ul>"); n != 1 {
		t.Errorf("%d <ul> elements, want one list for two consecutive items", n)
	}
	if n := strings.Count(html, "<li "); n != 2 {
		t.Errorf("%d <li> elements, want 2", n)
	}
	// Each block's data-start/data-end span holds exactly its text.
	rs := []rune(r.Text)
	for i, b := range r.Blocks {
		if got := string(rs[b.Start:b.End]); got != b.Text {
			t.Fatalf("block %d spans %q", i, got)
		}
	}
}

func TestArticleNeverRunsInput(t *testing.T) {
	r := testRelease(`<script>window.pwned=1</script>`, []parser.Block{
		para(`<img src=x onerror="window.pwned=1"> click me now`),
		para("evil link here"),
	}, [2]string{"click me", "javascript:window.pwned=1"}, [2]string{"evil link", "data:text/html,<script>1</script>"})
	html := render(t, &Article{Release: r})
	mustNotContain(t, html, "<script", "<img", `href="javascript:`, `href="data:`)
	mustContain(t, html, "&lt;script&gt;", "&lt;img")
}

func TestArticleWithoutRelease(t *testing.T) {
	html := render(t, &Article{})
	mustContain(t, html, "<article", "Paste a press release")
	mustNotContain(t, html, "<h1")
}

func TestRootLandmarksAndReadiness(t *testing.T) {
	html := render(t, &Root{})
	mustContain(t, html,
		`aria-label="Release text"`, `<textarea`,
		`class="side-panels"`,
		`aria-label="Open file"`, `type="file"`,
		`aria-label="Copy Markdown"`, `aria-label="Download JSON"`, `aria-label="Copy plain text"`,
		`role="status"`, `aria-live="polite"`,
		`<h1`, `Pressmark`,
	)
	if n := strings.Count(html, "<article"); n != 1 {
		t.Errorf("%d <article> elements, want 1", n)
	}
	// Natively the page is never marked ready: only the browser sets
	// data-ready once it has drawn a parse. The side panels, which the
	// browser draws a frame later (SidePanels), are drawn at once.
	mustContain(t, html, `aria-label="Removed"`, `aria-label="Contacts & entities"`)
	mustNotContain(t, html, "data-ready", `disabled="false"`, `hidden="false"`)
}

func TestRootShowsParseErrorsAndKeepsTheView(t *testing.T) {
	c := &Root{}
	html := render(t, c)
	title := regexp.MustCompile(`>([^<]*)</h1>`).FindStringSubmatch(html)
	if title == nil {
		t.Fatalf("no title in %s", html)
	}
	c.seq++
	_, err := Document{Text: "\x00\x01"}.parse()
	c.show(c.seq, nil, err)
	html = app.HTMLString(c.Render())
	mustContain(t, html, "does not look like text", title[0])

	c.show(c.seq-1, nil, nil) // a stale result changes nothing
	mustContain(t, app.HTMLString(c.Render()), "does not look like text", title[0])
}

func TestRemovedPanel(t *testing.T) {
	p := &RemovedPanel{
		Removed: []parser.Removed{
			{Kind: parser.RemovedAbout, Text: "About Acme\nAcme makes widgets.", Reason: "company boilerplate"},
			{Kind: parser.RemovedMetadata, Text: "Acme ships", Reason: "title"},
			{Kind: parser.RemovedForwardLooking, Text: strings.Repeat("This release contains forward-looking statements. ", 10), Reason: "legal disclaimer"},
		},
		Restored: []string{"Media contact: Jo"},
	}
	html := render(t, p)
	mustContain(t, html,
		`<section`, `aria-label="Removed"`,
		`>About</span>`, `company boilerplate`, `About Acme`,
		`>Disclaimer</span>`, `Show all`, `aria-expanded="false"`, `class="removed-text clamped"`,
		`class="removed-item removed-meta"`,
		`>Restored</h3>`, `Media contact: Jo`, `Remove again`,
	)
	if n := strings.Count(html, ">Restore</button>"); n != 2 {
		t.Errorf("%d Restore buttons, want 2 (not for metadata)", n)
	}
}

func TestContactsPanel(t *testing.T) {
	p := &ContactsPanel{
		Contacts: parser.Contacts{
			Emails:   []string{"press@acme.test"},
			Phones:   []string{"+44 20 7946 0000"},
			Websites: []string{"https://www.acme.test/", "http://acme.test"},
			Social:   []parser.SocialProfile{{Network: "linkedin", URL: "https://linkedin.com/company/acme"}, {Network: "Evil", URL: "javascript:alert(1)"}},
			People:   []parser.ContactPerson{{Name: "Jo Bloggs", Role: "Head of Press", Email: "jo@acme.test"}},
		},
		Entities: []parser.Entity{
			{Kind: parser.EntityCountry, Text: "France", Start: 5, End: 11},
			{Kind: parser.EntityCountry, Text: "Spain", Start: 20, End: 25},
			{Kind: parser.EntityDate, Text: "4 November", Start: 30, End: 40, Value: "2021-11-04"},
		},
	}
	html := render(t, p)
	mustContain(t, html,
		`href="mailto:press@acme.test"`, `+44 20 7946 0000`, `title="acme.test"`,
		`<dt>LinkedIn</dt>`, `href="https://linkedin.com/company/acme"`,
		`Jo Bloggs`, `Head of Press`, `href="mailto:jo@acme.test"`,
		`Countries (2)`, `Dates (1)`, `data-kind="country"`, `data-start="5"`, `>France</button>`, `>4 November</button>`,
	)
	mustNotContain(t, html, `href="tel:`, `href="javascript:`)
	if n := strings.Count(html, `title="acme.test"`); n != 1 {
		t.Errorf("the same website is listed %d times, want once", n)
	}
}

// holder gives an Article a release from an exported field, as Root does.
type holder struct {
	app.Compo
	Rel *parser.Release
}

func (h *holder) Render() app.UI { return app.Div().Body(&Article{Release: h.Rel}) }

func TestArticleDrawsLongReleasesInSteps(t *testing.T) {
	blocks := make([]parser.Block, firstWindow+growStep+5)
	for i := range blocks {
		blocks[i] = para(fmt.Sprintf("Paragraph %d.", i))
	}
	long := testRelease("A very long release", blocks)
	blockTag := regexp.MustCompile(`<p [^>]*id="b\d+"`)
	count := func(html string) int { return len(blockTag.FindAllString(html, -1)) }

	e := app.NewTestEngine()
	h := &holder{Rel: testRelease("Short", []parser.Block{para("One.")})}
	if err := e.Load(h); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if n := count(app.HTMLString(h)); n != 1 {
		t.Fatalf("short release: %d blocks drawn, want 1", n)
	}

	if err := e.Load(&holder{Rel: long}); err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(h)
	if n := count(html); n != firstWindow {
		t.Errorf("first draw of a long release: %d blocks, want %d", n, firstWindow)
	}
	mustContain(t, html, fmt.Sprintf("(%d of %d blocks)", firstWindow, len(blocks)))

	e.ConsumeAll()
	html = app.HTMLString(h)
	if n := count(html); n != len(blocks) {
		t.Errorf("after growing: %d blocks, want all %d", n, len(blocks))
	}
	mustNotContain(t, html, "Drawing the rest")
	mustContain(t, html, fmt.Sprintf("Paragraph %d.", len(blocks)-1))
}

func TestShellIsTheAppBarAndANote(t *testing.T) {
	html := render(t, &Shell{})
	mustContain(t, html, `class="topbar"`, "Pressmark", "needs JavaScript and WebAssembly")
	mustNotContain(t, html, "<textarea", "<article", "data-ready", `class="sections"`)
	if _, ok := page().(*Shell); !ok {
		t.Errorf("natively, as on the server, the route draws %T, not the Shell", page())
	}
}

package parser

import (
	"os"
	"strings"
	"testing"
)

// htmlSegs runs the HTML segmenter alone over src.
func htmlSegs(t testing.TB, src string) (*doc, []*segment) {
	t.Helper()
	d := &doc{cfg: &config{}, src: src, format: FormatHTML, rel: &Release{}, origin: func(i int) int { return i }}
	segmentHTML(d)
	return d, d.segs
}

// kept returns the texts of the segments that are not removed.
func kept(segs []*segment) []string {
	var out []string
	for _, s := range segs {
		if s.Removed == nil {
			out = append(out, s.Text)
		}
	}
	return out
}

func TestSegmentHTMLFragments(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		texts []string
		kinds []BlockKind
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>Four.</p>", []string{"One two three.", "Four."}, []BlockKind{BlockParagraph, BlockParagraph}},
		{"entities", "<p>AT&amp;T&nbsp;&nbsp;said &#151; &ldquo;yes&rdquo; &lt;b&gt;</p>", []string{"AT&T said — “yes” <b>"}, nil},
		{"inline markup", "<p><b>Bold</b> and <span style='x'>span</span>ned</p>", []string{"Bold and spanned"}, nil},
		{"headings and lists", "<h2>Sub</h2><ul><li>a one<li>b two</ul><blockquote><p>Q.</p></blockquote>",
			[]string{"Sub", "a one", "b two", "Q."}, []BlockKind{BlockHeading, BlockListItem, BlockListItem, BlockQuote}},
		{"unclosed p", "<div><p>First<p>Second</div>Tail", []string{"First", "Second", "Tail"}, nil},
		{"div text around blocks", "<div>Lead<p>Para</p>After</div>", []string{"Lead", "Para", "After"}, nil},
		{"br lines", "<p>Line one<br>Line two<br><br>New para</p>", []string{"Line one Line two", "New para"}, nil},
		{"skipped content", "<p>a<script>var x=1;</script>b</p><style>p{}</style><noscript>no</noscript><template><p>t</p></template><svg><text>s</text></svg><p>c</p>",
			[]string{"ab", "c"}, nil},
		{"hidden", `<p>seen</p><p style="display: none">unseen</p><div hidden>gone</div><p>also</p>`, []string{"seen", "also"}, nil},
		{"clipboard", "<meta charset='utf-8'><!--StartFragment--><p>Hi</p><!--EndFragment-->", []string{"Hi"}, nil},
		{"zero width and soft hyphen", "<p>in\u00adter\u200bnal</p>", []string{"internal"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, segs := htmlSegs(t, tt.src)
			got := kept(segs)
			if strings.Join(got, "|") != strings.Join(tt.texts, "|") {
				t.Fatalf("texts = %q, want %q", got, tt.texts)
			}
			for i, k := range tt.kinds {
				if segs[i].Kind != k {
					t.Errorf("segment %d kind = %v, want %v", i, segs[i].Kind, k)
				}
			}
		})
	}
}

func TestSegmentHTMLHeadingLevel(t *testing.T) {
	_, segs := htmlSegs(t, "<h1>Title</h1><h3>Part</h3>")
	if len(segs) != 2 || segs[0].Level != 1 || segs[1].Level != 3 {
		t.Fatalf("levels wrong: %+v", segs)
	}
}

func TestSegmentHTMLLinks(t *testing.T) {
	src := `<html><head><base href="https://example.com/news/"></head><body>` +
		`<p>See <a href="release.html">the <b>release</b></a>, <a href="mailto:a@b.org">mail</a>, ` +
		`<a href="javascript:alert(1)">bad</a>, <a href=" JaVaScRiPt:alert(1)">worse</a>, ` +
		`<a href="data:text/html,x">data</a>, <a href="#top">top</a> and <a href="//cdn.example.org/x">cdn</a>.</p></body></html>`
	_, segs := htmlSegs(t, src)
	if len(segs) != 1 {
		t.Fatalf("got %d segments", len(segs))
	}
	s := segs[0]
	want := []Link{
		{Text: "the release", URL: "https://example.com/news/release.html"},
		{Text: "mail", URL: "mailto:a@b.org"},
		{Text: "cdn", URL: "https://cdn.example.org/x"},
	}
	if len(s.Links) != len(want) {
		t.Fatalf("links = %+v, want %+v", s.Links, want)
	}
	for i, l := range s.Links {
		if l.Text != want[i].Text || l.URL != want[i].URL {
			t.Errorf("link %d = %+v, want %+v", i, l, want[i])
		}
		if s.Text[l.Start:l.End] != l.Text {
			t.Errorf("link %d offsets [%d,%d) give %q, want %q", i, l.Start, l.End, s.Text[l.Start:l.End], l.Text)
		}
	}
	for _, word := range []string{"bad", "worse", "data", "top"} {
		if !strings.Contains(s.Text, word) {
			t.Errorf("text of a dropped link %q is missing from %q", word, s.Text)
		}
	}
}

func TestSegmentHTMLRelativeLinkWithoutBase(t *testing.T) {
	_, segs := htmlSegs(t, `<p><a href="/about">About</a> <a href="https://x.org/">X</a></p>`)
	if l := segs[0].Links; len(l) != 1 || l[0].URL != "https://x.org/" {
		t.Fatalf("links = %+v, want only the absolute one", l)
	}
}

func TestSegmentHTMLSourceSpans(t *testing.T) {
	src := "<HTML><BODY>\n<P STYLE='margin:0'>First &amp; one</P>\r\n<div>Lead <b>bold</b><br>second line</div><p>x</BODY></HTML>"
	_, segs := htmlSegs(t, src)
	if len(segs) != 3 {
		t.Fatalf("got %d segments", len(segs))
	}
	prev := 0
	for i, s := range segs {
		if s.Source.Start < prev || s.Source.End > len(src) || s.Source.Start >= s.Source.End {
			t.Fatalf("segment %d span %v out of order or bounds", i, s.Source)
		}
		prev = s.Source.End
		for _, l := range s.Lines {
			if l.Source.Start < s.Source.Start || l.Source.End > s.Source.End {
				t.Errorf("segment %d line span %v outside %v", i, l.Source, s.Source)
			}
		}
	}
	if got := src[segs[0].Source.Start:segs[0].Source.End]; got != "<P STYLE='margin:0'>First &amp; one</P>" {
		t.Errorf("first span = %q", got)
	}
	if got := src[segs[1].Source.Start:segs[1].Source.End]; got != "<div>Lead <b>bold</b><br>second line</div>" {
		t.Errorf("second span = %q", got)
	}
	if n := len(segs[1].Lines); n != 2 {
		t.Fatalf("second segment has %d lines, want 2", n)
	}
	if got := src[segs[1].Lines[1].Source.Start:segs[1].Lines[1].Source.End]; got != "second line</div>" && got != "second line" {
		t.Errorf("second line span = %q", got)
	}
}

func TestSegmentHTMLMeta(t *testing.T) {
	src := `<!DOCTYPE html><html lang="en-GB"><head><title>Page | Site</title>
<meta property="og:title" content="The Headline">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="description" content="What happened.">
<link rel="canonical" href="https://example.com/a">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-03-04","publisher":{"name":"Example Corp"}}</script>
</head><body><p>Text.</p></body></html>`
	d, _ := htmlSegs(t, src)
	want := map[string]string{
		"title": "The Headline", "publisher": "Example News", "published": "2024-03-05T10:00:00Z",
		"url": "https://example.com/a", "language": "en-GB", "description": "What happened.",
	}
	for k, v := range want {
		if d.meta[k] != v {
			t.Errorf("meta[%q] = %q, want %q", k, d.meta[k], v)
		}
	}
}

func TestSegmentHTMLJSONLDFallback(t *testing.T) {
	src := `<html><head><title>T</title><script type="application/ld+json">[{"@type":"NewsArticle","headline":"H",
"datePublished":"2020-01-02","publisher":{"@type":"Organization","name":"Org"}}]</script></head><body><p>x</p><time datetime="2019-01-01">then</time></body></html>`
	d, _ := htmlSegs(t, src)
	if d.meta["published"] != "2020-01-02" || d.meta["publisher"] != "Org" || d.meta["title"] != "H" {
		t.Errorf("meta = %v", d.meta)
	}
}

func TestSegmentHTMLTimeElement(t *testing.T) {
	d, _ := htmlSegs(t, `<html><body><p>By X <time datetime="2019-05-06">May 6</time></p></body></html>`)
	if d.meta["published"] != "2019-05-06" {
		t.Errorf("published = %q", d.meta["published"])
	}
}

func TestSegmentHTMLHostile(t *testing.T) {
	src := `<p onclick="steal()">Hello <img src=x onerror="alert(1)"><a href="javascript:alert(2)">click</a>` +
		`<a href="  javascript:alert(3)">x</a><a href="java&#x09;script:alert(4)">y</a><a href="vbscript:z">z</a></p>` +
		`<script>alert("script text")</script><iframe src="https://evil.example/"><p>frame text</p></iframe>` +
		`<object data="x.swf">object text</object><style>body{background:url(javascript:alert(5))}</style><p>Bye</p>`
	_, segs := htmlSegs(t, src)
	var all strings.Builder
	for _, s := range segs {
		all.WriteString(s.Text + "\n")
		for _, l := range s.Links {
			t.Errorf("unsafe link kept: %+v", l)
		}
	}
	for _, bad := range []string{"alert", "script text", "frame text", "object text", "onerror", "background"} {
		if strings.Contains(all.String(), bad) {
			t.Errorf("text %q came through: %q", bad, all.String())
		}
	}
	if !strings.Contains(all.String(), "Hello click") || !strings.Contains(all.String(), "Bye") {
		t.Errorf("visible text lost: %q", all.String())
	}
}

func TestSegmentHTMLFinancialTable(t *testing.T) {
	src := `<html><body><p>Revenue rose.</p><table>
<tr><td>Revenue</td><td>$1,234</td><td>$1,100</td></tr>
<tr><td>Net income</td><td>456</td><td>(12)</td></tr>
<tr><td>EPS</td><td>$0.45</td><td>$0.40</td></tr></table><p>After.</p></body></html>`
	_, segs := htmlSegs(t, src)
	if len(segs) != 3 {
		t.Fatalf("got %d segments: %q", len(segs), kept(segs))
	}
	tb := segs[1]
	if tb.Removed == nil || tb.Removed.Kind != RemovedTable || !strings.HasPrefix(tb.Removed.Reason, "financial table") {
		t.Fatalf("table not removed as a financial table: %+v", tb)
	}
	if !strings.Contains(tb.Text, "Net income 456 (12)") {
		t.Errorf("table text = %q", tb.Text)
	}
	if got := src[tb.Source.Start:tb.Source.End]; !strings.HasPrefix(got, "<table>") || !strings.HasSuffix(got, "</table>") {
		t.Errorf("table span = %q", got)
	}
}

func TestSegmentHTMLLayoutTable(t *testing.T) {
	src := `<p>Lead.</p><TABLE><TR><TD>Contact:</TD><TD>Ken Bond</TD><TD>Jane Roe</TD></TR>
<TR><TD></TD><TD>1.650.607.0349</TD><TD>1.212.508.7935</TD></TR>
<TR><TD></TD><TD>ken@example.com</TD><TD>jane@example.com</TD></TR></TABLE><p>Body.</p>`
	_, segs := htmlSegs(t, src)
	got := kept(segs)
	want := []string{"Lead.", "Contact: Ken Bond Jane Roe 1.650.607.0349 1.212.508.7935 ken@example.com jane@example.com", "Body."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("segments = %q, want %q", got, want)
	}
	if n := len(segs[1].Lines); n != 7 {
		t.Errorf("contact table has %d lines, want one per cell (7)", n)
	}
}

func TestSegmentHTMLLayoutPageTable(t *testing.T) {
	long := strings.Repeat("This paragraph of the release is long enough to be prose. ", 4)
	src := `<table><tr><td><p>` + long + `</p><p>` + long + `</p></td></tr></table>`
	_, segs := htmlSegs(t, src)
	if got := kept(segs); len(got) != 2 {
		t.Fatalf("a page laid out in a table should keep its paragraphs, got %d segments", len(got))
	}
}

func TestSegmentHTMLSplitHeadline(t *testing.T) {
	src := `<HTML><BODY><P ALIGN="center"><B>ACME NAMES JANE ROE</B></P>
<P ALIGN="center"><B>TO THE BOARD</B></P><P>NEW YORK, May 1, 2020 &#151; Acme said.</P></BODY></HTML>`
	_, segs := htmlSegs(t, src)
	got := kept(segs)
	if len(got) != 2 || got[0] != "ACME NAMES JANE ROE TO THE BOARD" {
		t.Fatalf("segments = %q", got)
	}
	if len(segs[0].Repairs) != 1 || segs[0].Repairs[0].Kind != RepairRejoined {
		t.Errorf("repairs = %+v", segs[0].Repairs)
	}
}

// page is a small web page with chrome around an article.
const page = `<!DOCTYPE html><html lang="en"><head><title>Acme wins award | Acme News</title></head><body>
<header class="site-header"><a href="/">Home</a> <nav><ul><li><a href="/a">Products</a></li><li><a href="/b">About us</a></li><li><a href="/c">Careers</a></li></ul></nav></header>
<div class="wrapper">
<h1>Acme wins award</h1>
<div class="article-body">
<p>LONDON, May 1, 2020 -- Acme, a maker of anvils, rockets and traps, today won the award, beating rivals from Europe, Asia and America.</p>
<p>The award, given each year by the guild, honours quality, safety and design, and Acme has now won it three times.</p>
<div class="share-bar"><a href="https://twitter.com/x">Tweet</a> <a href="https://facebook.com/x">Share</a></div>
<p>"We are proud," said the chief executive, who thanked staff, customers and partners for their support over the years.</p>
</div>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Story one about things</a></li><li><a href="/2">Story two about more</a></li></ul></aside>
</div>
<footer class="site-footer"><p>Copyright 2020 Acme News. All rights reserved.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>`

func TestSegmentHTMLPage(t *testing.T) {
	_, segs := htmlSegs(t, page)
	got := kept(segs)
	if len(got) != 4 || got[0] != "Acme wins award" || !strings.HasPrefix(got[1], "LONDON") || !strings.HasPrefix(got[3], `"We are proud,"`) {
		t.Fatalf("kept = %q", got)
	}
	var removed []string
	for _, s := range segs {
		if s.Removed != nil {
			removed = append(removed, s.Removed.Kind.String()+": "+s.Text)
		}
	}
	all := strings.Join(removed, "\n")
	for _, w := range []string{"Products", "Tweet", "Most read", "Copyright", "Privacy"} {
		if !strings.Contains(all, w) {
			t.Errorf("%q not among removed: %s", w, all)
		}
	}
	if len(removed) > 6 {
		t.Errorf("page chrome split into %d removed segments, want a handful:\n%s", len(removed), all)
	}
	if !strings.Contains(all, "social: Tweet Share") {
		t.Errorf("share bar not removed as social:\n%s", all)
	}
}

func TestSegmentHTMLClipboardKeepsAll(t *testing.T) {
	// A selection copied from a page has no chrome to remove: nothing goes.
	src := `<meta charset="utf-8"><!--StartFragment--><div class="x"><p>One, two, three, four, five, six, seven and eight words.</p></div>` +
		`<div class="y"><p>Short.</p></div><!--EndFragment-->`
	_, segs := htmlSegs(t, src)
	if got := kept(segs); len(got) != 2 {
		t.Fatalf("kept = %q", got)
	}
}

func TestHTMLTestdataInputs(t *testing.T) {
	for _, name := range []string{"clipboard.input.html", "hostile.input.html"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile("../testdata/" + name)
			if err != nil {
				t.Fatal(err)
			}
			if f := detectFormat(string(src)); f != FormatHTML {
				t.Fatalf("detected as %v", f)
			}
			rel, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range rel.Blocks {
				if strings.Contains(b.Text, "alert(") || strings.Contains(b.Text, "<script") {
					t.Errorf("script text in block: %q", b.Text)
				}
				for _, l := range b.Links {
					if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") && !strings.HasPrefix(l.URL, "mailto:") {
						t.Errorf("unsafe link: %+v", l)
					}
				}
			}
			for _, l := range rel.Links {
				if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") && !strings.HasPrefix(l.URL, "mailto:") {
					t.Errorf("unsafe link: %+v", l)
				}
			}
		})
	}
}

func TestSegmentHTMLDataTable(t *testing.T) {
	// Figures without money (standings, schedules) are content: one segment per row.
	var b strings.Builder
	b.WriteString("<table><tr><th>Pos</th><th>Driver</th><th>Points</th><th>Wins</th></tr>")
	for i, name := range []string{"Kyle Busch", "Martin Truex", "Kevin Harvick", "Denny Hamlin", "Joey Logano", "Ryan Blaney", "Kyle Larson", "Chase Elliott", "Clint Bowyer", "Alex Bowman"} {
		b.WriteString("<tr><td>" + strings.Repeat("1", i+1) + "</td><td>" + name + "</td><td>50" + strings.Repeat("4", i+1) + "</td><td>" + strings.Repeat("2", i+1) + "</td></tr>")
	}
	b.WriteString("</table>")
	_, segs := htmlSegs(t, b.String())
	if len(segs) != 11 {
		t.Fatalf("got %d segments, want one per row (11): %q", len(segs), kept(segs))
	}
	for _, s := range segs {
		if s.Removed != nil {
			t.Fatalf("row removed: %+v", s)
		}
	}
	if segs[1].Text != "1 Kyle Busch 504 2" {
		t.Errorf("row text = %q", segs[1].Text)
	}
}

func TestSegmentHTMLLooseTextArticle(t *testing.T) {
	// The article is text beside blocks in a container, not in <p>s.
	long := strings.Repeat("The team said the vehicles were damaged, the batteries taken, and patients rescheduled. ", 4)
	src := `<html><body><div class="menu"><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li></ul></div>` +
		`<div class="main"><div class="col"><p class="title">Vehicles broken into</p><small>05/10/2018</small><br><br>` + long +
		`<br><br><div class="share"><a href="https://facebook.com/x">Facebook</a></div></div></div>` +
		`<div class="footer"><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></div></body></html>`
	_, segs := htmlSegs(t, src)
	found := false
	for _, s := range segs {
		if strings.HasPrefix(s.Text, "The team said") {
			found = s.Removed == nil
		}
		if strings.Contains(s.Text, "Privacy") && s.Removed == nil {
			t.Errorf("footer kept: %q", s.Text)
		}
	}
	if !found {
		t.Fatalf("article text not kept: %q", kept(segs))
	}
}

// FuzzSegmentHTML checks that the HTML segmenter never panics and keeps its
// invariants: spans in bounds and in order, link offsets inside the text,
// only http, https and mailto links.
func FuzzSegmentHTML(f *testing.F) {
	for _, s := range []string{page, "<p>a<br>b</p>", "<table><tr><td>1<td>$2</table>", "<a href='javascript:x'>y</a>",
		"<P ALIGN=center><B>A</B><P ALIGN=center><B>B</B>", "<svg><p>x</svg>", "<ul><li>a<li>b</ul>", "<title>T</title><script type='application/ld+json'>{</script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, segs := htmlSegs(t, src)
		prev := 0
		for i, s := range segs {
			if s.Source.Start < prev || s.Source.End < s.Source.Start || s.Source.End > len(src) {
				t.Fatalf("segment %d span %v out of order or bounds (prev end %d, len %d)", i, s.Source, prev, len(src))
			}
			prev = s.Source.End
			for _, l := range s.Links {
				if l.Start < 0 || l.End > len(s.Text) || l.Start >= l.End || s.Text[l.Start:l.End] != l.Text {
					t.Fatalf("segment %d link %+v does not point into %q", i, l, s.Text)
				}
				if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") && !strings.HasPrefix(l.URL, "mailto:") {
					t.Fatalf("unsafe link %+v", l)
				}
			}
			if s.Text == "" {
				t.Fatalf("segment %d is empty", i)
			}
		}
	})
}

func TestSegmentHTMLOfficeClipboard(t *testing.T) {
	word := `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-GB><!--StartFragment-->` +
		`<p class=MsoNormal><b>Acme opens plant<o:p></o:p></b></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
		`<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>` +
		`<span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First point<o:p></o:p></p>` +
		`<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>Second point</p><!--EndFragment--></body></html>`
	_, segs := htmlSegs(t, word)
	got := kept(segs)
	if strings.Join(got, "|") != "Acme opens plant|First point|Second point" {
		t.Fatalf("Word clipboard = %q", got)
	}
	if segs[1].Kind != BlockListItem || segs[2].Kind != BlockListItem {
		t.Errorf("Word list paragraphs not list items: %v %v", segs[1].Kind, segs[2].Kind)
	}
	// Google Docs wraps the copy in <b style="font-weight:normal">: not bold.
	docs := `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="text-align:center"><span style="font-weight:700">Title line one</span></p>` +
		`<p dir="ltr" style="text-align:center"><span style="font-weight:700">and two</span></p><p dir="ltr" style="text-align:center"><span style="font-weight:400">Centred but plain</span></p></b>`
	_, segs = htmlSegs(t, docs)
	got = kept(segs)
	if strings.Join(got, "|") != "Title line one and two|Centred but plain" {
		t.Fatalf("Google Docs clipboard = %q", got)
	}
}

func TestSegmentHTMLCaptionsAndLinkRuns(t *testing.T) {
	body := strings.Repeat("<p>The council approved the plan, which covers roads, schools and parks, after a long debate on Monday night.</p>", 4)
	src := `<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><article>` + body +
		`<figure><img src="x.jpg"><figcaption>The town hall. Photo: J. Doe</figcaption></figure>` +
		`<p>You may also like</p><p><a href="https://x.org/1">First other story</a></p><p><a href="https://x.org/2">Second other story</a></p><p><a href="https://x.org/3">Third other story</a></p>` +
		`</article></body></html>`
	_, segs := htmlSegs(t, src)
	for _, s := range segs {
		switch {
		case strings.Contains(s.Text, "Photo: J. Doe"):
			if s.Removed == nil || s.Removed.Kind != RemovedMedia {
				t.Errorf("caption not removed as media: %+v", s)
			}
		case strings.Contains(s.Text, "other story"):
			if s.Removed == nil || s.Removed.Reason != reasonLinkList {
				t.Errorf("link run not removed: %+v", s)
			}
			if !strings.Contains(s.Text, "First") || !strings.Contains(s.Text, "Third") {
				t.Errorf("link run not folded into one segment: %q", s.Text)
			}
		case strings.Contains(s.Text, "council"):
			if s.Removed != nil {
				t.Errorf("body removed: %+v", s)
			}
		}
	}
}

func TestSegmentHTMLDeepNesting(t *testing.T) {
	// Deep nesting must neither blow up the stack walks nor lose text.
	src := strings.Repeat("<div>", 100000) + strings.Repeat("<p>deep text</p>", 2000) + strings.Repeat("</div>", 100000)
	_, segs := htmlSegs(t, src)
	if len(segs) == 0 || !strings.Contains(segs[0].Text, "deep text") {
		t.Fatalf("text lost under deep nesting: %d segments", len(segs))
	}
}

func TestSegmentHTMLBoldLeadIn(t *testing.T) {
	src := `<p><b>About Acme</b><br>Acme builds plants.</p><p><b>Media contact</b><br>Jane Roe<br>+1 555 0100</p><p><b>Note:</b> bold then text.<br>More.</p>`
	_, segs := htmlSegs(t, src)
	got := kept(segs)
	want := []string{"About Acme", "Acme builds plants.", "Media contact", "Jane Roe +1 555 0100", "Note: bold then text. More."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("segments = %q, want %q", got, want)
	}
	if segs[1].BlankBefore != 0 || segs[2].BlankBefore == 0 {
		t.Errorf("BlankBefore = %d, %d; want 0 under a lead-in, more between paragraphs", segs[1].BlankBefore, segs[2].BlankBefore)
	}
}

func TestSegmentHTMLBareLinks(t *testing.T) {
	src := `<html><head><link rel="canonical" href="https://example.com/news/a"></head><body>` +
		`<p>Text <a href="https://twitter.com/acme"><img src="t.png" alt="Twitter"></a> ` +
		`<a href="javascript:void(0)"><img src="x.png"></a> <a href="/logo"><img src="l.png"></a></p></body></html>`
	d, _ := htmlSegs(t, src)
	var got []string
	for _, l := range d.links {
		got = append(got, l.URL)
	}
	want := "https://twitter.com/acme https://example.com/logo https://example.com/news/a"
	if strings.Join(got, " ") != want {
		t.Fatalf("bare links = %q, want %q", got, want)
	}
}

func TestSegmentHTMLPre(t *testing.T) {
	// A release kept in <pre>: hard-wrapped lines, blank lines between paragraphs.
	src := "<html><body><pre>\nACME OPENS PLANT\n\nLONDON, May 1 -- Acme today opened\na plant &amp; a depot.\r\n\nAbout Acme\nAcme makes things.\n</pre></body></html>"
	_, segs := htmlSegs(t, src)
	got := kept(segs)
	want := []string{"ACME OPENS PLANT", "LONDON, May 1 -- Acme today opened a plant & a depot.", "About Acme Acme makes things."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("segments = %q, want %q", got, want)
	}
	if n := len(segs[1].Lines); n != 2 {
		t.Fatalf("second segment has %d lines, want 2", n)
	}
	if l := segs[1].Lines[1]; src[l.Source.Start:l.Source.End] != "a plant &amp; a depot." {
		t.Errorf("line span = %q", src[l.Source.Start:l.Source.End])
	}
}

func TestRawTagAtom(t *testing.T) {
	for raw, want := range map[string]string{"<DIV class=x>": "div", "</p>": "p", "<br/>": "br", "<h1\n>": "h1",
		"<my-element>": "", "<blockquote cite=x>": "blockquote", "</TABLE >": "table", "<h1-x>": "", "<o:p>": ""} {
		if got := rawTagAtom([]byte(raw)).String(); got != want {
			t.Errorf("rawTagAtom(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestSegmentHTMLHiddenKeptAsRemoved(t *testing.T) {
	// Hidden text is not body, but nothing is dropped silently: hidden
	// blocks become removed segments; hidden words inside a shown paragraph
	// are not on the page and go.
	src := `<p>seen <span style="display:none">ghost</span>text</p><div hidden><p>gone one</p><p>gone two</p></div><p>also</p>`
	_, segs := htmlSegs(t, src)
	if len(segs) != 3 {
		t.Fatalf("got %d segments: %q", len(segs), kept(segs))
	}
	if segs[0].Text != "seen text" || segs[2].Text != "also" {
		t.Errorf("shown text = %q, %q", segs[0].Text, segs[2].Text)
	}
	h := segs[1]
	if h.Removed == nil || h.Removed.Kind != RemovedOther || h.Text != "gone one gone two" {
		t.Errorf("hidden block = %+v", h)
	}
}

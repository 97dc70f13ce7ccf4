//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"
)

// wireRelease is a small, realistic newswire release in plain text.
const (
	wireTitle   = "Acme Robotics Unveils Harbor, a Warehouse Robot That Learns New Routes in Minutes"
	wireBody    = "Harbor learns a new floor plan in under ten minutes"
	wireAbout   = "Acme Robotics, founded in 2016 and based in San Jose"
	wireRelease = wireTitle + `

SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme Robotics, Inc., a maker of autonomous mobile robots for logistics, today introduced Harbor, a warehouse robot that maps a changed floor on its own and plans new picking routes without a technician on site.

"Warehouses change their layouts every season, and their robots should keep up," said Maria Chen, chief executive officer of Acme Robotics. "` + wireBody + `, so a weekend re-shelving no longer means a week of lost throughput."

Harbor will ship to customers in North America in the second quarter of 2025, starting at $38,000 per unit, with a subscription for fleet software.

About Acme Robotics
` + wireAbout + `, builds autonomous mobile robots for warehouses and distribution centers. Learn more at https://www.acme-robotics.example.

###

Media contact
Jordan Lee
press@acme-robotics.example
+1 408 555 0142

SOURCE Acme Robotics, Inc.
`
)

// TestPasteWire pastes the plain-text wire release: its title, date and body
// show in the article, and its "About" section is listed under Removed and
// not in the body.
func TestPasteWire(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)

	if dt := eval[string](t, ctx, `(() => { const e = document.querySelector("article time[datetime]"); return e ? e.getAttribute("datetime") : ""; })()`); !strings.HasPrefix(dt, "2025-03-03") {
		t.Errorf(`article <time datetime> = %q, want "2025-03-03"`, dt)
	}
	body := articleText(t, ctx)
	if !strings.Contains(body, wireBody) {
		t.Errorf("the article lacks the quote %q:\n%s", wireBody, body)
	}
	if strings.Contains(body, wireAbout) {
		t.Errorf("the About section is in the article body:\n%s", body)
	}
	// The panels are drawn once the release has been painted.
	hasAbout := `pmRegion("Removed") && pmRegion("Removed").innerText.includes(` + jsString(wireAbout) + `)`
	if err := poll(ctx, hasAbout, 10*time.Second); err != nil {
		t.Errorf("the region labelled Removed lacks the About section:\n%s", regionText(t, ctx, "Removed"))
	}
}

// TestPasteHTML dispatches a paste whose clipboard carries HTML and plain
// text, as a copy from a web page does: the HTML is what gets parsed.
func TestPasteHTML(t *testing.T) {
	const (
		htmlTitle = "Orbital Foods Names Dana Reyes Chief Executive"
		plainOnly = "Plain-text stand-in that the app must not prefer"
		link      = "https://orbital-foods.example/newsroom"
	)
	html := `<html><head><title>Newsroom</title></head><body>
		<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
		<article><h1>` + htmlTitle + `</h1>
		<p><time datetime="2025-05-06">May 6, 2025</time></p>
		<p>PORTLAND, Ore. -- Orbital Foods today named <b>Dana Reyes</b> its chief executive officer, effective June 1.</p>
		<p>Reyes has led the company's grocery business since 2019. Read more in our <a href="` + link + `">newsroom</a>.</p>
		</article></body></html>`
	plain := plainOnly + "\n\nPORTLAND, Ore. -- Orbital Foods today named Dana Reyes its chief executive officer.\n"

	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, html, plain)
	waitTitle(t, ctx, htmlTitle)
	if body := articleText(t, ctx); strings.Contains(body, plainOnly) {
		t.Errorf("the article shows the plain-text fallback:\n%s", body)
	}
	if !eval[bool](t, ctx, `Array.from(document.querySelectorAll("article a[href]")).some((a) => a.href === `+jsString(link)+`)`) {
		t.Errorf("the article has no link to %s (only the HTML carries it)", link)
	}
}

// TestHostilePaste pastes markup that would run script if it were inserted
// as HTML: nothing runs, and none of it reaches the DOM as live markup.
func TestHostilePaste(t *testing.T) {
	const title = "Quarterly Update From Contoso"
	payload := `<h1>` + title + `</h1>
<p>Contoso reports a steady quarter. <img src="/nope.png" onerror="window.__pwned='img'"></p>
<script>window.__pwned='script'</script>
<p>See <a href="javascript:window.__pwned='href'">the results</a> and <a href=" JaVaScRiPt:window.__pwned='href2'">more</a>.</p>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
<svg onload="window.__pwned='svg'"><circle r="1"/></svg>
<p onclick="window.__pwned='click'" style="background:url(javascript:alert(1))">Contoso, founded in 1999, makes office software.</p>`

	for _, tc := range []struct{ name, html, text string }{
		{"html", payload, title + "\n\nContoso reports a steady quarter."},
		{"text", "", payload},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newPage(t)
			open(t, ctx, rootSite.URL+"/")
			paste(t, ctx, tc.html, tc.text)
			waitFor(t, ctx, "the hostile release to render", `pmArticle() && pmArticle().innerText.includes("steady quarter")`, 20*time.Second)
			// Click every link of the article, and give handlers time to fire.
			eval[bool](t, ctx, `(async () => {
				for (const a of document.querySelectorAll("article a")) { a.addEventListener("click", (e) => e.preventDefault()); }
				for (const p of document.querySelectorAll("article p")) p.click();
				await new Promise((r) => setTimeout(r, 500));
				return true; })()`)
			if v := eval[string](t, ctx, `String(window.__pwned ?? "")`); v != "" {
				t.Errorf("the payload ran (window.__pwned = %q)", v)
			}
			live := eval[string](t, ctx, `(() => {
				const bad = [];
				const main = document.body;
				for (const el of main.querySelectorAll('script, iframe, object, embed, img[src*="nope"]')) bad.push(el.outerHTML.slice(0, 80));
				for (const el of main.querySelectorAll("*")) {
					for (const at of el.attributes) if (/^on/i.test(at.name)) bad.push(el.tagName + " " + at.name);
				}
				for (const a of document.querySelectorAll("a[href]")) if (/^\s*javascript:/i.test(a.getAttribute("href"))) bad.push("a href=" + a.getAttribute("href"));
				return bad.join("\n");
			})()`)
			if live != "" {
				t.Errorf("pasted markup reached the DOM:\n%s", live)
			}
		})
	}
}

// TestRestoreSurvivesReload restores the About section of the wire release
// from the Removed panel: it moves into the article, and stays there after a
// reload.
func TestRestoreSurvivesReload(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	waitFor(t, ctx, "the About section under Removed", `pmRegion("Removed") && pmRegion("Removed").innerText.includes(`+jsString(wireAbout)+`)`, 10*time.Second)

	clicked := eval[string](t, ctx, `(() => {
		const region = pmRegion("Removed");
		// The smallest element that holds the About text and a Restore button.
		let best = null;
		for (const el of region.querySelectorAll("*")) {
			if (!el.innerText || !el.innerText.includes(`+jsString(wireAbout)+`)) continue;
			const buttons = Array.from(el.querySelectorAll("button")).filter((b) => /^restore\b/i.test(pmButtonName(b)));
			if (buttons.length === 1) best = buttons[0];
		}
		if (!best) return "";
		best.click();
		return pmButtonName(best);
	})()`)
	if clicked == "" {
		t.Fatal(`no single "Restore" button beside the About section in the Removed region`)
	}
	waitFor(t, ctx, "the restored About section in the article", `pmArticle().innerText.includes(`+jsString(wireAbout)+`)`, 10*time.Second)

	reload(t, ctx)
	waitTitle(t, ctx, wireTitle)
	if body := articleText(t, ctx); !strings.Contains(body, wireAbout) {
		t.Errorf("after a reload the restored About section is gone from the article:\n%s", body)
	}
}

// TestTyping sets the editor's text as typing does (input events, no
// paste): the app re-parses it once typing pauses.
func TestTyping(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	setValue(t, ctx, "")
	setValue(t, ctx, wireRelease)
	waitTitle(t, ctx, wireTitle)
}

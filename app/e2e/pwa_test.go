//go:build e2e

package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// sampleTitle is the title of the seed release the app shows first.
const sampleTitle = "Response by Belarus to the Vienna Mechanism"

func TestFirstLoadShowsSample(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	if n := eval[int](t, ctx, `document.querySelectorAll("article").length`); n != 1 {
		t.Errorf("the page has %d <article> elements, want exactly 1", n)
	}
	waitTitle(t, ctx, sampleTitle)
}

// TestInstallable checks what makes the app installable and keeps it off
// other origins: a manifest with local 192, 512 and maskable PNG icons of
// the right sizes, a service worker, and no resource from another origin.
func TestInstallable(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	report := eval[string](t, ctx, `(async () => {
		const problems = [];
		const link = document.querySelector('link[rel="manifest"]');
		if (!link) return "no manifest link";
		const m = await (await fetch(link.href)).json();
		if (!m.name || !m.short_name || !m.start_url || !m.theme_color || m.display !== "standalone") problems.push("manifest lacks name, start_url, theme_color or display: " + JSON.stringify(m));
		const want = {"192x192 any": false, "512x512 any": false, "512x512 maskable": false};
		for (const icon of m.icons || []) {
			const url = new URL(icon.src, link.href);
			if (url.origin !== location.origin) { problems.push("remote icon " + url); continue; }
			if (icon.type !== "image/png") continue;
			const res = await fetch(url);
			if (!res.ok) { problems.push("icon " + url + ": " + res.status); continue; }
			const bmp = await createImageBitmap(await res.blob());
			if (icon.sizes !== bmp.width + "x" + bmp.height) problems.push(icon.src + " is " + bmp.width + "x" + bmp.height + ", manifest says " + icon.sizes);
			want[icon.sizes + " " + (icon.purpose || "any")] = true;
		}
		for (const [k, ok] of Object.entries(want)) if (!ok) problems.push("no " + k + " PNG icon");
		// Links to other sites are fine; nothing may load from one.
		for (const el of document.querySelectorAll("link[href], script[src], img[src], source[src], video[src], audio[src], iframe[src], embed[src], object[data]")) {
			const u = new URL(el.getAttribute("src") || el.getAttribute("href") || el.getAttribute("data"), location.href);
			if ((u.protocol === "http:" || u.protocol === "https:") && u.origin !== location.origin) problems.push("remote resource " + u);
		}
		for (const r of performance.getEntriesByType("resource")) {
			if (new URL(r.name).origin !== location.origin) problems.push("fetched " + r.name);
		}
		const reg = await navigator.serviceWorker.ready;
		if (!reg.active) problems.push("no active service worker");
		return problems.join("\n");
	})()`)
	if report != "" {
		t.Error(report)
	}
}

// TestCSP checks that the page's policy is in force (an injected inline
// script is refused) and that the app itself breaks none of it.
func TestCSP(t *testing.T) {
	ctx := newPage(t)
	recordViolations(t, ctx)
	messages := consoleCollector(t, ctx)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	time.Sleep(300 * time.Millisecond) // let late style and image loads report

	if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
		t.Errorf("the app violates its own Content-Security-Policy:\n%s", strings.Join(v, "\n"))
	}
	for _, m := range messages() {
		if strings.Contains(m, "Content Security Policy") || strings.Contains(m, "Content-Security-Policy") {
			t.Errorf("console: %s", m)
		}
		if strings.Contains(m, "panic:") || strings.Contains(m, "Go program has already exited") {
			t.Errorf("the app crashed: %s", m)
		}
	}

	// The policy must be in force: an inline script is refused.
	ran := eval[bool](t, ctx, `(async () => {
		const s = document.createElement("script");
		s.textContent = "window.__inlineRan = true";
		document.body.appendChild(s);
		await new Promise((r) => setTimeout(r, 100));
		return window.__inlineRan === true;
	})()`)
	if ran {
		t.Error("an inline script ran: the Content-Security-Policy is not in force")
	}
	if v := eval[[]string](t, ctx, `window.__csp`); len(v) == 0 {
		t.Error("the refused inline script reported no violation")
	}
}

// recordViolations makes every page the tab loads from now on list its
// Content-Security-Policy violations in window.__csp.
func recordViolations(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = [];
			document.addEventListener("securitypolicyviolation", (e) =>
				window.__csp.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));`,
	}); err != nil {
		t.Fatal(err)
	}
}

// consoleCollector records the page's console and browser log from now on;
// the returned func lists what has arrived.
func consoleCollector(t testing.TB, ctx context.Context) func() []string {
	t.Helper()
	lctx, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	got := make(chan string, 1024)
	msgs := chromedp.Console(lctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			select {
			case got <- m.String():
			default:
			}
		}
	}()
	return func() []string {
		var out []string
		for {
			select {
			case m := <-got:
				out = append(out, m)
			default:
				return out
			}
		}
	}
}

func TestOffline(t *testing.T) {
	t.Run("root", func(t *testing.T) { testOffline(t, distDir, "") })
	t.Run("sub-path", func(t *testing.T) { testOffline(t, subDir, subPrefix) })
}

// testOffline loads the site once online, then takes the server away and
// emulates an offline network: a reload must still show the app, and the
// app must still parse a paste.
func testOffline(t *testing.T, dir, prefix string) {
	site := serveSite(dir, prefix)
	defer site.Close()
	ctx := newPage(t)
	open(t, ctx, site.URL+prefix+"/")
	waitTitle(t, ctx, sampleTitle)
	waitFor(t, ctx, "the service worker to control the page",
		`navigator.serviceWorker.controller !== null`, 30*time.Second)

	site.Close()
	goOffline(t, ctx)
	// A request the worker has not cached must now fail: the test is
	// really offline.
	if eval[bool](t, ctx, `fetch(location.origin + "/not-cached-" + Date.now()).then(() => true, () => false)`) {
		t.Fatal("a fetch of an uncached address succeeded: the page is not offline")
	}

	reload(t, ctx)
	waitTitle(t, ctx, sampleTitle)
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	if loc := eval[string](t, ctx, `location.pathname`); loc != prefix+"/" {
		t.Errorf("offline page at %q, want %q", loc, prefix+"/")
	}
	// The bare prefix ("/pressmark") is outside the worker's scope
	// ("/pressmark/"), which no static host can widen: offline, the app
	// opens at prefix+"/", the manifest's start_url.
}

// goOffline cuts the tab and its service worker off the network.
func goOffline(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	offline := true
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &offline,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
		Offline: true, DownloadThroughput: -1, UploadThroughput: -1,
	}); err != nil {
		t.Fatal(err)
	}
}

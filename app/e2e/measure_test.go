//go:build e2e

package e2e

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

var (
	measureRuns = flag.Int("measure-runs", 5, "runs of each browser measurement; the median is printed")
	measureOnly = flag.String("measure-only", "", "comma-separated groups to measure: visits, pastes, annotate (default all)")
)

// measuring reports whether the measurement group is to be run this time.
func measuring(group string) bool {
	if *measureOnly == "" {
		return true
	}
	for _, g := range strings.Split(*measureOnly, ",") {
		if strings.TrimSpace(g) == group {
			return true
		}
	}
	return false
}

// TestMeasure measures what a user feels in the browser and prints one
// line per figure, "BENCH<TAB>case<TAB>median<TAB>unit", for make bench
// (app/benchreport) to read. It is a measurement, not a test of speed: it
// fails only when a step cannot be done, and runs only when
// PRESSMARK_MEASURE is set, so that make test does not spend minutes on it.
func TestMeasure(t *testing.T) {
	if os.Getenv("PRESSMARK_MEASURE") == "" {
		t.Skip("a measurement: set PRESSMARK_MEASURE=1 (make bench does)")
	}
	seed, corpus := pasteInputs(t)

	figures := map[string][]float64{}
	for run := 0; run < *measureRuns && (measuring("visits") || measuring("pastes")); run++ {
		var ctx context.Context
		if !measuring("visits") {
			ctx = newPage(t)
			open(t, ctx, rootSite.URL+"/")
		} else {
			var first, repeat visitTimes
			ctx, first, repeat = measureVisits(t, rootSite.URL+"/")
			figures["first visit"] = append(figures["first visit"], first.Ready)
			figures["repeat visit"] = append(figures["repeat visit"], repeat.Ready)
			figures["first visit, first frame"] = append(figures["first visit, first frame"], first.Painted)
			figures["repeat visit, first frame"] = append(figures["repeat visit, first frame"], repeat.Painted)
		}
		if !measuring("pastes") {
			continue
		}

		// Each paste's title carries a marker of its own, so that the wait
		// ends on its own view, not on the previous paste's.
		mark := func(i int) string { return fmt.Sprintf("Run %d.%d", run, i) }

		// The seed pasted into a fresh page the moment it is ready, as
		// the very first thing: the parser's code not yet compiled (the
		// first screen's release is parsed at build time). A figure of
		// its own, outside the budget, which judges a paste into the
		// running app.
		// The tab is closed at once, so that its own warm-up does not
		// run beside the pastes below.
		cold, closeCold := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
		open(t, cold, rootSite.URL+"/")
		ms, _ := measurePaste(t, cold, markTitle(string(seed), mark(9)), mark(9))
		closeCold()
		figures["paste seed, at a first visit's ready"] = append(figures["paste seed, at a first visit's ready"], ms)

		// The budgeted pastes go into the app once it has settled, as
		// a user's paste comes after the page has shown; the start-up
		// is the visits' figures.
		eval[bool](t, ctx, settled)
		for i, c := range []struct {
			name string
			text string
		}{
			{"paste seed", markTitle(string(seed), mark(0))},
			{"paste 25 KB", measureRelease(mark(1), corpus, 25<<10)},
			{"paste 1 MB", measureRelease(mark(2), corpus, 1<<20)},
		} {
			ms, longest := measurePaste(t, ctx, c.text, mark(i))
			figures[c.name] = append(figures[c.name], ms)
			if c.name == "paste 1 MB" {
				figures["paste 1 MB longest task"] = append(figures["paste 1 MB longest task"], longest)
			}
		}
	}

	// Annotating a long release: 5,000 words holding 2,000 annotations.
	if measuring("annotate") {
		ctx := newPage(t)
		f := annotateFigures(t, ctx, *measureRuns, *measureRuns)
		figures["add annotation"] = f.addPage
		figures["add annotation (Go side)"] = f.addGo
		figures["re-anchor 2000"] = f.reanchor
		for range *measureRuns {
			worst, dropped := measureScroll(t, ctx)
			figures["scroll worst frame"] = append(figures["scroll worst frame"], worst)
			figures["scroll dropped frames"] = append(figures["scroll dropped frames"], dropped)
		}
	}

	names := make([]string, 0, len(figures))
	for n := range figures {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		unit := "ms"
		if strings.HasSuffix(n, "frames") {
			unit = "frames"
		}
		fmt.Printf("BENCH\t%s\t%.1f\t%s\n", n, medianOf(figures[n]), unit)
	}
}

// measureScroll waits for the page to settle, then scrolls the cleaned view
// from top to bottom in steps, one step a frame, as a fast reader would,
// and returns the longest time
// between two frames in milliseconds (16.7 at 60 Hz when no frame is late)
// and how many frames were missed. Frames are timed by the time
// requestAnimationFrame gives its callback, the start of the frame, on the
// display's 60 Hz beat: a frame whose work overruns shows as two or more
// beats between frames, while the moment the callback happens to run
// within its frame (up to a few milliseconds late on a busy machine) is not
// a frame missed. Each gap is counted in whole beats, so the timestamps'
// own rounding (16.6 or 16.8) is not either.
func measureScroll(t *testing.T, ctx context.Context) (worst, dropped float64) {
	t.Helper()
	type result struct {
		Worst   float64 `json:"worst"`
		Dropped float64 `json:"dropped"`
	}
	r := eval[result](t, ctx, `(async () => {
		const a = pmArticle();
		let el = a;
		while (el && el !== document.body && !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== "visible")) el = el.parentElement;
		const scroller = (el && el !== document.body) ? el : document.scrollingElement;
		scroller.scrollTop = 0;
		const frame = () => new Promise((r) => requestAnimationFrame(r));
		// A reader scrolls a page that has finished its work.
		await `+settled+`;
		await frame();
		const beat = 1000 / 60;
		const step = Math.max(40, scroller.clientHeight / 4);
		let worst = 0, dropped = 0, last = await frame();
		while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
			scroller.scrollTop += step;
			const now = await frame();
			const beats = Math.max(1, Math.round((now - last) / beat));
			worst = Math.max(worst, beats * beat);
			dropped += beats - 1;
			last = now;
		}
		return {worst, dropped};
	})()`)
	return r.Worst, r.Dropped
}

// settled is a promise, in the page, that resolves to true once no long
// task has begun for 500 ms (at most 10 s): the page has finished its work.
const settled = `(async () => {
	let quiet = performance.now();
	const po = new PerformanceObserver(() => { quiet = performance.now(); });
	try { po.observe({type: "longtask"}); } catch (e) {}
	const end = performance.now() + 10000;
	while (performance.now() - quiet < 500 && performance.now() < end) await new Promise((r) => setTimeout(r, 100));
	po.disconnect();
	return true;
})()`

// readyProbe runs before any of the page's scripts and notes, in
// window.__pmReadyAt, the time since navigation when the app first marks
// itself ready, and in window.__pmPaintedAt when the browser has then
// painted a frame (a timer queued from the next animation frame's callback
// runs once that frame is drawn).
const readyProbe = `(() => {
	const mark = () => {
		if (window.__pmReadyAt || !document.querySelector('[data-ready="true"]')) return;
		window.__pmReadyAt = performance.now();
		requestAnimationFrame(() => setTimeout(() => { window.__pmPaintedAt = performance.now(); }, 0));
	};
	new MutationObserver(mark).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"]});
})();`

// revisitPause is how long a first visit goes on before its tab is closed
// and the site visited again. V8 hands the browser the code it optimized
// for app.wasm to keep once it has made 1 MB of it (V8's
// wasm_caching_hard_threshold), within seconds of a first visit thanks to
// the app's warm-up parses (app/ui/warm.go), and smaller batches later
// after 2 s without new code (wasm_caching_timeout_ms). A user's first
// visit lasts longer than that; a repeat visit that came before it would
// compile everything again.
const revisitPause = 5 * time.Second

// measureVisits starts a browser on a fresh on-disk profile, as a user's
// is, and loads url in a tab; then, once its service worker is active and
// after revisitPause, it closes that tab and loads url again in another.
// The first tab is closed as a user's would be by then: left open, it went
// on compiling app.wasm's hot functions and warming the parser in the
// background, on the same cores as the visit being measured (on this
// two-core machine that added ~150–300 ms to the repeat visit). It returns
// the second tab and both visits' times.
func measureVisits(t *testing.T, url string) (ctx context.Context, first, repeat visitTimes) {
	t.Helper()
	visit := func(ctx context.Context) visitTimes {
		_, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
			return cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: readyProbe})
		})
		if err != nil {
			t.Fatalf("installing the readiness probe: %v", err)
		}
		asAUser(t, ctx)
		do(t, ctx, chromedp.Navigate(url))
		waitFor(t, ctx, "the readiness probe", `window.__pmPaintedAt`, 60*time.Second)
		return eval[visitTimes](t, ctx, `({ready: window.__pmReadyAt, painted: window.__pmPaintedAt})`)
	}
	ctx = newBrowser(t) // a blank tab that keeps the browser open
	firstTab, closeFirst := chromedp.NewContext(ctx)
	defer closeFirst()
	first = visit(firstTab)
	eval[bool](t, firstTab, `navigator.serviceWorker.ready.then(() => true)`)
	time.Sleep(revisitPause)
	closeFirst()

	repeat = visit(ctx)
	if !eval[bool](t, ctx, `!!navigator.serviceWorker.controller`) {
		t.Fatal("the repeat visit was not served by the service worker")
	}
	return ctx, first, repeat
}

// visitTimes are the milliseconds from a navigation until the app has
// rendered the sample release (ready: the budget's figure) and until the
// browser has then painted a frame (painted).
type visitTimes struct {
	Ready   float64 `json:"ready"`
	Painted float64 `json:"painted"`
}

// measurePaste pastes text into the editor and returns the milliseconds
// until the article's title shows marker, and the longest task the main
// thread ran from the paste until it had settled (no long task begun for
// half a second), so that work put off past the title counts too.
func measurePaste(t *testing.T, ctx context.Context, text, marker string) (ms, longest float64) {
	t.Helper()
	type result struct {
		MS      float64 `json:"ms"`
		Longest float64 `json:"longest"`
		Title   string  `json:"title"`
		Shown   bool    `json:"shown"`
	}
	r := eval[result](t, ctx, `(async () => {
		let longest = 0;
		const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); });
		try { po.observe({type: "longtask"}); } catch (e) {}
		const ed = pmEditor(); ed.focus(); ed.select();
		const dt = new DataTransfer();
		dt.setData("text/plain", `+jsString(text)+`);
		const t0 = performance.now();
		const shown = () => pmTitle().includes(`+jsString(marker)+`);
		const ok = await new Promise((resolve) => {
			const mo = new MutationObserver(() => { if (shown()) { mo.disconnect(); resolve(true); } });
			mo.observe(document.body, {subtree: true, childList: true, characterData: true});
			setTimeout(() => { mo.disconnect(); resolve(false); }, 30000);
			ed.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
			if (shown()) { mo.disconnect(); resolve(true); }
		});
		const ms = performance.now() - t0;
		// Work put off until after the title shows still freezes the page:
		// long tasks count until none has begun for 500 ms (at most 10 s).
		const settled = performance.now() + 10000;
		let quiet = performance.now();
		const po2 = new PerformanceObserver(() => { quiet = performance.now(); });
		try { po2.observe({type: "longtask"}); } catch (e) {}
		while (performance.now() - quiet < 500 && performance.now() < settled) await new Promise((r) => setTimeout(r, 100));
		po.disconnect(); po2.disconnect();
		return {ms, longest, title: pmTitle(), shown: ok};
	})()`)
	if !r.Shown {
		t.Fatalf("after a paste of %d bytes the title is %q, without %q, 30 s later", len(text), r.Title, marker)
	}
	return r.MS, r.Longest
}

// pasteInputs reads what TestMeasure pastes: the seed (the app's sample
// release) and the corpus its longer releases are cut from.
func pasteInputs(t *testing.T) (seed []byte, corpus []string) {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	seed, err = os.ReadFile(filepath.Join(root, "app", "ui", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return seed, measureCorpus(t, filepath.Join(root, "testdata"))
}

// measureCorpus reads the plain-text and Markdown releases in testdata.
func measureCorpus(t *testing.T, dir string) []string {
	t.Helper()
	var texts []string
	for _, pattern := range []string{"*.input.txt", "*.input.md"} {
		files, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		t.Fatalf("no releases in %s", dir)
	}
	return texts
}

// measureRelease builds a release of about size bytes: a title naming the
// run, then real releases' text repeated.
func measureRelease(marker string, corpus []string, size int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: a long release for measuring Pressmark\n\n", marker)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(corpus[i%len(corpus)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// markTitle puts marker at the start of the first non-blank line of text,
// its title, so that each paste shows a title of its own.
func markTitle(text, marker string) string {
	i := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	return text[:i] + marker + ": " + text[i:]
}

func medianOf(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// rendererMetrics returns the renderer's main-thread time totals, in
// seconds, by name (LayoutDuration, RecalcStyleDuration, TaskDuration…).
func rendererMetrics(t *testing.T, ctx context.Context) map[string]float64 {
	t.Helper()
	res, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (performance.GetMetricsResult, error) {
		return cdp.Call(ctx, tg, performance.GetMetrics, cdp.Empty{})
	})
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]float64{}
	for _, x := range res.Metrics {
		m[x.Name] = x.Value
	}
	return m
}

// metricsDelta prints, in milliseconds, how much each duration grew.
func metricsDelta(before, after map[string]float64) string {
	var out []string
	for _, n := range []string{"TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"} {
		out = append(out, fmt.Sprintf("%s %.0f", strings.TrimSuffix(n, "Duration"), 1000*(after[n]-before[n])))
	}
	return strings.Join(out, ", ") + " ms"
}

// taskProbe records, in window.pmTasks, each keydown, timer and animation
// frame callback the page runs: its kind, the requested delay, and its
// start and end times.
const taskProbe = `(() => {
	if (window.pmTasks) return true;
	window.pmTasks = [];
	const rec = (kind, fn, extra) => function (...args) {
		const t0 = performance.now();
		try { return fn.apply(this, args); } finally { window.pmTasks.push({kind, extra, t0, t1: performance.now()}); }
	};
	const st = window.setTimeout;
	window.setTimeout = (fn, ms, ...a) => st(rec("timeout", fn, String(ms)), ms, ...a);
	const raf = window.requestAnimationFrame;
	window.requestAnimationFrame = (fn) => raf(rec("raf", fn, 0));
	document.addEventListener("keydown", (e) => window.pmTasks.push({kind: "keydown-ts", t0: e.timeStamp, t1: e.timeStamp}), {capture: true});
	window.addEventListener("keydown", (e) => { const t = performance.now(); window.pmTasks.push({kind: "keydown-handled", t0: t, t1: t}); });
	return true;
})()`

// TestAnnotateTrace prints what the page's main thread runs between a
// label's key press and the highlight, on the figure release.
func TestAnnotateTrace(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	ctx := newPage(t)
	openFigureRelease(t, ctx)
	aeval[bool](t, ctx, taskProbe)
	for i := 0; i < 3; i++ {
		aeval[bool](t, ctx, fmt.Sprintf(`pmSelectBlock(%d, 12)`, 3+7*i))
		await(t, ctx, "the toolbar", `document.querySelector('#anno-toolbar:not([hidden])')`)
		aeval[bool](t, ctx, `(() => { window.pmTasks.length = 0; window.pmAdd = undefined; const n = pmMarkIDs();
			new MutationObserver((_, o) => { const t = performance.now(); if (pmMarkIDs() > n) { window.pmAdd = t; window.pmTasks.push({kind: "MUTATION", t0: window.pmAdd, t1: window.pmAdd}); o.disconnect(); } })
				.observe(document.querySelector("article"), {subtree: true, childList: true}); return true; })()`)
		key(t, ctx, "3")
		await(t, ctx, "the new highlight", `window.pmAdd !== undefined`)
		aeval[bool](t, ctx, `new Promise((r) => setTimeout(() => r(true), 300))`)
		out := aeval[string](t, ctx, `(() => { const ts = window.pmTasks; const k = ts.find((x) => x.kind === "keydown-ts"); const base = k ? k.t0 : 0;
			return "highlight at " + (window.pmAdd - base).toFixed(1) + "\n" + ts.filter((x) => true).map((x) => x.kind + "(" + (x.extra||0) + ") " + (x.t0 - base).toFixed(1) + " .. " + (x.t1 - base).toFixed(1) + " = " + (x.t1 - x.t0).toFixed(1)).join("\n"); })()`)
		fmt.Fprintln(os.Stderr, "ADD", i, "\n"+out)
	}
}

// TestScrollTrace scrolls the figure release with and without the CSS in
// PRESSMARK_SCROLL_CSS added to the page, in turns, and prints each run's
// worst frame and late frames.
func TestScrollTrace(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	ctx := newPage(t)
	openFigureRelease(t, ctx)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, performance.Enable, performance.EnableParams{})
		return err
	}))
	css := os.Getenv("PRESSMARK_SCROLL_CSS")
	aeval[bool](t, ctx, `(() => { window.pmSheet = new CSSStyleSheet(); window.pmSheet.replaceSync(`+jsString(css)+`); return true; })()`)
	for i := 0; i < 8; i++ {
		on := i%2 == 1
		aeval[bool](t, ctx, fmt.Sprintf(`(() => { const s = Array.from(document.adoptedStyleSheets).filter((x) => x !== window.pmSheet); if (%v) s.push(window.pmSheet); document.adoptedStyleSheets = s; return true; })()`, on))
		aeval[bool](t, ctx, `new Promise((r) => setTimeout(() => r(true), 300))`)
		aeval[bool](t, ctx, taskProbe)
		aeval[bool](t, ctx, `(window.pmTasks.length = 0, window.pmT0 = performance.now(), true)`)
		m0 := rendererMetrics(t, ctx)
		worst, dropped := measureScroll(t, ctx)
		m1 := rendererMetrics(t, ctx)
		frames := aeval[float64](t, ctx, `window.pmTasks.filter((x) => x.kind === "raf").length`)
		tasks := aeval[string](t, ctx, `window.pmTasks.filter((x) => x.kind !== "raf" || x.t1 - x.t0 > 1).map((x) => x.kind + "(" + (x.extra||0) + ") at " + (x.t0 - window.pmT0).toFixed(0) + " for " + (x.t1 - x.t0).toFixed(1)).join("; ")`)
		fmt.Fprintf(os.Stderr, "SCROLL css=%v worst %.1f ms, %v late of %v frames; main thread: %s; page tasks: %s\n", on, worst, dropped, frames, metricsDelta(m0, m1), tasks)
	}
}

// TestAddSpread adds PRESSMARK_ADDS (default 8, the most the figure release has blocks for) annotations to the figure
// release as TestAnnotateFigures does and prints every time, sorted, with
// the minimum and the median: on a busy machine the minimum says more
// than one median of five.
func TestAddSpread(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	n := 8
	fmt.Sscan(os.Getenv("PRESSMARK_ADDS"), &n)
	f := annotateFigures(t, newPage(t), n, 0)
	page := append([]float64(nil), f.addPage...)
	sort.Float64s(page)
	fmt.Fprintf(os.Stderr, "ADDS min %.1f median %.1f ms, Go side median %.1f ms; all %.1f\n", page[0], median(page), median(f.addGo), page)
}

// TestScrollChromeTrace records a Chrome trace while the figure release
// scrolls (with the style sheet PRESSMARK_SCROLL_CSS added, when set) and
// prints, by event name, the time the renderer and GPU threads
// spent, and the longest events.
func TestScrollChromeTrace(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	ctx := newPage(t)
	openFigureRelease(t, ctx)
	if css := os.Getenv("PRESSMARK_SCROLL_CSS"); css != "" {
		aeval[bool](t, ctx, `(() => { const s = new CSSStyleSheet(); s.replaceSync(`+jsString(css)+`);
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; return true; })()`)
		measureScroll(t, ctx) // once unmeasured, as after any style change
	}
	var mu sync.Mutex
	var events []map[string]any
	done := make(chan struct{}, 1)
	if err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				var m map[string]any
				if b, err := json.Marshal(v); err == nil && json.Unmarshal(b, &m) == nil {
					events = append(events, m)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			select {
			case done <- struct{}{}:
			default:
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{
			IncludedCategories: []string{"devtools.timeline", "disabled-by-default-devtools.timeline", "cc", "gpu", "viz", "blink"}}})
		return err
	}))
	worst, dropped := measureScroll(t, ctx)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.End, cdp.Empty{})
		return err
	}))
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("no end of trace")
	}
	mu.Lock()
	defer mu.Unlock()
	type agg struct {
		n       int
		total   float64
		longest float64
		name    string
	}
	by := map[string]*agg{}
	for _, e := range events {
		if e["ph"] != "X" {
			continue
		}
		name, _ := e["name"].(string)
		dur, _ := e["dur"].(float64)
		a := by[name]
		if a == nil {
			a = &agg{name: name}
			by[name] = a
		}
		a.n++
		a.total += dur / 1000
		a.longest = max(a.longest, dur/1000)
	}
	list := make([]*agg, 0, len(by))
	for _, a := range by {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].total > list[j].total })
	var b strings.Builder
	for _, a := range list[:min(30, len(list))] {
		fmt.Fprintf(&b, "  %-40s n %5d  total %8.1f ms  longest %6.1f ms\n", a.name, a.n, a.total, a.longest)
	}
	fmt.Fprintf(os.Stderr, "CHROME TRACE scroll worst %.1f ms, %v late; %d events\n%s", worst, dropped, len(events), b.String())
}

//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// TestStartupTrace shows where a first and a repeat visit spend their time
// until the app is ready: the page's own timings (navigation, the scripts'
// and app.wasm's downloads, the app's User Timing marks "pm:…" from app.js
// and Go) and a Chrome trace of the renderer's main thread (wasm compiling
// and code caching, script, style, layout, garbage collection). Like
// TestMeasure it is a measurement, run only when PRESSMARK_MEASURE is set.
// PRESSMARK_TRACE_DIR=dir also saves each visit's trace as JSON, for
// chrome://tracing or Perfetto. PRESSMARK_TRACE_PROFILE=default visits in
// the browser's on-disk profile rather than a fresh off-the-record one,
// whose in-memory HTTP cache keeps no 11 MB app.wasm: only there does the
// repeat visit read V8's code from the HTTP cache (web/wasm-start.js).
func TestStartupTrace(t *testing.T) {
	if os.Getenv("PRESSMARK_MEASURE") == "" {
		t.Skip("a measurement: set PRESSMARK_MEASURE=1")
	}
	// The site, served by a server that counts what it sends of app.wasm.
	var wasmSent, wasmRequests atomic.Int64
	var (
		mu        sync.Mutex
		wasmSpans [][2]time.Time // when each response of app.wasm began and ended
	)
	files := http.FileServer(http.Dir(distDir))
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, ".wasm") {
			files.ServeHTTP(w, r)
			return
		}
		wasmRequests.Add(1)
		start := time.Now()
		files.ServeHTTP(&countingWriter{ResponseWriter: w, n: &wasmSent}, r)
		mu.Lock()
		wasmSpans = append(wasmSpans, [2]time.Time{start, time.Now()})
		mu.Unlock()
	}))
	defer site.Close()
	sent := func() {
		fmt.Printf("  app.wasm so far: %d requests, %.1f MB sent by the server", wasmRequests.Load(), float64(wasmSent.Load())/1e6)
		mu.Lock()
		for i, sp := range wasmSpans {
			fmt.Printf("; response %d: %.0f-%.0f ms", i+1, sp[0].Sub(wasmSpans[0][0]).Seconds()*1000, sp[1].Sub(wasmSpans[0][0]).Seconds()*1000)
		}
		mu.Unlock()
		fmt.Println()
	}

	owner := newPage(t)
	if os.Getenv("PRESSMARK_TRACE_PROFILE") == "default" {
		// The browser's own profile, on disk, rather than a fresh
		// off-the-record one.
		c, cancel := chromedp.NewContext(browserCtx)
		defer cancel()
		owner = c
	}
	// Each visit has a tab of its own, closed before the next one opens, as
	// measureVisits does: a tab left open goes on compiling in the
	// background, on the cores the next visit needs.
	for i, name := range []string{"first", "repeat", "third"} {
		tab, closeTab := chromedp.NewContext(owner)
		traceVisit(t, tab, name, site.URL+"/")
		if i == 0 {
			eval[bool](t, tab, `navigator.serviceWorker.ready.then(() => true)`)
			sent()
		} else if !eval[bool](t, tab, `!!navigator.serviceWorker.controller`) {
			t.Fatalf("the %s visit was not served by the service worker", name)
		}
		time.Sleep(revisitPause) // the worker and V8 finish caching
		closeTab()
	}
	sent()
}

// traceCategories are the trace categories of a DevTools performance
// recording, with V8's compile and wasm events.
var traceCategories = []string{
	"devtools.timeline", "v8", "v8.wasm", "v8.execute", "blink.user_timing", "loading",
	"disabled-by-default-v8.compile", "disabled-by-default-devtools.timeline",
}

// traceEvent is one event of a Chrome trace.
type traceEvent struct {
	Name string          `json:"name"`
	Cat  string          `json:"cat"`
	Ph   string          `json:"ph"`
	TS   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	TDur float64         `json:"tdur"` // thread (CPU) time
	TTS  float64         `json:"tts"`  // thread (CPU) clock
	PID  int             `json:"pid"`
	TID  int             `json:"tid"`
	Args json.RawMessage `json:"args"`
}

// traceVisit loads url in ctx's tab with tracing on and prints the
// breakdown of the visit, labelled name.
func traceVisit(t *testing.T, ctx context.Context, name, url string) {
	t.Helper()
	var (
		mu     sync.Mutex
		events []traceEvent
		raw    []json.RawMessage
		done   = make(chan struct{})
	)
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				b, _ := json.Marshal(v)
				raw = append(raw, b)
				var e traceEvent
				if json.Unmarshal(b, &e) == nil {
					events = append(events, e)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	call := func(what string, f func(ctx context.Context, tg *chromedp.Target) (cdp.Empty, error)) {
		if _, err := chromedp.Run(ctx, f); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	_, err = chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
		return cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: readyProbe})
	})
	if err != nil {
		t.Fatal(err)
	}
	asAUser(t, ctx)
	tracingOn := os.Getenv("PRESSMARK_TRACE") != "off"
	if tracingOn {
		call("starting the trace", func(ctx context.Context, tg *chromedp.Target) (cdp.Empty, error) {
			return cdp.Call(ctx, tg, tracing.Start, tracing.StartParams{
				TransferMode: tracing.StartTransferModeReportEvents,
				TraceConfig:  &tracing.TraceConfig{IncludedCategories: traceCategories},
			})
		})
	}
	do(t, ctx, chromedp.Navigate(url))
	waitFor(t, ctx, "the readiness probe", `window.__pmReadyAt`, 60*time.Second)
	time.Sleep(300 * time.Millisecond)
	if tracingOn {
		call("ending the trace", func(ctx context.Context, tg *chromedp.Target) (cdp.Empty, error) {
			return cdp.Call(ctx, tg, tracing.End, cdp.Empty{})
		})
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatal("the trace did not complete")
		}
	}

	type entry struct {
		Name     string  `json:"name"`
		Start    float64 `json:"start"`
		Dur      float64 `json:"dur"`
		Resp     float64 `json:"resp"`
		Worker   float64 `json:"worker"`
		Size     float64 `json:"size"`
		Delivery string  `json:"delivery"`
	}
	type timings struct {
		Ready   float64 `json:"ready"`
		Nodes   int     `json:"nodes"`
		Entries []entry `json:"entries"`
	}
	tm := eval[timings](t, ctx, `(() => {
		const out = [];
		for (const e of performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")))
			out.push({name: e.name.replace(location.origin, ""), start: e.startTime, dur: e.duration, resp: e.responseStart,
				worker: e.workerStart || 0, size: e.transferSize, delivery: e.deliveryType || ""});
		for (const e of performance.getEntriesByType("mark"))
			out.push({name: e.name, start: e.startTime, dur: 0});
		const n = performance.getEntriesByType("navigation")[0];
		out.push({name: "domContentLoaded", start: n.domContentLoadedEventEnd, dur: 0});
		const p = performance.getEntriesByType("paint");
		for (const e of p) out.push({name: e.name, start: e.startTime, dur: 0});
		out.sort((a, b) => a.start - b.start);
		return {ready: window.__pmReadyAt, nodes: document.getElementsByTagName("*").length, entries: out};
	})()`)
	fmt.Printf("== %s visit: ready at %.0f ms, %d elements\n", name, tm.Ready, tm.Nodes)
	for _, e := range tm.Entries {
		if e.Dur > 0 {
			fmt.Printf("  %7.1f  +%6.1f ms  %-28s (first byte %.1f, worker %.1f, %0.f B over the network, %s)\n",
				e.Start, e.Dur, e.Name, e.Resp, e.Worker, e.Size, e.Delivery)
		} else {
			fmt.Printf("  %7.1f            %s\n", e.Start, e.Name)
		}
	}
	if tracingOn {
		printTrace(name, events, tm.Ready)
	}
	if dir := os.Getenv("PRESSMARK_TRACE_DIR"); dir != "" {
		data := "[" + string(joinRaw(raw)) + "]"
		file := dir + "/trace-" + name + ".json"
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("  trace saved to %s\n", file)
	}
}

// joinRaw joins JSON values with commas.
func joinRaw(vs []json.RawMessage) []byte {
	var b []byte
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, v...)
	}
	return b
}

// printTrace prints the wasm events of the trace, in order, relative to
// the first "pm:" mark's time in performance.now() terms, and the main
// thread's time per event name.
func printTrace(name string, events []traceEvent, ready float64) {
	// The page's main thread is the one that parsed its HTML.
	var pid, tid int
	var origin float64
	for _, e := range events {
		if e.Name == "navigationStart" && e.Cat == "blink.user_timing" && origin == 0 {
			origin = e.TS
		}
		if e.Name == "ParseHTML" && pid == 0 {
			pid, tid = e.PID, e.TID
		}
	}
	if pid == 0 {
		fmt.Printf("  (the trace does not show the page's HTML parsed)\n")
		return
	}
	fmt.Printf("  -- wasm and long events of the page (ms since navigationStart) --\n")
	totals := map[string]float64{}
	lazy, lazyMS := 0, 0.0
	for _, e := range events {
		if e.PID != pid {
			continue
		}
		at := (e.TS - origin) / 1000
		if e.Name == "wasm.CompileLazy" || e.Name == "FlushInstructionCache" {
			lazy++
			lazyMS += e.Dur / 1000
			continue
		}
		wasm := strings.Contains(strings.ToLower(e.Name), "wasm") || strings.Contains(e.Cat, "wasm")
		if (wasm && e.Dur > 5000) || (e.TID == tid && e.Dur > 30000) || strings.HasPrefix(e.Name, "v8.wasm.") || (strings.Contains(e.Name, "Cache") && e.Name != "FlushInstructionCache") {
			fmt.Printf("  %7.1f  +%6.1f ms  %s [%s] tid %d %.200s\n", at, e.Dur/1000, e.Name, e.Cat, e.TID, string(e.Args))
		}
		if e.TID == tid && e.Ph == "X" && (e.TS-origin)/1000 <= ready {
			totals[e.Name] += e.TDur / 1000
		}
	}
	fmt.Printf("  wasm.CompileLazy and FlushInstructionCache: %d events, %.1f ms\n", lazy, lazyMS)
	printWasmWork(events, pid, tid)
	printWasmArrival(events, pid, tid, origin)
	// The main thread's CPU time until ready: a figure that other work on
	// the machine disturbs far less than the wall-clock times above.
	var cpu, cpuLazy float64
	for _, e := range events {
		if e.PID != pid || e.TID != tid || e.Ph != "X" || (e.TS-origin)/1000 > ready {
			continue
		}
		switch e.Name {
		case "RunTask":
			cpu += e.TDur / 1000
		case "wasm.CompileLazy":
			cpuLazy += e.TDur / 1000
		}
	}
	fmt.Printf("  main thread CPU until ready: %.1f ms, of which compiling functions on first call %.1f ms\n", cpu, cpuLazy)
	// V8's compiling on the page's other threads until ready (validating
	// app.wasm as it streams in, and TurboFan compiling the functions that
	// ran most): on a 2-core machine it competes with the main thread.
	var bg float64
	for _, e := range events {
		if e.PID != pid || e.TID == tid || e.Ph != "X" || (e.TS-origin)/1000 > ready {
			continue
		}
		if e.Name == "wasm.ExecuteCompilationUnits" || e.Name == "wasm.ValidateFunctionsStreaming" {
			bg += e.TDur / 1000
		}
	}
	fmt.Printf("  compiling on other threads until ready: %.1f ms CPU\n", bg)
	// The CPU time in tasks before app.wasm runs, and in those after the
	// first tree is mounted, until ready.
	var first, mounted float64
	for _, e := range events {
		if e.PID == pid && e.TID == tid && e.Name == "pm:instantiated" && first == 0 {
			first = e.TS
		}
		if e.PID == pid && e.TID == tid && e.Name == "pm:mounted" && mounted == 0 {
			mounted = e.TS
		}
	}
	var before, after float64
	for _, e := range events {
		if e.PID != pid || e.TID != tid || e.Ph != "X" || e.Name != "RunTask" || (e.TS-origin)/1000 > ready {
			continue
		}
		if first > 0 && e.TS+e.Dur < first {
			before += e.TDur / 1000
		}
		if mounted > 0 && e.TS > mounted {
			after += e.TDur / 1000
		}
	}
	fmt.Printf("  CPU in tasks before app.wasm runs: %.1f ms; after the first tree is mounted, until ready: %.1f ms\n", before, after)
	// The CPU time between the app's first marks, which run in one task.
	var last traceEvent
	seen := map[string]bool{}
	for _, e := range events {
		if e.PID != pid || e.TID != tid || !strings.HasPrefix(e.Name, "pm:") || seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		if last.Name != "" {
			fmt.Printf("  %-18s → %-16s %6.1f ms CPU\n", last.Name, e.Name, (e.TTS-last.TTS)/1000)
		}
		last = e
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return totals[names[i]] > totals[names[j]] })
	fmt.Printf("  -- main thread until ready, CPU time per event name (nested events overlap) --\n")
	for i, n := range names {
		if i == 16 {
			break
		}
		fmt.Printf("  %8.1f ms  %s\n", totals[n], n)
	}
}

// countingWriter adds the bytes of a response's body to n.
type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n.Add(int64(n))
	return n, err
}

// printWasmWork prints, for the main thread and for the others, how many of
// V8's wasm compile events the trace holds and their wall and CPU time:
// compiling a function on its first call (Liftoff), flushing the
// instruction cache after it, tiering hot functions up (TurboFan, on
// background threads) and reading the compiled-wasm cache back
// (wasm.Deserialize, after v8.wasm.moduleCacheHit). Wall time far above CPU
// time on the main thread is time it waited: for a processor, or for the
// code space the background compiles also write to.
func printWasmWork(events []traceEvent, pid, tid int) {
	type key struct {
		name string
		main bool
	}
	type sum struct {
		n         int
		wall, cpu float64
	}
	names := []string{"wasm.CompileLazy", "FlushInstructionCache", "wasm.TopTierCompilation", "wasm.Deserialize"}
	sums := map[key]*sum{}
	for _, e := range events {
		if e.PID != pid || e.Ph != "X" {
			continue
		}
		k := key{e.Name, e.TID == tid}
		if sums[k] == nil {
			sums[k] = &sum{}
		}
		sums[k].n++
		sums[k].wall += e.Dur / 1000
		sums[k].cpu += e.TDur / 1000
	}
	for _, n := range names {
		for _, main := range []bool{true, false} {
			s := sums[key{n, main}]
			if s == nil {
				continue
			}
			where := "other threads"
			if main {
				where = "main thread"
			}
			fmt.Printf("  %-24s %-13s %5d events, %7.1f ms wall, %6.1f ms CPU\n", n, where, s.n, s.wall, s.cpu)
		}
	}
}

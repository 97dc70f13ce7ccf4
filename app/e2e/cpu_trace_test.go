//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// Main-thread CPU time of a paste or an add, from a Chrome trace: the
// thread time (tdur) of the tasks the page's main thread ran between two
// performance marks. On this shared two-core machine the wall-clock
// figures of TestMeasure swing threefold with the load, as the page's
// thread waits for a core; its CPU time varies far less, so an old and a
// new build compare better by it.

// cpuTrace collects the events of a Chrome trace of ctx's page.
type cpuTrace struct {
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

// startCPUTrace starts tracing the page's top-level tasks and user
// timing marks.
func startCPUTrace(t *testing.T, ctx context.Context) *cpuTrace {
	t.Helper()
	tr := &cpuTrace{done: make(chan struct{}, 1)}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			tr.mu.Lock()
			defer tr.mu.Unlock()
			for _, v := range ev.Value {
				b, _ := json.Marshal(v)
				var e traceEvent
				if json.Unmarshal(b, &e) == nil {
					tr.events = append(tr.events, e)
				}
			}
		case *tracing.EventTracingComplete:
			tr.done <- struct{}{}
		}
	}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{"toplevel", "blink.user_timing"}}})
		return err
	}))
	return tr
}

// stop ends the trace and waits for its last events.
func (tr *cpuTrace) stop(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.End, cdp.Empty{})
		return err
	}))
	select {
	case <-tr.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the trace did not complete")
	}
}

// cpuBetween returns the milliseconds of thread time of the tasks run by
// the thread that set the marks named start and end, from the first task
// that ends after start to the last that begins before end; ok is false
// when a mark is missing.
func (tr *cpuTrace) cpuBetween(start, end string) (ms float64, ok bool) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	var s, e *traceEvent
	for i := range tr.events {
		switch tr.events[i].Name {
		case start:
			s = &tr.events[i]
		case end:
			e = &tr.events[i]
		}
	}
	if s == nil || e == nil {
		return 0, false
	}
	for _, ev := range tr.events {
		if ev.PID != s.PID || ev.TID != s.TID || ev.Ph != "X" || ev.Name != "ThreadControllerImpl::RunTask" {
			continue
		}
		if ev.TS+ev.Dur >= s.TS && ev.TS <= e.TS {
			ms += ev.TDur / 1000
		}
	}
	return ms, true
}

// printSpread prints a figure's values, sorted, with the minimum and the
// median.
func printSpread(name string, v []float64) {
	if len(v) == 0 {
		return
	}
	sort.Float64s(v)
	fmt.Fprintf(os.Stderr, "CPU %-24s min %6.1f median %6.1f ms; all %.1f\n", name, v[0], v[len(v)/2], v)
}

// TestPasteCPU pastes the seed and 25 KB, as TestMeasure does, into
// PRESSMARK_PASTES (default 6) fresh pages, each given a moment to settle
// after start-up, and prints the main thread's CPU time from each paste
// until its title shows, beside the wall-clock time.
func TestPasteCPU(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	seed, corpus := pasteInputs(t)
	n := 6
	fmt.Sscan(os.Getenv("PRESSMARK_PASTES"), &n)
	figures := map[string][]float64{}
	for i := 0; i < n; i++ {
		ctx := newPage(t)
		open(t, ctx, rootSite.URL+"/")
		time.Sleep(1500 * time.Millisecond) // start-up's own work done
		tr := startCPUTrace(t, ctx)
		for j, c := range []struct{ name, text string }{
			{"seed", markTitle(string(seed), fmt.Sprintf("CPU %d.0", i))},
			{"25 KB", measureRelease(fmt.Sprintf("CPU %d.1", i), corpus, 25<<10)},
		} {
			ms := markedPaste(t, ctx, c.text, fmt.Sprintf("CPU %d.%d", i, j), fmt.Sprintf("pm-paste-%d", j))
			figures["paste "+c.name+" wall"] = append(figures["paste "+c.name+" wall"], ms)
		}
		tr.stop(t, ctx)
		for j, name := range []string{"seed", "25 KB"} {
			if ms, ok := tr.cpuBetween(fmt.Sprintf("pm-paste-%d-start", j), fmt.Sprintf("pm-paste-%d-end", j)); ok {
				figures["paste "+name+" CPU"] = append(figures["paste "+name+" CPU"], ms)
			}
		}
	}
	for _, k := range []string{"paste seed CPU", "paste seed wall", "paste 25 KB CPU", "paste 25 KB wall"} {
		printSpread(k, figures[k])
	}
}

// markedPaste pastes text as measurePaste does, with performance marks
// mark+"-start" before the paste and mark+"-end" once the title shows
// marker, and returns the milliseconds between them.
func markedPaste(t *testing.T, ctx context.Context, text, marker, mark string) float64 {
	t.Helper()
	return eval[float64](t, ctx, `(async () => {
		const ed = pmEditor(); ed.focus(); ed.select();
		const dt = new DataTransfer();
		dt.setData("text/plain", `+jsString(text)+`);
		const shown = () => pmTitle().includes(`+jsString(marker)+`);
		performance.mark(`+jsString(mark+"-start")+`);
		const t0 = performance.now();
		await new Promise((resolve) => {
			const mo = new MutationObserver(() => { if (shown()) { mo.disconnect(); resolve(); } });
			mo.observe(document.body, {subtree: true, childList: true, characterData: true});
			ed.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
			if (shown()) { mo.disconnect(); resolve(); }
		});
		performance.mark(`+jsString(mark+"-end")+`);
		const ms = performance.now() - t0;
		await new Promise((r) => setTimeout(r, 700)); // the work put off settles
		return ms;
	})()`)
}

// TestAddCPU adds PRESSMARK_ADDS (default 8) annotations to the figure
// release as TestMeasure does and prints the main thread's CPU time from
// each key press to its highlight, beside the page's and the Go side's
// wall-clock times.
func TestAddCPU(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	n := 8
	fmt.Sscan(os.Getenv("PRESSMARK_ADDS"), &n)
	ctx := newPage(t)
	openFigureRelease(t, ctx)
	tr := startCPUTrace(t, ctx)
	var page, goSide, cpu []float64
	for i := 0; i < n; i++ {
		aeval[bool](t, ctx, fmt.Sprintf(`pmSelectBlock(%d, 12)`, 3+7*i))
		await(t, ctx, "the toolbar", `document.querySelector('#anno-toolbar:not([hidden])')`)
		aeval[bool](t, ctx, fmt.Sprintf(`(() => { window.pmAdd = undefined; const n = pmMarkIDs();
			document.addEventListener("keydown", (e) => { window.pmT0 = e.timeStamp; performance.mark("pm-add-%d-start"); }, {capture: true, once: true});
			new MutationObserver((_, o) => { const t = performance.now(); if (pmMarkIDs() > n) { window.pmAdd = t - window.pmT0; performance.mark("pm-add-%d-end"); o.disconnect(); } })
				.observe(document.querySelector("article"), {subtree: true, childList: true}); return true; })()`, i, i))
		key(t, ctx, "3")
		await(t, ctx, "the new highlight", `window.pmAdd !== undefined`)
		page = append(page, aeval[float64](t, ctx, `window.pmAdd`))
		goSide = append(goSide, aeval[float64](t, ctx, `parseFloat(document.querySelector(".workbench").dataset.addMs)`))
		aeval[bool](t, ctx, `new Promise((r) => setTimeout(() => r(true), 300))`)
	}
	tr.stop(t, ctx)
	for i := 0; i < n; i++ {
		if ms, ok := tr.cpuBetween(fmt.Sprintf("pm-add-%d-start", i), fmt.Sprintf("pm-add-%d-end", i)); ok {
			cpu = append(cpu, ms)
		}
	}
	printSpread("add CPU", cpu)
	printSpread("add wall (page)", page)
	printSpread("add wall (Go side)", goSide)
}

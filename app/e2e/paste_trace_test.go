//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// TestPasteTrace prints where the page's main thread spends the time of a
// paste — the seed, 25 KB and 1 MB, as TestMeasure pastes them: the tasks
// it ran (timers, animation frames) and the functions a CPU profile of the
// page found most often (JavaScript and, from app.wasm's name section, Go),
// by their own time and by the time of what they called.
func TestPasteTrace(t *testing.T) {
	if os.Getenv("PRESSMARK_TRACE") == "" {
		t.Skip("a diagnosis: set PRESSMARK_TRACE=1")
	}
	seed, corpus := pasteInputs(t)
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	eval[bool](t, ctx, pasteTaskProbe)
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200})
		return err
	}))
	for i, c := range []struct {
		name, text string
	}{
		{"seed", markTitle(string(seed), "Trace 0")},
		{"25 KB", measureRelease("Trace 1", corpus, 25<<10)},
		{"1 MB", measureRelease("Trace 2", corpus, 1<<20)},
	} {
		eval[bool](t, ctx, `(window.pmPasteTasks.length = 0, true)`)
		do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, profiler.Start, cdp.Empty{})
			return err
		}))
		ms, longest := measurePaste(t, ctx, c.text, fmt.Sprintf("Trace %d", i))
		res, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (profiler.StopResult, error) {
			return cdp.Call(ctx, tg, profiler.Stop, cdp.Empty{})
		})
		if err != nil {
			t.Fatal(err)
		}
		prof := res.Profile
		tasks := eval[string](t, ctx, `window.pmPasteTasks.filter((x) => x.t1 - x.t0 > 1).sort((a, b) => a.t0 - b.t0).map((x) => x.kind + "(" + (x.extra||0) + ") " + x.t0.toFixed(1) + " .. " + x.t1.toFixed(1) + " = " + (x.t1 - x.t0).toFixed(1)).join("\n")`)
		fmt.Fprintf(os.Stderr, "PASTE %s: %.1f ms, longest task %.1f ms\ntasks over 1 ms:\n%s\n%s\n", c.name, ms, longest, tasks, profileTop(prof, 45))
		fmt.Fprintf(os.Stderr, "PASTE %s, in the paste event only:\n%s\n", c.name, profileTop(profileUnder(prof, "dispatchEvent"), 60))
	}
}

// pasteTaskProbe records, in window.pmPasteTasks, each timer and animation
// frame callback the page runs: its kind, the requested delay, and its
// start and end times.
const pasteTaskProbe = `(() => {
	if (window.pmPasteTasks) return true;
	window.pmPasteTasks = [];
	const log = console.log;
	console.log = (...a) => { if (String(a[0]).startsWith("FRAME")) window.pmPasteTasks.push({kind: "go " + a[0], t0: performance.now(), t1: performance.now() + 2}); else log(...a); };
	const rec = (kind, fn, extra) => function (...args) {
		const t0 = performance.now();
		try { return fn.apply(this, args); } finally { window.pmPasteTasks.push({kind, extra, t0, t1: performance.now()}); }
	};
	const st = window.setTimeout;
	window.setTimeout = (fn, ms, ...a) => st(rec("timeout", fn, ms|0), ms, ...a);
	new PerformanceObserver((list) => { for (const e of list.getEntries()) window.pmPasteTasks.push({kind: "LONGTASK", t0: e.startTime, t1: e.startTime + e.duration}); }).observe({type: "longtask"});
	const raf = window.requestAnimationFrame;
	window.requestAnimationFrame = (fn) => raf(rec("raf", fn, 0));
	return true;
})()`

// profileTop lists the n functions with the most self time in p, each with
// its total (self and callees) time, in milliseconds.
func profileTop(p *profiler.Profile, n int) string {
	if p == nil || len(p.Nodes) == 0 {
		return "(no profile)"
	}
	byID, parent := profileIndex(p)
	self := map[string]float64{}
	total := map[string]float64{}
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		// A sample's time is the delta to the next sample.
		var dt float64
		if i+1 < len(p.TimeDeltas) {
			dt = float64(p.TimeDeltas[i+1]) / 1000
		}
		nd := byID[id]
		if nd == nil {
			continue
		}
		self[frameName(nd)] += dt
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			name := frameName(byID[cur])
			if !seen[name] {
				seen[name] = true
				total[name] += dt
			}
		}
	}
	var names []string
	for k := range total {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return self[names[i]] > self[names[j]] })
	var b strings.Builder
	b.WriteString("self ms  total ms  function\n")
	for i, k := range names {
		if i >= n {
			break
		}
		fmt.Fprintf(&b, "%7.1f  %8.1f  %s\n", self[k], total[k], k)
	}
	sort.Slice(names, func(i, j int) bool { return total[names[i]] > total[names[j]] })
	b.WriteString("-- by total --\n")
	for i, k := range names {
		if i >= n {
			break
		}
		fmt.Fprintf(&b, "%7.1f  %8.1f  %s\n", self[k], total[k], k)
	}
	return b.String()
}

func frameName(nd *profiler.ProfileNode) string {
	if nd == nil || nd.CallFrame == nil {
		return "?"
	}
	f := nd.CallFrame
	name := f.FunctionName
	if name == "" {
		name = "(anonymous)"
	}
	if f.URL != "" && !strings.HasSuffix(f.URL, ".wasm") {
		name += " " + filepath.Base(f.URL) + ":" + fmt.Sprint(f.LineNumber)
	}
	return name
}

// profileUnder returns p with only the samples taken under a function
// named name (such as the paste event's dispatchEvent).
func profileUnder(p *profiler.Profile, name string) *profiler.Profile {
	if p == nil {
		return nil
	}
	byID, parent := profileIndex(p)
	under := func(id int64) bool {
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			if nd := byID[cur]; nd != nil && nd.CallFrame != nil && nd.CallFrame.FunctionName == name {
				return true
			}
		}
		return false
	}
	q := *p
	q.Samples = nil
	q.TimeDeltas = nil
	for i, id := range p.Samples {
		if i+1 >= len(p.TimeDeltas) {
			break
		}
		if under(id) {
			q.Samples = append(q.Samples, id)
			q.TimeDeltas = append(q.TimeDeltas, 0, p.TimeDeltas[i+1])
			q.Samples = append(q.Samples, id)
		}
	}
	return &q
}

// profileIndex returns p's nodes by id and each node's parent.
func profileIndex(p *profiler.Profile) (byID map[int64]*profiler.ProfileNode, parent map[int64]int64) {
	byID = map[int64]*profiler.ProfileNode{}
	parent = map[int64]int64{}
	for _, nd := range p.Nodes {
		byID[nd.ID] = nd
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	return byID, parent
}

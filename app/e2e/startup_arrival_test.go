//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"sort"
)

// printWasmArrival prints how app.wasm's bytes reached V8
// (wasm.OnBytesReceived, one event per chunk the page's thread took from
// the response): when the first and the last chunk came, and the longest
// wait between two chunks with the page's main thread's busy time within it.
// The browser hands a response over through a pipe of a few megabytes,
// each chunk taken by a task on the thread that reads it; with the pipe
// full, the read waits until that thread is free. On a repeat visit the
// disk cache fills the pipe within a few milliseconds, and the rest of
// app.wasm waits while the main thread styles and lays out the pre-rendered
// page: the wait, not the disk, sets when app.wasm can be instantiated.
func printWasmArrival(events []traceEvent, pid, tid int, origin float64) {
	var at []float64
	var bytes float64
	for _, e := range events {
		if e.PID != pid || e.Name != "wasm.OnBytesReceived" {
			continue
		}
		at = append(at, e.TS)
		var n struct {
			Bytes float64 `json:"bytes"`
		}
		if json.Unmarshal(e.Args, &n) == nil {
			bytes += n.Bytes
		}
	}
	if len(at) == 0 {
		return
	}
	sort.Float64s(at)
	gapFrom, gap := at[0], 0.0
	for i := 1; i < len(at); i++ {
		if d := at[i] - at[i-1]; d > gap {
			gapFrom, gap = at[i-1], d
		}
	}
	var busy, busyCPU float64
	for _, e := range events {
		if e.PID != pid || e.TID != tid || e.Ph != "X" || e.Name != "RunTask" {
			continue
		}
		if e.TS >= gapFrom && e.TS+e.Dur <= gapFrom+gap {
			busy += e.Dur / 1000
			busyCPU += e.TDur / 1000
		}
	}
	ms := func(ts float64) float64 { return (ts - origin) / 1000 }
	fmt.Printf("  app.wasm to V8: %d chunks, %.1f MB, %.0f-%.0f ms; longest wait %.0f-%.0f ms, main thread busy %.0f ms of it (%.0f ms CPU)\n",
		len(at), bytes/1e6, ms(at[0]), ms(at[len(at)-1]), ms(gapFrom), ms(gapFrom+gap), busy, busyCPU)
}

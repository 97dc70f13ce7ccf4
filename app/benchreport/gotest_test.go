package main

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

func TestParseBenchOutput(t *testing.T) {
	out := `goos: linux
BenchmarkParseSeed-2   	   10000	    90000 ns/op	  46.80 MB/s	   61000 cpu-ns/op	   12000 B/op	     300 allocs/op
BenchmarkParseSeed-2   	   10000	    70000 ns/op	  46.80 MB/s	   60000 cpu-ns/op	   10000 B/op	     300 allocs/op
BenchmarkParseSeed-2   	   10000	    80000 ns/op	  46.80 MB/s	   65000 cpu-ns/op	   11000 B/op	     300 allocs/op
BenchmarkScrapingHub/pressmark-2  1  5650376531 ns/op  5.57 MB/s  31217550 ns/page  304691696 B/op  2190516 allocs/op
PASS`
	got := parseBenchOutput(out)
	seed := got["ParseSeed"]
	if seed.Runs != 3 || seed.NsPerOp != 80000 || seed.CPUNsPerOp != 61000 || seed.BytesPerOp != 11000 || seed.AllocsPerOp != 300 {
		t.Errorf("ParseSeed = %+v, want 3 runs with medians 80000 ns, 61000 CPU ns, 11000 B, 300 allocs", seed)
	}
	if sh := got["ScrapingHub/pressmark"]; sh.NsPerPage != 31217550 {
		t.Errorf("ScrapingHub/pressmark ns/page = %v, want 31217550", sh.NsPerPage)
	}
}

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestOverBudget(t *testing.T) {
	figs := []figure{
		{Case: "fine", Value: 90, Budget: 100},
		{Case: "over", Value: 150, Budget: 100},
		{Case: "twice", Value: 200, Budget: 100},
		{Case: "no budget", Value: 1e9},
		{Case: "skipped", Value: 1e9, Budget: 1, Note: "skipped"},
	}
	over := overBudget(figs, 2)
	if len(over) != 1 || over[0].Case != "twice" {
		t.Errorf("overBudget = %v, want only \"twice\"", over)
	}
	if s := figs[1].status(); s != "OVER" {
		t.Errorf("status of 1.5× = %q, want OVER", s)
	}
}

// withLoad makes the machine's load read as load for the test, and
// sleeping instant.
func withLoad(t *testing.T, load *float64) {
	t.Helper()
	oldRead, oldSleep := readLoad, sleep
	readLoad = func() (float64, bool) { return *load, true }
	sleep = func(time.Duration) {}
	t.Cleanup(func() { readLoad, sleep = oldRead, oldSleep })
}

func TestConfirmMeasuresAgain(t *testing.T) {
	load := 0.5
	withLoad(t, &load)
	takes := 0
	burst := measurement{name: "burst", take: func(int) ([]figure, error) {
		takes++
		v := 250.0
		if takes > 1 {
			v = 120
		}
		return []figure{{Area: "a", Case: "burst", Value: v, Budget: 100, measurement: "burst"}}, nil
	}}
	slow := measurement{name: "slow", take: func(int) ([]figure, error) {
		return []figure{{Area: "a", Case: "slow", Value: 300, Budget: 100, measurement: "slow"}}, nil
	}}
	fine := measurement{name: "fine", take: func(int) ([]figure, error) {
		t.Error("a measurement with no figure over budget was taken again")
		return nil, nil
	}}
	ms := []measurement{burst, slow, fine}
	var first []figure
	for _, m := range ms[:2] {
		fs, _ := m.take(3)
		first = append(first, fs...)
	}
	confirmed, _, failed := confirm(ms, overBudget(first, 2), 3)
	if failed {
		t.Fatal("confirm reported a failed measurement")
	}
	if len(confirmed) != 1 || confirmed[0].Case != "slow" {
		t.Errorf("confirmed %+v, want only the figure over twice", confirmed)
	}
	if takes != 2 {
		t.Errorf("the burst measurement was taken %d times, want 2", takes)
	}
}

func TestConfirmOnAnOverloadedMachine(t *testing.T) {
	load := 3*float64(runtime.NumCPU()) + 1
	withLoad(t, &load)
	slow := measurement{name: "slow", take: func(int) ([]figure, error) {
		return []figure{{Area: "a", Case: "slow", Value: 300, Budget: 100, measurement: "slow"}}, nil
	}}
	first, _ := slow.take(3)
	if confirmed, unjudged, _ := confirm([]measurement{slow}, first, 3); len(confirmed) != 0 || len(unjudged) != 1 {
		t.Errorf("on a machine that stayed overloaded, confirm returned %+v and unjudged %+v; want the figure unjudged", confirmed, unjudged)
	}

	// The machine calms down while confirm waits: the figure is judged.
	calming := 0
	readLoad = func() (float64, bool) {
		calming++
		if calming > 3 {
			return 0.5, true
		}
		return load, true
	}
	if confirmed, _, _ := confirm([]measurement{slow}, first, 3); len(confirmed) != 1 {
		t.Errorf("after the machine calmed down, confirm returned %+v; want the slow figure", confirmed)
	}
}

func TestRoundRatiosPairRunsOfOneRound(t *testing.T) {
	line := func(ns int) string { return fmt.Sprintf("BenchmarkParseSeed \t 100 \t %d ns/op", ns) }
	// Wasm is 5× slower in the first two rounds, the machine slower by half
	// in the second; in the third the machine sped up between the native
	// run and the wasm one. The ratio of the medians would be 500 ÷ 150.
	runs := parserRuns{
		native: []string{line(100), line(150), line(150)},
		wasm:   []string{line(500), line(750), line(500)},
	}
	got, ok := roundRatios(runs, "ParseSeed")
	if !ok || got != 5 {
		t.Errorf("roundRatios = %v, %v; want 5, true", got, ok)
	}
	if _, ok := roundRatios(runs, "ParseNothing"); ok {
		t.Error("roundRatios found a ratio for a benchmark that did not run")
	}
}

package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// parserBudgets maps a benchmark's name to its native budget in µs per
// operation. ParseStringSeed, the seed as the app parses it, is shown
// beside ParseSeed without a budget of its own: one budget, one figure.
var parserBudgets = map[string]float64{
	"ParseSeed": 100,
}

// measurement is one group of figures that can be taken again.
type measurement struct {
	name string
	take func(count int) ([]figure, error)
}

// measurements lists what benchreport measures, in the table's order.
func measurements(shared string, browser bool) []measurement {
	ms := []measurement{
		{"the parser", parserFigures},
		{"the peer comparison", func(count int) ([]figure, error) { return peerFigures(count, shared) }},
		{"app.wasm", func(int) ([]figure, error) { return sizeFigures() }},
	}
	if browser {
		for _, group := range []string{"visits", "pastes", "annotate"} {
			ms = append(ms, measurement{"the browser's " + group, func(count int) ([]figure, error) { return browserFigures(count, group) }})
		}
	}
	for i := range ms {
		take, name := ms[i].take, ms[i].name
		ms[i].take = func(count int) ([]figure, error) {
			figs, err := take(count)
			for k := range figs {
				figs[k].measurement = name
			}
			return figs, err
		}
	}
	return ms
}

// parserFigures benchmarks parser.Parse natively and under wasm. The two
// are run in turn, one run of each per round, and each round's wasm ÷
// native ratio is taken from runs made a few seconds apart: this shared
// machine's speed drifts by up to half over minutes, and a ratio of a
// native median taken in a fast spell to a wasm median taken in a slow
// one measured the machine, not the code (6.29× in one run, 4.24× in the
// run before, on the same parser).
func parserFigures(count int) ([]figure, error) {
	runs, err := alternateParserBench(count)
	if err != nil {
		return nil, err
	}
	native, wasm := parseBenchOutput(strings.Join(runs.native, "\n")), parseBenchOutput(strings.Join(runs.wasm, "\n"))
	var figs []figure
	for _, name := range sortedNames(native) {
		r := native[name]
		wall := figure{Area: "parser native", Case: name, Extra: fmt.Sprintf("(%.0f allocs)", r.AllocsPerOp), Value: r.NsPerOp / 1e3, Unit: "µs", Command: runs.nativeCmd}
		budget := parserBudgets[name]
		if r.CPUNsPerOp == 0 {
			wall.Budget = budget
			figs = append(figs, wall)
			continue
		}
		// The budget is judged on CPU time, which other programs' load on a
		// shared machine inflates far less than wall time.
		cpu := figure{Area: "parser native", Case: name + ", CPU time", Value: r.CPUNsPerOp / 1e3, Unit: "µs", Budget: budget, Command: runs.nativeCmd}
		figs = append(figs, wall, cpu)
	}
	for _, name := range sortedNames(wasm) {
		w := wasm[name]
		figs = append(figs, figure{Area: "parser wasm", Case: name, Value: w.NsPerOp / 1e3, Unit: "µs", Command: runs.wasmCmd})
		if ratio, ok := roundRatios(runs, name); ok {
			figs = append(figs, figure{Area: "parser wasm", Case: name + " wasm ÷ native", Value: ratio, Unit: "×", Budget: 6, Command: runs.wasmCmd + ", in turn with the native runs; the median of each round's ratio"})
		}
	}
	return figs, nil
}

// peerFigures benchmarks Pressmark against go-readability on the
// ScrapingHub pages, in the same run.
func peerFigures(count int, shared string) ([]figure, error) {
	n := fmt.Sprint(count)
	var figs []figure
	peer := figure{Area: "parser native", Case: "ScrapingHub pages: Pressmark ÷ go-readability", Unit: "×", Budget: 1.0 / 3}
	if _, err := os.Stat(shared + "/extbench/scrapinghub"); err != nil {
		peer.Note = "skipped: " + shared + "/extbench not found"
		return append(figs, peer), nil
	}
	pr, pcmd, err := runGoBench(nil, "test", "-run", "^$", "-bench", "^BenchmarkScrapingHub", "-benchmem", "-count", n, "./parser/evaluation", "-args", "-shared", shared)
	if err != nil {
		return figs, err
	}
	peer.Command = pcmd
	ours, theirs := pr["ScrapingHub/pressmark"], pr["ScrapingHub/readability"]
	if ours.NsPerOp == 0 || theirs.NsPerOp == 0 {
		peer.Note = "no ScrapingHub benchmark results"
		return append(figs, peer), nil
	}
	peer.Value = ours.NsPerOp / theirs.NsPerOp
	figs = append(figs,
		figure{Area: "parser native", Case: "ScrapingHub, Pressmark, per page", Value: ours.NsPerPage / 1e6, Unit: "ms", Command: pcmd},
		figure{Area: "parser native", Case: "ScrapingHub, go-readability, per page", Value: theirs.NsPerPage / 1e6, Unit: "ms", Command: pcmd},
		peer)
	return figs, nil
}

// sizeFigures measures app.wasm.
func sizeFigures() ([]figure, error) {
	s, err := measureWasm()
	if err != nil {
		return nil, err
	}
	const mb = 1 << 20
	figs := []figure{
		{Area: "app.wasm", Case: "raw", Value: float64(s.Raw) / mb, Unit: "MB", Command: s.Command},
		{Area: "app.wasm", Case: "gzip -9", Value: float64(s.Gzip) / mb, Unit: "MB", Budget: 3.5, Command: s.Command},
	}
	b := figure{Area: "app.wasm", Case: "brotli -q 11", Value: float64(s.Brotli) / mb, Unit: "MB", Command: s.Command}
	if s.Brotli == 0 {
		b.Note = "skipped: no brotli tool"
	}
	figs = append(figs, b)
	for i, p := range s.Packages {
		if i == 8 {
			break
		}
		figs = append(figs, figure{Area: "app.wasm", Case: "  code of " + p.Name, Value: float64(p.Bytes) / mb, Unit: "MB", Command: "function sizes from app.wasm's name section (built without -s)"})
	}
	return figs, nil
}

func sortedNames(m map[string]benchResult) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

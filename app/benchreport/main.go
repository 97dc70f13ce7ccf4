// Command benchreport measures Pressmark's speed and size and prints one
// table: the parser natively and compiled to wasm (with go-readability on
// the same pages as a peer), app.wasm's download size and what each
// dependency costs, and the app in headless Chromium. Each figure is the
// median of repeated runs, beside its budget and the command that made it.
//
// It is run by "make bench" (everything, several runs) and
// "make bench-check" (-check: fewer runs; exits 1 when a figure breaks its
// budget by 2× or more, so noise does not trip it). Under -check, a figure
// found 2× over is measured once more before it fails the check: on a
// shared machine one median can be doubled by another program's burst, a
// regression doubles both. The second measurement waits for the machine to
// run at most one task per CPU; a figure over twice on a machine that
// stayed busier than that is reported as not judged, since a program that
// shares its CPU can stretch past the 2× margin.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	check := flag.Bool("check", false, "fail when a figure is 2× or more over its budget, twice")
	count := flag.Int("count", 5, "runs of each benchmark; the median is reported")
	shared := flag.String("shared", "../shared", "the shared folder holding extbench/")
	browser := flag.Bool("browser", true, "measure the app in headless Chromium (needs make build first)")
	flag.Parse()

	sharedAbs, _ := filepath.Abs(*shared)
	ms := measurements(sharedAbs, *browser)
	var figs []figure
	var failed bool
	if l := machineLoad(); l != "" {
		fmt.Printf("measuring at %s\n\n", l)
	}
	for _, m := range ms {
		fs, err := m.take(*count)
		if err != nil {
			fmt.Fprintf(os.Stderr, "benchreport: %s: %v\n", m.name, err)
			failed = true
		}
		figs = append(figs, fs...)
	}
	printTable(os.Stdout, figs)

	over := overBudget(figs, 2)
	var unjudged []figure
	if *check && len(over) > 0 && !failed {
		over, unjudged, failed = confirm(ms, over, *count)
	}
	if len(unjudged) > 0 {
		fmt.Printf("\n%d figure(s) 2× over budget twice, not judged: the machine stayed overloaded (%s)\n", len(unjudged), machineLoad())
	}
	if len(over) > 0 {
		fmt.Printf("\n%d figure(s) at least 2× over budget:\n", len(over))
		for _, f := range over {
			fmt.Printf("  %s %s: %s (budget %s)\n", f.Area, f.Case, f.format(f.Value), f.format(f.Budget))
		}
	}
	if failed || (*check && len(over) > 0) {
		os.Exit(1)
	}
}

// confirm measures again each measurement that produced a figure in over,
// once the machine is not overloaded (waiting up to two minutes for it),
// and returns the figures that are 2× over budget in the second
// measurement too (with its value), those that were but on a machine that
// stayed overloaded (unjudged: no figure measured then says anything about
// the code), and whether a second measurement failed.
func confirm(ms []measurement, over []figure, count int) (confirmed, unjudged []figure, failed bool) {
	for _, m := range ms {
		var suspects []figure
		for _, f := range over {
			if f.measurement == m.name {
				suspects = append(suspects, f)
			}
		}
		if len(suspects) == 0 {
			continue
		}
		fmt.Printf("\nmeasuring %s again: %d figure(s) were 2× over budget (%s)\n", m.name, len(suspects), machineLoad())
		calm := awaitCalm(2 * time.Minute)
		again, err := m.take(count)
		if err != nil {
			fmt.Fprintf(os.Stderr, "benchreport: %s, second measurement: %v\n", m.name, err)
			return over, nil, true
		}
		for _, f := range suspects {
			g, ok := find(again, f)
			switch {
			case !ok:
				fmt.Printf("  %s %s: missing from the second measurement\n", f.Area, f.Case)
				confirmed = append(confirmed, f)
			case len(overBudget([]figure{g}, 2)) == 0:
				fmt.Printf("  %s %s: %s, then %s: a burst of load, not the code\n", f.Area, f.Case, f.format(f.Value), g.format(g.Value))
			case !calm:
				fmt.Printf("  %s %s: %s, then %s, both on an overloaded machine (%s): not judged\n", f.Area, f.Case, f.format(f.Value), g.format(g.Value), machineLoad())
				unjudged = append(unjudged, g)
			default:
				fmt.Printf("  %s %s: %s, then %s: over twice\n", f.Area, f.Case, f.format(f.Value), g.format(g.Value))
				confirmed = append(confirmed, g)
			}
		}
	}
	return confirmed, unjudged, false
}

// find returns the figure in figs measuring the same case as f.
func find(figs []figure, f figure) (figure, bool) {
	for _, g := range figs {
		if g.Area == f.Area && g.Case == f.Case {
			return g, true
		}
	}
	return figure{}, false
}

// Command benchreport measures Pressmark's speed and size and prints one
// table: the parser natively and compiled to wasm (with go-readability on
// the same pages as a peer), app.wasm's download size and what each
// dependency costs, and the app in headless Chromium. Each figure is the
// median of repeated runs, beside its budget and the command that made it.
//
// It is run by "make bench" (everything, several runs) and
// "make bench-check" (-check: fewer runs; exits 1 when a figure breaks its
// budget by 2× or more, so noise does not trip it).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	check := flag.Bool("check", false, "fail when a figure is 2× or more over its budget")
	count := flag.Int("count", 5, "runs of each benchmark; the median is reported")
	shared := flag.String("shared", "../shared", "the shared folder holding extbench/")
	browser := flag.Bool("browser", true, "measure the app in headless Chromium (needs make build first)")
	flag.Parse()

	sharedAbs, _ := filepath.Abs(*shared)
	var figs []figure
	var failed bool
	collect := func(fs []figure, err error) {
		figs = append(figs, fs...)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchreport:", err)
			failed = true
		}
	}
	collect(parserFigures(*count, sharedAbs))
	collect(sizeFigures())
	if *browser {
		collect(browserFigures(*count))
	}

	printTable(os.Stdout, figs)
	over := overBudget(figs, 2)
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

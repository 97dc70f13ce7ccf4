package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// browserBudgets are the budgets, in their units, of the figures the
// browser benchmark prints.
var browserBudgets = map[string]float64{
	"first visit":             800,
	"repeat visit":            300,
	"paste seed":              30,
	"paste 25 KB":             60,
	"paste 1 MB":              1000,
	"paste 1 MB longest task": 100,
	"add annotation":          16,
	"re-anchor 2000":          200,
	"scroll worst frame":      16.7, // one 60 Hz frame, as printed (to 0.1 ms)
}

// browserFigures runs one group of the app's browser benchmark (app/e2e,
// TestMeasure -measure-only group) against the built static site. The test prints one line per figure:
// "BENCH<TAB>case<TAB>median<TAB>unit".
func browserFigures(count int, group string) ([]figure, error) {
	args := []string{"test", "-count=1", "-tags", "e2e", "-run", "^TestMeasure$", "-v", "./app/e2e", "-args", "-measure-runs", fmt.Sprint(count), "-measure-only", group}
	cmdline := "go " + strings.Join(args, " ")
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "PRESSMARK_MEASURE=1")
	out, err := cmd.CombinedOutput()
	var figs []figure
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		f := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		if len(f) != 4 || f[0] != "BENCH" {
			continue
		}
		v, perr := strconv.ParseFloat(f[2], 64)
		if perr != nil {
			continue
		}
		figs = append(figs, figure{Area: "browser", Case: f[1], Value: v, Unit: f[3], Budget: browserBudgets[f[1]], Command: cmdline})
	}
	if err != nil {
		return figs, fmt.Errorf("%s: %v\n%s", cmdline, err, tail(string(out), 3000))
	}
	return figs, nil
}

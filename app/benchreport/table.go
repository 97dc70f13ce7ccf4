package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// figure is one measured number with its budget.
type figure struct {
	Area    string  // "parser native", "parser wasm", "app.wasm", "browser"
	Case    string  // what was measured
	Extra   string  // shown after Case, such as the allocations per run
	Value   float64 // in Unit
	Unit    string  // "µs", "ms", "MB", "×", "frames"
	Budget  float64 // at most this; 0 means no budget
	Command string  // what produced the figure
	Note    string  // such as "skipped: ../shared not found"

	measurement string // the name of the measurement that took it
}

func (f figure) format(v float64) string {
	switch {
	case f.Unit == "MB":
		return fmt.Sprintf("%.2f MB", v)
	case f.Unit == "×":
		return fmt.Sprintf("%.2f×", v)
	case v >= 100:
		return fmt.Sprintf("%.0f %s", v, f.Unit)
	case v >= 10:
		return fmt.Sprintf("%.1f %s", v, f.Unit)
	}
	return fmt.Sprintf("%.2f %s", v, f.Unit)
}

// status says how f stands against its budget.
func (f figure) status() string {
	switch {
	case f.Note != "":
		return f.Note
	case f.Budget == 0:
		return ""
	case f.Value <= f.Budget:
		return "ok"
	case f.Value < 2*f.Budget:
		return "OVER"
	}
	return "OVER 2×"
}

// overBudget returns the figures at least factor times over their budget.
func overBudget(figs []figure, factor float64) []figure {
	var out []figure
	for _, f := range figs {
		if f.Note == "" && f.Budget > 0 && f.Value >= factor*f.Budget {
			out = append(out, f)
		}
	}
	return out
}

// printTable writes the figures as one aligned table, then the commands
// that produced them.
func printTable(w io.Writer, figs []figure) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "AREA\tCASE\tMEDIAN\tBUDGET\tSTATUS")
	var cmds []string
	seen := map[string]bool{}
	for _, f := range figs {
		budget := ""
		if f.Budget > 0 {
			budget = "≤ " + f.format(f.Budget)
		}
		value := f.format(f.Value)
		if f.Note != "" {
			value = "—"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.Area, strings.TrimSpace(f.Case+" "+f.Extra), value, budget, f.status())
		if f.Command != "" && !seen[f.Command] {
			seen[f.Command] = true
			cmds = append(cmds, f.Command)
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range cmds {
		fmt.Fprintln(w, "  "+strings.TrimSpace(c))
	}
}

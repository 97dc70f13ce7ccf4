package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// readLoad returns the machine's load average over the last minute; tests
// replace it.
var readLoad = func() (float64, bool) {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	l, err := strconv.ParseFloat(f[0], 64)
	return l, err == nil
}

// sleep waits; tests replace it.
var sleep = time.Sleep

// machineLoad describes how busy the machine is, such as "load 3.10 on 2
// CPUs", so that a figure read on a shared machine comes with its
// conditions; it is empty where the load average cannot be read.
func machineLoad() string {
	l, ok := readLoad()
	if !ok {
		return ""
	}
	return fmt.Sprintf("load %.2f on %d CPUs", l, runtime.NumCPU())
}

// overloaded reports whether the machine runs more than one task per CPU
// (a one-minute load average over the number of CPUs): a program measured
// then shares its CPU, and its times can stretch by the 2× margin
// bench-check allows and more (this machine's browser figures swing 2–6×
// with other programs' load). Where the load cannot be read, it reports
// false, so that figures are judged.
func overloaded() bool {
	l, ok := readLoad()
	return ok && l > float64(runtime.NumCPU())
}

// awaitCalm waits, up to limit, for the machine to stop being overloaded,
// and reports whether it did.
func awaitCalm(limit time.Duration) bool {
	const step = 5 * time.Second
	for waited := time.Duration(0); overloaded(); waited += step {
		if waited >= limit {
			return false
		}
		if waited == 0 {
			fmt.Printf("  waiting for the machine to calm down (%s)\n", machineLoad())
		}
		sleep(step)
	}
	return true
}

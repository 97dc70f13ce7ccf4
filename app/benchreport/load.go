package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// machineLoad describes how busy the machine is, such as "load 3.10 on 2
// CPUs", so that a figure read on a shared machine comes with its
// conditions; it is empty where the load average cannot be read.
func machineLoad() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return fmt.Sprintf("load %s on %d CPUs", f[0], runtime.NumCPU())
}

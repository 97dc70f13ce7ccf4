package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// benchResult is the median of repeated runs of one Go benchmark.
type benchResult struct {
	Name        string
	NsPerOp     float64
	BytesPerOp  float64
	AllocsPerOp float64
	NsPerPage   float64 // from a benchmark that reports "ns/page"
	CPUNsPerOp  float64 // from a benchmark that reports "cpu-ns/op"
	Runs        int
}

// runGoBench runs "go test -bench" with the given arguments and environment
// additions and returns the median of each benchmark's runs, by name (the
// "Benchmark" prefix and the "-N" GOMAXPROCS suffix removed).
func runGoBench(env []string, args ...string) (map[string]benchResult, string, error) {
	cmdline := "go " + strings.Join(args, " ")
	if len(env) > 0 {
		cmdline = "GOOS=js GOARCH=wasm PATH=\"$(go env GOROOT)/lib/wasm:$PATH\" " + cmdline
	}
	out, err := runIn("", env, "go", args...)
	if err != nil {
		return nil, cmdline, fmt.Errorf("%s: %v", cmdline, err)
	}
	return parseBenchOutput(out), cmdline, nil
}

// parseBenchOutput reads the standard benchmark format
// ("BenchmarkX-2  100  1234 ns/op  56 B/op  7 allocs/op") and returns the
// median of each benchmark's figures.
func parseBenchOutput(out string) map[string]benchResult {
	runs := map[string][][5]float64{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		var v [5]float64
		for i := 2; i+1 < len(f); i += 2 {
			x, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				v[0] = x
			case "B/op":
				v[1] = x
			case "allocs/op":
				v[2] = x
			case "ns/page":
				v[3] = x
			case "cpu-ns/op":
				v[4] = x
			}
		}
		runs[name] = append(runs[name], v)
	}
	res := make(map[string]benchResult, len(runs))
	for name, rs := range runs {
		res[name] = benchResult{
			Name:        name,
			NsPerOp:     median(column(rs, 0)),
			BytesPerOp:  median(column(rs, 1)),
			AllocsPerOp: median(column(rs, 2)),
			NsPerPage:   median(column(rs, 3)),
			CPUNsPerOp:  median(column(rs, 4)),
			Runs:        len(rs),
		}
	}
	return res
}

func column(rs [][5]float64, i int) []float64 {
	c := make([]float64, len(rs))
	for k, r := range rs {
		c[k] = r[i]
	}
	return c
}

// median returns the median of xs, or 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// wasmEnv returns the environment that runs Go tests compiled to wasm
// under Node.
func wasmEnv() []string {
	return []string{"GOOS=js", "GOARCH=wasm", "PATH=" + wasmExecDir() + ":" + os.Getenv("PATH")}
}

// wasmExecDir is the toolchain's directory holding go_js_wasm_exec, which
// runs a test binary compiled to wasm under Node.
func wasmExecDir() string {
	root, _ := exec.Command("go", "env", "GOROOT").Output()
	return filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm")
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

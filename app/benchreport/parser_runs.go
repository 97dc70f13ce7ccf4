package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// parserRuns is the output of each run of the parser's benchmarks, native
// and wasm, in the order they were made: round i is native[i] then
// wasm[i].
type parserRuns struct {
	native, wasm       []string
	nativeCmd, wasmCmd string
}

// parserBenchArgs select the parser's Parse benchmarks. Natively they run
// on one P, as Go has in the browser: with more, the garbage collector's
// idle workers burn the spare CPUs, which counts in the CPU time per parse
// that the seed's budget is judged on.
var parserBenchArgs = []string{"-test.run", "^$", "-test.bench", "^BenchmarkParse", "-test.benchmem", "-test.count", "1"}

// alternateParserBench compiles the parser's tests natively and to wasm
// once, then runs their Parse benchmarks count times each, in turn.
func alternateParserBench(count int) (parserRuns, error) {
	runs := parserRuns{
		nativeCmd: "go test -run '^$' -bench ^BenchmarkParse -benchmem -cpu 1 -count 1 ./parser",
		wasmCmd:   `GOOS=js GOARCH=wasm PATH="$(go env GOROOT)/lib/wasm:$PATH" go test -run '^$' -bench ^BenchmarkParse -benchmem -count 1 ./parser`,
	}
	dir, err := os.MkdirTemp("", "benchreport-")
	if err != nil {
		return runs, err
	}
	defer os.RemoveAll(dir)
	nativeBin, wasmBin := filepath.Join(dir, "parser.test"), filepath.Join(dir, "parser.wasm")
	if err := goRun(nil, "test", "-c", "-o", nativeBin, "./parser"); err != nil {
		return runs, err
	}
	env := wasmEnv()
	if err := goRun(env, "test", "-c", "-o", wasmBin, "./parser"); err != nil {
		return runs, err
	}
	pkgDir, err := filepath.Abs("parser") // the tests read ../testdata
	if err != nil {
		return runs, err
	}
	for range count {
		out, err := runIn(pkgDir, nil, nativeBin, append([]string{"-test.cpu", "1"}, parserBenchArgs...)...)
		if err != nil {
			return runs, fmt.Errorf("%s: %v", runs.nativeCmd, err)
		}
		runs.native = append(runs.native, out)
		out, err = runIn(pkgDir, env, filepath.Join(wasmExecDir(), "go_js_wasm_exec"), append([]string{wasmBin}, parserBenchArgs...)...)
		if err != nil {
			return runs, fmt.Errorf("%s: %v", runs.wasmCmd, err)
		}
		runs.wasm = append(runs.wasm, out)
	}
	return runs, nil
}

// roundRatios returns the median over the rounds of benchmark name's wasm
// time ÷ its native time in the same round.
func roundRatios(runs parserRuns, name string) (float64, bool) {
	var ratios []float64
	for i := range min(len(runs.native), len(runs.wasm)) {
		n, w := parseBenchOutput(runs.native[i])[name], parseBenchOutput(runs.wasm[i])[name]
		if n.NsPerOp > 0 && w.NsPerOp > 0 {
			ratios = append(ratios, w.NsPerOp/n.NsPerOp)
		}
	}
	return median(ratios), len(ratios) > 0
}

// goRun runs the go command with the given environment additions.
func goRun(env []string, args ...string) error {
	_, err := runIn("", env, "go", args...)
	if err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(args, " "), err)
	}
	return nil
}

// runIn runs a program in dir (the current directory when empty), with the
// given environment additions, and returns its combined output.
func runIn(dir string, env []string, prog string, args ...string) (string, error) {
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("%v\n%s", err, tail(out.String(), 2000))
	}
	return out.String(), nil
}

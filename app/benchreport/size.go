package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// wasmSize is what app.wasm costs a user to download.
type wasmSize struct {
	Raw, Gzip, Brotli int // bytes; Brotli is 0 when no brotli tool is installed
	Packages          []pkgSize
	Command           string
}

// pkgSize is the share of app.wasm's code that one group of packages
// accounts for, from the module's function sizes and names.
type pkgSize struct {
	Name  string
	Bytes int
}

// measureWasm builds the app for the browser exactly as "make wasm" does
// and measures the result.
func measureWasm() (wasmSize, error) {
	dir, err := os.MkdirTemp("", "pressmark-bench")
	if err != nil {
		return wasmSize{}, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "app.wasm")
	s := wasmSize{Command: "go run ./app wasm (make wasm)"}
	if err := buildWasm(out); err != nil {
		return s, err
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return s, err
	}
	s.Raw = len(data)
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(data)
	w.Close()
	s.Gzip = gz.Len()
	if path, err := exec.LookPath("brotli"); err == nil {
		if b, err := exec.Command(path, "-q", "11", "-c", out).Output(); err == nil {
			s.Brotli = len(b)
		}
	}

	// Function names need the name section, so build once more without -s.
	symOut := filepath.Join(dir, "sym.wasm")
	if err := buildWasm(symOut, "-names"); err != nil {
		return s, err
	}
	mod, err := os.ReadFile(symOut)
	if err != nil {
		return s, err
	}
	funcs, err := wasmFuncSizes(mod)
	if err != nil {
		return s, err
	}
	mods, err := wasmModules()
	if err != nil {
		return s, err
	}
	s.Packages = groupSymbols(funcs, mods)
	return s, nil
}

// buildWasm compiles the app for the browser to out as make wasm does,
// with the pressmark command's wasm flags.
func buildWasm(out string, flags ...string) error {
	cmd := exec.Command("go", append([]string{"run", "./app", "wasm", "-out", out}, flags...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building app.wasm: %v\n%s", err, b)
	}
	return nil
}

// groupSymbols sums function sizes by dependency: the module, for
// third-party code; the package, for pressmark's own; "std and runtime"
// for the rest.
func groupSymbols(funcs map[string]int, modules []string) []pkgSize {
	sums := map[string]int{}
	for name, size := range funcs {
		sums[dependencyOf(name, modules)] += size
	}
	out := make([]pkgSize, 0, len(sums))
	for name, n := range sums {
		out = append(out, pkgSize{name, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Bytes > out[j].Bytes })
	return out
}

// dependencyOf maps a function name from a Go wasm module's name section
// to the dependency that owns it. The Go linker writes package paths there
// with '/' and '-' turned into '_', as in
// "github.com_yuin_goldmark_parser.(*parser).Parse".
func dependencyOf(sym string, modules []string) string {
	if strings.HasPrefix(sym, "pressmark_") {
		pkg, _, _ := strings.Cut(sym, ".")
		return strings.ReplaceAll(pkg, "_", "/")
	}
	for _, m := range modules {
		mangled := strings.NewReplacer("/", "_", "-", "_").Replace(m)
		if strings.HasPrefix(sym, mangled+"_") || strings.HasPrefix(sym, mangled+".") {
			return m
		}
	}
	return "std and runtime"
}

// wasmModules lists the modules app.wasm is built from, longest first so
// that a nested module wins over its parent.
func wasmModules() ([]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", "./app")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v", err)
	}
	seen := map[string]bool{}
	var mods []string
	for _, m := range strings.Fields(string(out)) {
		if !seen[m] && m != "pressmark" {
			seen[m] = true
			mods = append(mods, m)
		}
	}
	sort.Slice(mods, func(i, j int) bool { return len(mods[i]) > len(mods[j]) })
	return mods, nil
}

//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// runWasm implements "pressmark wasm": it compiles the app to WebAssembly
// as make wasm does, against a copy of go-app whose server-only files are
// left out of the browser build (see serverOnlyFiles).
func runWasm(args []string) error {
	fl := flag.NewFlagSet("wasm", flag.ContinueOnError)
	out := fl.String("out", "web/app.wasm", "file to write the module to")
	names := fl.Bool("names", false, "keep the symbol table and function names (for size reports)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 0 {
		return fmt.Errorf("unexpected arguments %q", fl.Args())
	}
	target, err := filepath.Abs(*out)
	if err != nil {
		return err
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "pressmark-wasm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	modfile, err := browserModule(root, dir)
	if err != nil {
		return err
	}
	build := []string{"build", "-modfile", modfile, "-trimpath"}
	if !*names {
		build = append(build, "-ldflags=-s -w")
	}
	build = append(build, "-o", target, "./app")
	cmd := exec.Command(goCommand(), build...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go %s: %v", strings.Join(build, " "), err)
	}
	return nil
}

// goAppModule is the module whose server-only files the browser build
// leaves out.
const goAppModule = "github.com/maxence-charriere/go-app/v10"

// serverOnlyFiles are go-app's files that hold its HTTP handler and the
// resource resolvers built on net/http. go-app compiles them into the
// browser build too, where nothing calls them; but importing net/http
// links crypto/tls, x509, math/big and their package initialisers into
// app.wasm: 1.6 MB of its 13 MB, 0.4 MB gzipped, and ~60 ms of start-up
// on a first visit (GODEBUG=inittrace=1 in Chromium). The copy of go-app
// the browser build uses has them constrained to !wasm.
var serverOnlyFiles = []string{"pkg/app/http.go", "pkg/app/resource.go"}

// browserOnlyDecls are the declarations of serverOnlyFiles that go-app's
// browser code uses. They do not touch net/http, and are copied as they
// are into a file of the copy built for wasm only.
var browserOnlyDecls = map[string][]string{
	"pkg/app/resource.go": {"clientResourceResolver", "remoteLocation", "webLocation"},
}

// moduleRoot returns the directory of pressmark's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command(goCommand(), "env", "GOMOD").Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run from within the pressmark module (go env GOMOD: %q, %v)", gomod, err)
	}
	return filepath.Dir(gomod), nil
}

// browserModule writes, under dir, a copy of the go.mod (with its go.sum)
// of the module in root that replaces go-app with browserCopy's copy of
// it, and returns the copy's path, for go build's -modfile flag.
func browserModule(root, dir string) (string, error) {
	src, version, err := moduleDir(root, goAppModule)
	if err != nil {
		return "", err
	}
	files, err := browserCopy(src, version)
	if err != nil {
		return "", err
	}
	copyDir, err := writeOnce(files, "go-app-"+version)
	if err != nil {
		return "", fmt.Errorf("writing the browser's copy of %s: %v", goAppModule, err)
	}
	modfile := filepath.Join(dir, "browser.mod")
	for from, to := range map[string]string{"go.mod": modfile, "go.sum": filepath.Join(dir, "browser.sum")} {
		data, err := os.ReadFile(filepath.Join(root, from))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			return "", err
		}
	}
	edit := exec.Command(goCommand(), "mod", "edit", "-modfile", modfile, "-replace", goAppModule+"="+copyDir)
	if out, err := edit.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go mod edit: %v\n%s", err, out)
	}
	return modfile, nil
}

// writeOnce writes files (relative path → content) to a directory of the
// user's cache named after name and a hash of the files, unless an
// earlier build wrote it already, and returns the directory. The name is
// the same for the same files, so that builds are reproducible (the Go
// linker records a replaced module's directory in the binary) and the
// compiled packages are reused. It writes to a temporary directory first
// and renames it into place, so that builds running at once never see a
// half-written copy.
func writeOnce(files map[string][]byte, name string) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir() // no home directory, as in some CI containers
	}
	h := sha256.New()
	paths := slices.Sorted(maps.Keys(files))
	for _, p := range paths {
		fmt.Fprintf(h, "%s %d\n", p, len(files[p]))
		h.Write(files[p])
	}
	parent := filepath.Join(cache, "pressmark")
	dir := filepath.Join(parent, fmt.Sprintf("%s-%x", name, h.Sum(nil)[:6]))
	if _, err := os.Stat(dir); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, name+"-tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // gone once renamed
	for _, p := range paths {
		path := filepath.Join(tmp, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, files[p], 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(dir); statErr == nil {
			return dir, nil // another build wrote the same copy first
		}
		return "", err
	}
	return dir, nil
}

// moduleDir returns where the go command keeps module path, a
// dependency of the module in root, and its version.
func moduleDir(root, path string) (dir, version string, err error) {
	cmd := exec.Command(goCommand(), "list", "-m", "-json", path)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("go list -m %s: %v", path, err)
	}
	var m struct{ Dir, Version string }
	if err := json.Unmarshal(out, &m); err != nil {
		return "", "", fmt.Errorf("go list -m %s: %v", path, err)
	}
	if m.Dir == "" {
		return "", "", fmt.Errorf("%s is not downloaded: run go mod download", path)
	}
	return m.Dir, m.Version, nil
}

// browserCopy returns the files of the module in src (its go.mod,
// license and non-test Go files, by slash-separated relative path) with
// serverOnlyFiles behind a !wasm build constraint and browserOnlyDecls in
// a file of their own for wasm. It fails, naming the module's version,
// when a file or declaration is not what it expects, so that an upgrade of
// go-app that moves them is noticed at the first build.
func browserCopy(src, version string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := d.Name()
		keep := name == "go.mod" || name == "LICENSE" ||
			strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
		if !keep {
			return nil
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		return nil, err
	}
	var decls bytes.Buffer
	for _, name := range serverOnlyFiles {
		data, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("go-app %s has no %s", version, name)
		}
		if bytes.Contains(data, []byte("//go:build")) {
			return nil, fmt.Errorf("go-app %s: %s already has a build constraint", version, name)
		}
		if want := browserOnlyDecls[name]; len(want) > 0 {
			if err := copyDecls(&decls, data, want); err != nil {
				return nil, fmt.Errorf("go-app %s: %s: %v", version, name, err)
			}
		}
		files[name] = append([]byte("//go:build !wasm\n\n"), data...)
	}
	stub := "// Code generated by pressmark wasm (app/wasm.go). DO NOT EDIT.\n\n" +
		"//go:build wasm\n\n" +
		"package app\n\n" +
		"import \"strings\"\n\n" +
		"// Handler serves the app over HTTP, natively only (http.go).\n" +
		"type Handler struct{}\n\n" +
		decls.String()
	formatted, err := format.Source([]byte(stub))
	if err != nil {
		return nil, fmt.Errorf("go-app %s: the browser's copy of %v: %v", version, browserOnlyDecls, err)
	}
	files["pkg/app/server_only_wasm.go"] = formatted
	return files, nil
}

// copyDecls writes the top-level functions of the Go file src named in
// names to w, in the file's order, with their doc comments.
func copyDecls(w *bytes.Buffer, src []byte, names []string) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return err
	}
	found := map[string]bool{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || !slices.Contains(names, fn.Name.Name) {
			continue
		}
		start := fn.Pos()
		if fn.Doc != nil {
			start = fn.Doc.Pos()
		}
		w.Write(src[fset.Position(start).Offset:fset.Position(fn.End()).Offset])
		w.WriteString("\n\n")
		found[fn.Name.Name] = true
	}
	for _, n := range names {
		if !found[n] {
			return fmt.Errorf("no function %s", n)
		}
	}
	return nil
}

// goCommand is the go command to run: $GO, as the Makefile names it, or
// go from PATH.
func goCommand() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}

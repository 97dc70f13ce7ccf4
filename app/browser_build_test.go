//go:build !wasm

package main

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// browserDeps lists the packages app.wasm is built from, with the go.mod
// in modfile or, when it is empty, pressmark's own.
func browserDeps(t *testing.T, root, modfile string) []string {
	t.Helper()
	args := []string{"list", "-deps"}
	if modfile != "" {
		args = append(args, "-modfile", modfile)
	}
	cmd := exec.Command(goCommand(), append(args, "./app")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return strings.Fields(string(out))
}

func TestBrowserBuildLeavesNetHTTPOut(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// go-app as published imports net/http in the browser too: without
	// that, this test would prove nothing.
	if !slices.Contains(browserDeps(t, root, ""), "net/http") {
		t.Fatal("app.wasm built with go-app as published no longer imports net/http: is the browser copy still needed?")
	}
	modfile, err := browserModule(root, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	deps := browserDeps(t, root, modfile)
	for _, pkg := range []string{"net/http", "crypto/tls", "crypto/x509"} {
		if slices.Contains(deps, pkg) {
			t.Errorf("app.wasm built with the browser copy of go-app still imports %s", pkg)
		}
	}
	if !slices.Contains(deps, goAppModule+"/pkg/app") {
		t.Errorf("app.wasm is not built with go-app: %v", deps)
	}
}

func TestBrowserCopyOfGoApp(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	src, version, err := moduleDir(root, goAppModule)
	if err != nil {
		t.Fatal(err)
	}
	files, err := browserCopy(src, version)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range serverOnlyFiles {
		if !bytes.HasPrefix(files[name], []byte("//go:build !wasm\n\n")) {
			t.Errorf("%s is not constrained to !wasm", name)
		}
	}
	for name, data := range files {
		if strings.HasSuffix(name, "_test.go") {
			t.Errorf("test file %s copied", name)
		}
		if strings.HasSuffix(name, ".go") && !slices.Contains(serverOnlyFiles, name) && name != "pkg/app/server_only_wasm.go" {
			orig, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(name)))
			if err != nil || !bytes.Equal(orig, data) {
				t.Errorf("%s differs from go-app's (%v)", name, err)
			}
		}
	}
	stub := files["pkg/app/server_only_wasm.go"]
	f, err := parser.ParseFile(token.NewFileSet(), "server_only_wasm.go", stub, parser.ParseComments)
	if err != nil {
		t.Fatalf("the wasm file does not parse: %v\n%s", err, stub)
	}
	if !bytes.Contains(stub, []byte("//go:build wasm\n")) {
		t.Error("the wasm file has no wasm build constraint")
	}
	var declared []string
	for _, obj := range f.Scope.Objects {
		declared = append(declared, obj.Name)
	}
	for _, want := range append(browserOnlyDecls["pkg/app/resource.go"], "Handler") {
		if !slices.Contains(declared, want) {
			t.Errorf("the wasm file does not declare %s: %v", want, declared)
		}
	}
	for _, imp := range f.Imports {
		if imp.Path.Value != `"strings"` {
			t.Errorf("the wasm file imports %s", imp.Path.Value)
		}
	}
}

// fakeGoApp writes a module with the given files (relative path →
// content) to a temporary directory.
func fakeGoApp(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBrowserCopyFailsOnAnUnexpectedGoApp(t *testing.T) {
	const resource = "package app\n\nfunc clientResourceResolver(string) func(string) string { return nil }\n\nfunc remoteLocation(string) bool { return false }\n\nfunc webLocation(string) bool { return false }\n"
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no http.go", map[string]string{"pkg/app/resource.go": resource}, "has no pkg/app/http.go"},
		{"constrained already", map[string]string{"pkg/app/http.go": "//go:build !wasm\n\npackage app\n", "pkg/app/resource.go": resource}, "already has a build constraint"},
		{"a declaration moved", map[string]string{"pkg/app/http.go": "package app\n", "pkg/app/resource.go": "package app\n\nfunc webLocation(string) bool { return false }\n"}, "no function clientResourceResolver"},
	} {
		_, err := browserCopy(fakeGoApp(t, tc.files), "v0.0.1")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "v0.0.1") {
			t.Errorf("%s: error %v, want one naming the version and %q", tc.name, err, tc.want)
		}
	}
}

func TestWriteOnce(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	files := map[string][]byte{"go.mod": []byte("module m\n"), "pkg/a.go": []byte("package pkg\n")}
	dirs := make([]string, 4)
	var wg sync.WaitGroup
	for i := range dirs {
		wg.Go(func() {
			dir, err := writeOnce(files, "m-v1")
			if err != nil {
				t.Error(err)
			}
			dirs[i] = dir
		})
	}
	wg.Wait()
	for _, d := range dirs[1:] {
		if d != dirs[0] {
			t.Fatalf("the same files went to %s and %s", dirs[0], d)
		}
	}
	got, err := os.ReadFile(filepath.Join(dirs[0], "pkg", "a.go"))
	if err != nil || string(got) != "package pkg\n" {
		t.Errorf("pkg/a.go = %q, %v", got, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(dirs[0]))
	if len(entries) != 1 {
		t.Errorf("the cache holds %d entries, want the one copy (no temporary left)", len(entries))
	}
	files["pkg/a.go"] = []byte("package pkg // changed\n")
	other, err := writeOnce(files, "m-v1")
	if err != nil {
		t.Fatal(err)
	}
	if other == dirs[0] {
		t.Error("changed files were written to the same directory as the old ones")
	}
}

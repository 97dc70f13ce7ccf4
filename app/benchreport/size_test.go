package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestDependencyOf(t *testing.T) {
	tests := []struct{ sym, want string }{
		{"pressmark_parser.Parse", "pressmark/parser"},
		{"pressmark_app_ui.__Root_.Render", "pressmark/app/ui"},
		{"github.com_yuin_goldmark_parser.__blockquoteParser_.Open", "github.com/yuin/goldmark"},
		{"github.com_maxence_charriere_go_app_v10_pkg_app.__htmlDiv_.DataSet", "github.com/maxence-charriere/go-app/v10"},
		{"golang.org_x_net_html.__Tokenizer_.Next", "golang.org/x/net"},
		{"runtime.mallocgc", "std and runtime"},
		{"encoding_json.Marshal", "std and runtime"},
	}
	mods := []string{"github.com/maxence-charriere/go-app/v10", "github.com/yuin/goldmark", "golang.org/x/net"}
	for _, tt := range tests {
		if got := dependencyOf(tt.sym, mods); got != tt.want {
			t.Errorf("dependencyOf(%q) = %q, want %q", tt.sym, got, tt.want)
		}
	}
}

// TestWasmFuncSizes builds a small Go program for wasm and checks that its
// functions are found by name and their sizes add up to the code section.
func TestWasmFuncSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm binary")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	os.WriteFile(src, []byte("package main\n\nfunc main() { println(\"hi\") }\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hello\n\ngo 1.22\n"), 0o644)
	out := filepath.Join(dir, "hello.wasm")
	cmd := exec.Command("go", "build", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	mod, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sizes, err := wasmFuncSizes(mod)
	if err != nil {
		t.Fatal(err)
	}
	if sizes["main.main"] == 0 || sizes["runtime.mallocgc"] == 0 {
		t.Errorf("main.main = %d, runtime.mallocgc = %d bytes; want both found", sizes["main.main"], sizes["runtime.mallocgc"])
	}
	if _, err := wasmFuncSizes(mod[:len(mod)/2]); err == nil {
		t.Error("a truncated module gave no error")
	}
	if _, err := wasmFuncSizes([]byte("not wasm")); err == nil {
		t.Error("a non-wasm file gave no error")
	}
}

//go:build !wasm

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pressmark/app/ui"
)

// fakeWasmExec is a stand-in for the toolchain's wasm_exec.js.
const fakeWasmExec = "// wasm_exec.js for the tests\n"

// setupWeb makes the working directory a temporary one holding a web/ like
// make wasm leaves it (the repository's icons, a style sheet, a fake
// app.wasm), and returns the path of a stand-in wasm_exec.js.
func setupWeb(t *testing.T) string {
	t.Helper()
	repoWeb, err := filepath.Abs(filepath.Join("..", webDir))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir(webDir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"app.wasm":      "\x00asm\x01\x00\x00\x00",
		"pressmark.css": "body { margin: 0 }\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(webDir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{iconDefault, iconLarge, iconMaskable, iconSVG} {
		data, err := os.ReadFile(filepath.Join(repoWeb, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(webDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wasmExec := filepath.Join(dir, "wasm_exec.js")
	if err := os.WriteFile(wasmExec, []byte(fakeWasmExec), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.Register()
	return wasmExec
}

func TestCleanPrefix(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      bool
	}{
		{"", "", false},
		{"/", "", false},
		{"pressmark", "/pressmark", false},
		{"/pressmark/", "/pressmark", false},
		{"/a/b", "/a/b", false},
		{"/../etc", "", true},
		{`/x"y`, "", true},
	} {
		got, err := cleanPrefix(tc.in)
		if (err != nil) != tc.bad || got != tc.want {
			t.Errorf("cleanPrefix(%q) = %q, %v; want %q, error %v", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

func TestVersionFollowsContent(t *testing.T) {
	wasmExec := setupWeb(t)
	a1, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	if a1.version != a2.version {
		t.Errorf("the same content gave versions %s and %s", a1.version, a2.version)
	}
	if err := os.WriteFile(filepath.Join(webDir, "pressmark.css"), []byte("body { margin: 1px }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a3, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	if a3.version == a1.version {
		t.Errorf("a changed style sheet kept version %s", a1.version)
	}
	if strings.Join(a1.styles, ",") != "/web/pressmark.css" {
		t.Errorf("styles = %q, want the one style sheet of web/", a1.styles)
	}
}

func TestLoadAssetsNeedsWasm(t *testing.T) {
	wasmExec := setupWeb(t)
	if err := os.Remove(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatal(err)
	}
	if _, err := loadAssets(wasmExec); err == nil {
		t.Error("loadAssets succeeded without web/app.wasm")
	}
}

func TestBuildSite(t *testing.T) {
	wasmExec := setupWeb(t)
	a, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"", "/pressmark"} {
		t.Run("prefix="+prefix, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			if err := resetDir(out); err != nil {
				t.Fatal(err)
			}
			if err := buildSite(out, prefix, a); err != nil {
				t.Fatal(err)
			}
			index := siteFile(t, filepath.Join(out, "index.html"))
			for _, want := range []string{
				`src="` + prefix + `/app.js"`,
				`href="` + prefix + `/web/pressmark.css"`,
				`href="` + prefix + `/manifest.webmanifest"`,
				`<meta http-equiv="Content-Security-Policy" content="` + csp + `">`,
			} {
				if !strings.Contains(index, want) {
					t.Errorf("index.html lacks %s", want)
				}
			}
			// The pre-rendered page is ui.Shell, not the workspace the
			// browser draws in its place.
			if !strings.Contains(index, "needs JavaScript and WebAssembly") {
				t.Error("index.html lacks the shell's note on what the app needs")
			}
			for _, workspace := range []string{"<textarea", "<article", `class="workspace"`} {
				if strings.Contains(index, workspace) {
					t.Errorf("index.html pre-renders the workspace (%s)", workspace)
				}
			}
			if i, j := strings.Index(index, "http-equiv=\"Content-Security-Policy\""), strings.Index(index, "<link"); i < 0 || i > j {
				t.Error("the policy <meta> comes after the first <link>, so it does not govern it")
			}
			if strings.Count(index, "Content-Security-Policy") != 1 {
				t.Error("the page has more or less than one policy")
			}
			if got := siteFile(t, filepath.Join(out, "wasm_exec.js")); got != fakeWasmExec {
				t.Errorf("wasm_exec.js is go-app's copy, not the toolchain's (%.40q)", got)
			}
			for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest"} {
				if s := siteFile(t, filepath.Join(out, f)); strings.Contains(s, "githubusercontent") {
					t.Errorf("%s refers to a remote host", f)
				}
			}

			var m struct {
				Scope, StartURL string
				Icons           []struct{ Src, Sizes, Purpose string }
			}
			manifest := strings.ReplaceAll(siteFile(t, filepath.Join(out, "manifest.webmanifest")), `"start_url"`, `"starturl"`)
			if err := json.Unmarshal([]byte(manifest), &m); err != nil {
				t.Fatal(err)
			}
			if m.Scope != prefix+"/" || m.StartURL != prefix+"/" {
				t.Errorf("manifest scope %q, start_url %q; want both %q", m.Scope, m.StartURL, prefix+"/")
			}
			for _, icon := range m.Icons {
				if icon.Purpose == "" || !strings.HasPrefix(icon.Src, prefix+"/web/") {
					t.Errorf("manifest icon %+v", icon)
				}
			}

			list, err := workerResources(siteFile(t, filepath.Join(out, "app-worker.js")))
			if err != nil {
				t.Fatal(err)
			}
			if !listed(list, prefix+"/web/app.wasm") || !listed(list, prefix+"/wasm_exec.js") {
				t.Errorf("the worker does not cache the app: %q", list)
			}
			for _, f := range a.files {
				if !listed(list, prefix+f) {
					t.Errorf("the worker does not cache %s%s, a file of web/", prefix, f)
				}
			}

			// One missing file would make the whole offline install fail:
			// the build must notice.
			if err := os.Remove(filepath.Join(out, "web", iconLarge)); err != nil {
				t.Fatal(err)
			}
			if err := checkCached(out, prefix); err == nil || !strings.Contains(err.Error(), iconLarge) {
				t.Errorf("checkCached with %s missing = %v, want an error naming it", iconLarge, err)
			}
		})
	}
}

func TestResetDirRefuses(t *testing.T) {
	setupWeb(t)
	if err := resetDir("."); err == nil {
		t.Error("resetDir(.) succeeded")
	}
	if err := resetDir(webDir); err == nil {
		t.Error("resetDir(web) succeeded")
	}
	mod := t.TempDir()
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := resetDir(mod); err == nil {
		t.Error("resetDir succeeded on a directory with a go.mod")
	}
	if _, err := os.Stat(filepath.Join(mod, "go.mod")); err != nil {
		t.Error("resetDir removed a go.mod")
	}
}

func siteFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func listed(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

//go:build !wasm

package main

import (
	"bytes"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestServe checks the serve command's handler: the policy header, the
// toolchain's wasm_exec.js, and a service worker whose every resource the
// server has, icons included, at their stated sizes.
func TestServe(t *testing.T) {
	wasmExec := setupWeb(t)
	a, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(&server{handler: newHandler(app.LocalDir(""), a), wasmExec: a.wasmExec})
	defer srv.Close()
	get := func(path string) (*http.Response, []byte) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		return res, body
	}

	res, page := get("/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %s", res.Status)
	}
	if h := res.Header.Get("Content-Security-Policy"); h != cspHeader || !strings.Contains(h, "frame-ancestors 'none'") {
		t.Errorf("Content-Security-Policy header = %q", h)
	}
	if !bytes.Contains(page, []byte(`http-equiv="Content-Security-Policy"`)) {
		t.Error("the page has no CSP <meta>, which static hosts need")
	}
	if bytes.Contains(page, []byte("<script>")) {
		t.Error("the page has an inline script, which the policy forbids")
	}

	if _, js := get("/wasm_exec.js"); string(js) != fakeWasmExec {
		t.Errorf("/wasm_exec.js is not the toolchain's copy: %.40q", js)
	}

	_, worker := get("/app-worker.js")
	if !bytes.Contains(worker, []byte(`const version = "`+a.version+`"`)) {
		t.Errorf("the worker does not carry version %s", a.version)
	}
	list, err := workerResources(string(worker))
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{"/web/" + iconDefault: 192, "/web/" + iconLarge: 512, "/web/" + iconMaskable: 512}
	for _, u := range list {
		res, body := get(u)
		if res.StatusCode != http.StatusOK {
			t.Errorf("the worker caches %s, which the server answers %s", u, res.Status)
			continue
		}
		if want, ok := sizes[u]; ok {
			delete(sizes, u)
			img, err := png.Decode(bytes.NewReader(body))
			if err != nil {
				t.Errorf("%s: %v", u, err)
				continue
			}
			if b := img.Bounds(); b.Dx() != want || b.Dy() != want {
				t.Errorf("%s is %dx%d, want %dx%[3]d", u, b.Dx(), b.Dy(), want)
			}
		}
	}
	for u := range sizes {
		t.Errorf("the worker does not cache the icon %s", u)
	}
}

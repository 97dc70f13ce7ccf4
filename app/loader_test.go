//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestStreamingLoader checks that the served app.js compiles the fetched
// app.wasm response itself by streaming, not go-app's progress stream, or
// instantiates the module web/wasm-start.js began compiling, and that an
// app.js without go-app's call is refused.
func TestStreamingLoader(t *testing.T) {
	wasmExec := setupWeb(t)
	a, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newServer(a)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	res, err := http.Get(srv.URL + "/app.js")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	js := string(body)
	if !strings.Contains(js, `WebAssembly.compileStreaming(fetch("/web/app.wasm"))`) {
		t.Errorf("app.js does not stream the fetched app.wasm into compileStreaming")
	}
	if !strings.Contains(js, `await WebAssembly.instantiate(await window.pmWasmModule, go.importObject)`) {
		t.Errorf("app.js does not instantiate the module web/wasm-start.js began compiling")
	}
	if strings.Contains(js, `fetchWithProgress("/web/app.wasm"`) {
		t.Errorf("app.js still wraps app.wasm in go-app's progress stream")
	}
	if _, err := streamingLoader("console.log(1)", "/web/app.wasm"); err == nil {
		t.Errorf("an app.js without go-app's fetch was accepted")
	}
}

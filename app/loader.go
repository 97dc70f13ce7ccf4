//go:build !wasm

package main

import (
	"fmt"
	"strings"
)

// streamingLoader rewrites go-app's app.js so that it hands the response of
// app.wasm straight to WebAssembly.instantiateStreaming. go-app wraps the
// download in a ReadableStream of its own to report progress; a Response
// built from a script's stream has no URL and no cache entry, so Chromium
// compiles the module from scratch on every visit. Given the fetched
// response itself (from the HTTP cache or the service worker's Cache
// Storage, served as application/wasm), it compiles while downloading and
// keeps the compiled code for the next visit. The price is the percentage
// in the loading label, which stays at its first value.
func streamingLoader(js, wasmURL string) (string, error) {
	old := `fetchWithProgress("` + wasmURL + `", showProgress)`
	if strings.Count(js, old) != 1 {
		return "", fmt.Errorf("app.js: go-app's wasm fetch %s not found once", old)
	}
	js = strings.Replace(js, old, `fetch("`+wasmURL+`")`, 1)
	// A User Timing mark between compiling and running app.wasm, so that a
	// trace tells the download and compile apart from Go's start-up.
	const run = "go.run(wasm.instance);"
	if strings.Count(js, run) != 1 {
		return "", fmt.Errorf("app.js: go-app's %s not found once", run)
	}
	return strings.Replace(js, run, `performance.mark("pm:instantiated");`+"\n    "+run, 1), nil
}

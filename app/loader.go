//go:build !wasm

package main

import (
	"fmt"
	"regexp"
	"strings"
)

// streamingLoader rewrites go-app's app.js so that it compiles the response
// of app.wasm by streaming, as web/wasm-start.js began to (startedModule),
// rather than through go-app's progress stream. go-app wraps the
// download in a ReadableStream of its own to report progress; a Response
// built from a script's stream has no URL and no cache entry, so Chromium
// compiles the module from scratch on every visit. Given the fetched
// response itself (from the HTTP cache or the service worker's Cache
// Storage, served as application/wasm), it compiles while downloading and
// keeps the compiled code for the next visit. The price is the percentage
// in the loading label, which stays at its first value.
func streamingLoader(js, wasmURL string) (string, error) {
	old := regexp.MustCompile(`await instantiateStreaming\(\s*fetchWithProgress\("` +
		regexp.QuoteMeta(wasmURL) + `", showProgress\),\s*go\.importObject\s*\)`)
	if n := len(old.FindAllStringIndex(js, -1)); n != 1 {
		return "", fmt.Errorf("app.js: go-app's wasm fetch of %s found %d times, not once", wasmURL, n)
	}
	js = old.ReplaceAllLiteralString(js, startedModule(wasmURL))
	// A User Timing mark between compiling and running app.wasm, so that a
	// trace tells the download and compile apart from Go's start-up.
	const run = "go.run(wasm.instance);"
	if strings.Count(js, run) != 1 {
		return "", fmt.Errorf("app.js: go-app's %s not found once", run)
	}
	js = strings.Replace(js, run, `performance.mark("pm:instantiated");`+"\n    "+run, 1)
	js, err := startupGC(js)
	if err != nil {
		return "", err
	}
	return laterWorker(js)
}

// workerStart is where go-app's app.js registers the service worker, first
// of all, as the page starts.
const workerStart = "goappInitServiceWorker();\ngoappWatchForUpdate();"

// laterWorker rewrites go-app's app.js so that it registers the service
// worker once the app marks itself ready (data-ready="true", see ui.Root)
// and the browser has painted a frame and is idle (at most 3 s later), or
// after 10 s should the app never be ready. Registering starts the worker's
// install, which downloads every file of the app again, app.wasm's 11 MB
// included, and writes them to Cache Storage: begun with the page, as
// go-app does, that second download ran beside the page's own download,
// compile and start on a first visit (TestStartupTrace shows the two
// responses of app.wasm). The first visit is not served by the worker
// anyway, so nothing else changes. Registered as soon as the app was ready,
// the install ran beside the browser's first frame of the app: a first
// visit's first frame came 686 → 644 ms after navigation once it waited
// for a frame and an idle moment (TestMeasure's visits, 12 each in turn).
func laterWorker(js string) (string, error) {
	if strings.Count(js, workerStart) != 1 {
		return "", fmt.Errorf("app.js: go-app's %q not found once", workerStart)
	}
	return strings.Replace(js, workerStart, "goappWatchForUpdate();", 1) + workerLater, nil
}

// workerLater registers the service worker once the app is ready; see
// laterWorker.
const workerLater = `
// Pressmark: register the service worker once the app is ready (loader.go).
(() => {
  let done = false;
  const ready = () => document.querySelector('[data-ready="true"]');
  const register = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    // After the app's first frame, in an idle moment: the worker's install
    // downloads every file of the app again and writes it to Cache Storage.
    // A hidden tab paints no frame: then after 3 s.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      goappInitServiceWorker();
    };
    const idle = window.requestIdleCallback || ((f) => setTimeout(f, 0));
    requestAnimationFrame(() => setTimeout(() => idle(start, { timeout: 2000 }), 0));
    setTimeout(start, 3000);
  };
  const observer = new MutationObserver(() => { if (ready()) register(); });
  observer.observe(document.documentElement, {subtree: true, attributes: true, attributeFilter: ["data-ready"]});
  const timer = setTimeout(register, 10000);
  if (ready()) register();
})();
`

// startedModule is what app.js instantiates: the module web/wasm-start.js
// began compiling from the page's <head>, or, should app.js run first (or
// the browser have no compileStreaming), a compile of its own, which the
// start script then leaves alone.
func startedModule(wasmURL string) string {
	return `await (async () => {
      if (!window.pmWasmModule) {
        window.pmWasmModule = WebAssembly.compileStreaming
          ? WebAssembly.compileStreaming(fetch("` + wasmURL + `"))
          : fetch("` + wasmURL + `").then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
      }
      return { instance: await WebAssembly.instantiate(await window.pmWasmModule, go.importObject) };
    })()`
}

//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// webDir is where serve and build find the app's assets: app.wasm, the
// style sheets and the icons. go-app serves it as /web/.
const webDir = "web"

// workerTemplate is the service worker; see the comment at its top.
//
//go:embed app-worker.js
var workerTemplate string

// csp allows the page nothing but its own origin. go-app needs
// 'wasm-unsafe-eval' to compile app.wasm; it needs no inline script and no
// inline style (it sets styles through the CSSOM, which CSP allows).
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'"

// cspHeader is csp as an HTTP header, which can also forbid framing; a
// <meta> policy cannot (browsers ignore frame-ancestors there, with a
// console warning).
const cspHeader = csp + "; frame-ancestors 'none'"

// cspMeta is csp as a <meta> element, which static hosts carry.
func cspMeta() string {
	return `<meta http-equiv="Content-Security-Policy" content="` + csp + `">`
}

// versionedWasm is the address the page asks app.wasm at: the file with
// the app's version as its query, so that the browser's HTTP cache holds
// each version's app.wasm, and V8's compiled code beside it, under an
// address of its own (static hosts ignore the query). web/wasm-start.js
// reads it there on a repeat visit (see the script); the service worker
// answers it from its copy of app.wasm otherwise.
func versionedWasm(res app.ResourceResolver, version string) string {
	return res.Resolve("/web/app.wasm") + "?v=" + version
}

// wasmPreload is a <link> that starts the download of app.wasm while the
// page is parsed, instead of once the page's scripts run: web/wasm-start.js
// then finds the response in flight (a fetch with the same mode and
// credentials, so the browser can reuse it). It helps a first visit only:
// the service worker removes it from the pages it caches (app-worker.js,
// unpreloadPages), since Chromium reads V8's compiled-wasm cache back only
// for the script's own fetch of app.wasm.
func wasmPreload(res app.ResourceResolver, version string) string {
	return `<link rel="preload" href="` + versionedWasm(res, version) +
		`" as="fetch" type="application/wasm" crossorigin="anonymous">`
}

// wasmStart links web/wasm-start.js, which starts compiling app.wasm as
// soon as it runs rather than once the page has been parsed and laid out
// (see the script), from the address in its data-wasm. It is a classic
// script, run as the parser meets it: an async one waited behind the
// parsing and layout of the pre-rendered page (TestStartupTrace, repeat
// visit: app.wasm requested at 205 ms, the script there since 47). The
// static site has it at the top of <head>, before the style sheets it
// would otherwise wait for (hoistHead); served by "pressmark serve" it
// comes after them.
func wasmStart(res app.ResourceResolver, version string) string {
	return `<script src="` + res.Resolve("/web/wasm-start.js") + `" data-wasm="` +
		versionedWasm(res, version) + `"></script>`
}

const (
	appName        = "Pressmark"
	appDescription = "Paste a press release and read it clean and structured: title, date, " +
		"body, with the boilerplate set aside. Annotate it. Works offline; nothing leaves your browser."
)

// newHandler returns the go-app handler of the app, whose assets res
// resolves (app.LocalDir for serve, app.PrefixedLocation for a static site
// under a sub-path). Every file of web/ is cached for offline use, so an
// asset added there needs no change here.
func newHandler(res app.ResourceResolver, a *assets) *app.Handler {
	return &app.Handler{
		Name:            appName,
		ShortName:       appName,
		Title:           appName,
		Description:     appDescription,
		Lang:            "en",
		LoadingLabel:    "Loading Pressmark…",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		Icon: app.Icon{
			Default:  "/web/" + iconDefault,
			Large:    "/web/" + iconLarge,
			Maskable: "/web/" + iconMaskable,
			SVG:      "/web/" + iconSVG,
		},
		Styles:                a.styles,
		CacheableResources:    a.files,
		RawHeaders:            []string{cspMeta(), wasmPreload(res, a.version), wasmStart(res, a.version)},
		Resources:             res,
		Version:               a.version,
		ServiceWorkerTemplate: workerTemplate,
	}
}

// siteFormat goes into the version: bump it when a change to this file, or
// to loader.go (which rewrites app.js), changes what the handler serves,
// since the version hashes only content.
const siteFormat = 9

// assets describes the app's static files: the style sheets to link and the
// version, a hash of everything a client caches.
type assets struct {
	files    []string // every file of web/ as "/web/…", sorted
	styles   []string // the style sheets among them
	wasmExec []byte   // the wasm_exec.js matching the Go that built app.wasm
	version  string
}

// loadAssets reads web/ and the Go toolchain's wasm_exec.js. It fails when
// app.wasm has not been built.
func loadAssets(wasmExecPath string) (*assets, error) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		return nil, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	wasmExec, err := readWasmExec(wasmExecPath)
	if err != nil {
		return nil, err
	}
	a := &assets{wasmExec: wasmExec}
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s\x00%s\x00%s\x00", siteFormat, appName, appDescription, csp)
	h.Write(wasmExec)
	h.Write([]byte(workerTemplate))
	var files []string
	err = filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		rel := filepath.ToSlash(p)
		fmt.Fprintf(h, "%s\x00%d\x00", rel, len(data))
		h.Write(data)
		a.files = append(a.files, "/"+rel)
		if path.Ext(rel) == ".css" {
			a.styles = append(a.styles, "/"+rel)
		}
	}
	a.version = hex.EncodeToString(h.Sum(nil))[:20]
	return a, nil
}

// readWasmExec returns the wasm_exec.js of the Go toolchain (go-app ships
// its own copy, which can lag behind the Go that built app.wasm). With no
// explicit path it asks "go env GOROOT".
func readWasmExec(explicit string) ([]byte, error) {
	if explicit != "" {
		return os.ReadFile(explicit)
	}
	goroot := os.Getenv("GOROOT")
	if goroot == "" {
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return nil, fmt.Errorf("finding GOROOT for wasm_exec.js (or pass -wasm-exec): %w", err)
		}
		goroot = strings.TrimSpace(string(out))
	}
	for _, dir := range []string{"lib/wasm", "misc/wasm"} {
		data, err := os.ReadFile(filepath.Join(goroot, dir, "wasm_exec.js"))
		if err == nil {
			return data, nil
		}
	}
	return nil, errors.New("no wasm_exec.js under " + goroot)
}

// server serves the app: go-app's handler, with the toolchain's
// wasm_exec.js, the streaming app.js and security headers on every response.
type server struct {
	handler  *app.Handler
	wasmExec []byte
	appJS    []byte // go-app's app.js, rewritten by streamingLoader
}

// newServer returns the server of the app whose assets a describes.
func newServer(a *assets) (*server, error) {
	res := app.LocalDir("")
	h := newHandler(res, a)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("app.js: go-app answered %d", rec.Code)
	}
	js, err := streamingLoader(rec.Body.String(), res.Resolve("/web/app.wasm"))
	if err != nil {
		return nil, err
	}
	return &server{handler: h, wasmExec: a.wasmExec, appJS: []byte(js)}, nil
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", cspHeader)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.URL.Path == "/wasm_exec.js" {
		h.Set("Content-Type", "text/javascript")
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "wasm_exec.js", time.Time{}, bytes.NewReader(s.wasmExec))
		return
	}
	if r.URL.Path == "/app.js" && s.appJS != nil {
		h.Set("Content-Type", "text/javascript")
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "app.js", time.Time{}, bytes.NewReader(s.appJS))
		return
	}
	s.handler.ServeHTTP(w, r)
}

// runServe implements "pressmark serve": it serves the app over HTTP.
func runServe(args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fl.String("addr", "localhost:8000", "address to listen on")
	wasmExec := fl.String("wasm-exec", "", "path of wasm_exec.js (default: the Go toolchain's)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	a, err := loadAssets(*wasmExec)
	if err != nil {
		return err
	}
	s, err := newServer(a)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "pressmark: serving version %s on http://%s/\n", a.version, *addr)
	srv := &http.Server{Addr: *addr, Handler: s, ReadHeaderTimeout: 10 * time.Second}
	return srv.ListenAndServe()
}

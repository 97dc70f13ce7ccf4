//go:build e2e

// Package e2e drives the built static site (dist/, from make build) in
// headless Chromium. Run it with make e2e, or
//
//	go test -tags e2e ./app/e2e
//
// after make build. PRESSMARK_DIST names another site directory and
// PRESSMARK_CHROMIUM another browser. Without a browser the tests are
// skipped, except in CI (CI=true) where that is a failure.
//
// Each test gets a fresh browser profile (a new browser context: its own
// storage, caches and service workers) in one shared Chromium process.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The sub-path of the second static site, which TestMain builds with the
// native command (it also serves the app for TestServeCommand).
const subPrefix = "/pressmark"

var (
	// distDir is the static site at the root of its host; subDir the same
	// app built for subPrefix.
	distDir, subDir string
	// browserCtx is the shared Chromium; newPage opens tabs in it.
	browserCtx context.Context
	// chromiumPath is the browser's executable.
	chromiumPath string
	// rootSite serves distDir for the tests that need no server of their own.
	rootSite *httptest.Server
	// repoRoot is the module's directory; pressmarkBin the native command,
	// built from it.
	repoRoot, pressmarkBin string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	root, err := moduleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	distDir = os.Getenv("PRESSMARK_DIST")
	if distDir == "" {
		distDir = filepath.Join(root, "dist")
	}
	if _, err := os.Stat(filepath.Join(distDir, "index.html")); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: no static site in %s: run make build first (%v)\n", distDir, err)
		return 1
	}
	if index, _ := os.ReadFile(filepath.Join(distDir, "index.html")); !strings.Contains(string(index), `src="/app.js"`) {
		fmt.Fprintf(os.Stderr, "e2e: %s was built for a sub-path: rebuild it with make build PREFIX=\n", distDir)
		return 1
	}

	chromium := os.Getenv("PRESSMARK_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			fmt.Fprintf(os.Stderr, "e2e: FAIL: no browser at %s (CI=true): %v\n", chromium, err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "e2e: SKIP: no browser at %s; install it with make chromium\n", chromium)
		return 0
	}

	tmp, err := os.MkdirTemp("", "pressmark-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)

	repoRoot = root
	pressmarkBin = filepath.Join(tmp, "pressmark")
	subDir = filepath.Join(tmp, "site"+strings.ReplaceAll(subPrefix, "/", "-"))
	for _, args := range [][]string{
		{"go", "build", "-o", pressmarkBin, "./app"},
		{pressmarkBin, "build", "-out", subDir, "-prefix", subPrefix},
	} {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = root
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s: %v\n", strings.Join(args, " "), err)
			return 1
		}
	}

	chromiumPath = chromium
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(filepath.Join(tmp, "profile"))...)
	defer cancelAlloc()
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: starting %s: %v\n", chromium, err)
		return 1
	}
	browserCtx = ctx

	rootSite = serveSite(distDir, "")
	defer rootSite.Close()

	return m.Run()
}

// moduleRoot finds the directory of go.mod above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// serveSite serves dir as a plain static host would, on 127.0.0.1: at the
// root, or under prefix with a redirect from the bare prefix to prefix+"/".
func serveSite(dir, prefix string) *httptest.Server {
	files := http.FileServer(http.Dir(dir))
	if prefix == "" {
		return httptest.NewServer(files)
	}
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, files))
	mux.Handle(prefix, http.RedirectHandler(prefix+"/", http.StatusMovedPermanently))
	return httptest.NewServer(mux)
}

// chromiumOptions are the flags every browser of the tests runs with, on
// the on-disk profile in dir.
func chromiumOptions(dir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
	}
}

// newBrowser starts a Chromium of its own on a fresh on-disk profile, as a
// user's browser is (newPage's off-the-record contexts keep their HTTP
// cache in memory, where an 11 MB app.wasm and V8's code for it are not
// kept), and returns its first tab, which ends with the test.
func newBrowser(t testing.TB) context.Context {
	t.Helper()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(t.TempDir())...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting a browser: %v", err)
	}
	tctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelTimeout)
	return tctx
}

// newPage opens a tab in a fresh browser context (a fresh profile: no
// storage, no service worker) and returns its chromedp context, which ends
// with the test.
func newPage(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelTimeout)
	return tctx
}

// do runs the actions or fails the test.
func do(t testing.TB, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression, with the helpers of jsHelpers in
// scope, and decodes its value (awaiting it when it is a promise).
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](jsHelpers+"\n"+expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %.80q: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript expression (with jsHelpers in scope) until it
// is truthy, failing the test with what after the timeout.
func waitFor(t testing.TB, ctx context.Context, what, expr string, timeout time.Duration) {
	t.Helper()
	if err := poll(ctx, expr, timeout); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

// poll waits until a JavaScript expression (with jsHelpers in scope) is
// truthy.
func poll(ctx context.Context, expr string, timeout time.Duration) error {
	_, err := chromedp.Run(ctx, chromedp.PollFunction[bool](
		"() => {"+jsHelpers+"\nreturn !!("+expr+");}",
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(timeout)))
	return err
}

// open navigates to url and waits until the app is ready.
func open(t testing.TB, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	waitReady(t, ctx)
}

// waitReady waits for the mark only the WebAssembly side sets after its
// first parse has rendered (the pre-rendered HTML lacks it).
func waitReady(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `the app (data-ready="true")`, `document.querySelector('[data-ready="true"]')`, 60*time.Second)
}

// reload reloads the page and waits until the app is ready.
func reload(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Reload())
	waitReady(t, ctx)
}

// setValue sets the editor's text through JavaScript and dispatches an
// "input" event, as typing would (chromedp's SetValue writes "undefined"
// for "", and Clear fails on an empty textarea).
func setValue(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const ed = pmEditor(); ed.focus(); ed.value = `+jsString(text)+`;
		ed.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
}

// paste selects all of the editor's text, as a user replacing it would, and
// dispatches a paste event whose clipboard carries html (when not empty)
// and text, as a copy from a web page would.
func paste(t testing.TB, ctx context.Context, html, text string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const ed = pmEditor(); ed.focus(); ed.select();
		const dt = new DataTransfer();
		if (`+jsString(html)+` !== "") dt.setData("text/html", `+jsString(html)+`);
		dt.setData("text/plain", `+jsString(text)+`);
		ed.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
		return true; })()`)
}

// waitTitle waits until the article's h1 contains want.
func waitTitle(t testing.TB, ctx context.Context, want string) {
	t.Helper()
	if err := poll(ctx, `pmTitle().includes(`+jsString(want)+`)`, 20*time.Second); err != nil {
		t.Fatalf("waiting for the title %q: %v (the h1 is %q)", want, err, articleTitle(t, ctx))
	}
}

// articleTitle is the text of the h1 of the page's only article.
func articleTitle(t testing.TB, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `pmTitle()`)
}

// articleText is the visible text of the page's only article.
func articleText(t testing.TB, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `pmArticle() ? pmArticle().innerText : ""`)
}

// regionText is the visible text of the region with the accessible name.
func regionText(t testing.TB, ctx context.Context, name string) string {
	t.Helper()
	return eval[string](t, ctx, `pmRegion(`+jsString(name)+`) ? pmRegion(`+jsString(name)+`).innerText : ""`)
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// jsHelpers find the app's parts by their stable accessible names.
const jsHelpers = `
function pmName(el) {
	const by = el.getAttribute("aria-labelledby");
	if (by) return by.split(/\s+/).map((id) => { const l = document.getElementById(id); return l ? l.textContent : ""; }).join(" ").trim();
	if (el.getAttribute("aria-label")) return el.getAttribute("aria-label").trim();
	if (el.labels && el.labels.length) return Array.from(el.labels).map((l) => l.textContent).join(" ").trim();
	if (el.title) return el.title.trim();
	return "";
}
function pmEditor() {
	const ed = Array.from(document.querySelectorAll("textarea")).find((el) => pmName(el) === "Release text");
	if (!ed) throw new Error('no textarea labelled "Release text"');
	return ed;
}
function pmArticle() { return document.querySelector("article"); }
function pmTitle() { const h = document.querySelector("article h1"); return h ? h.textContent.trim() : ""; }
function pmRegion(name) {
	return Array.from(document.querySelectorAll('section, aside, [role="region"], [role="complementary"]'))
		.find((el) => pmName(el) === name) || null;
}
function pmButtonName(el) { return (pmName(el) || el.textContent).trim(); }
`

//go:build e2e

package e2e

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestUpdate publishes new versions of the site under an open page: a good
// one replaces the cache and tells go-app (OnAppUpdate) that an update is
// ready; a broken one (a resource it lists is missing) fails to install and
// leaves the working version and its cache in place, so the app still opens
// offline.
func TestUpdate(t *testing.T) {
	dir := t.TempDir()
	if err := copyTree(distDir, dir); err != nil {
		t.Fatal(err)
	}
	site := serveSite(dir, "")
	defer site.Close()
	ctx := newPage(t)
	open(t, ctx, site.URL+"/")
	waitFor(t, ctx, "the service worker to control the page", `navigator.serviceWorker.controller !== null`, 30*time.Second)
	reload(t, ctx) // a returning visitor: the page comes from the worker
	// The page registers the worker, and listens for its updates, once the
	// app has painted and the browser is idle (loader.go, laterWorker).
	waitFor(t, ctx, "the page's registration of the worker", `goappServiceWorkerRegistration !== undefined`, 10*time.Second)

	worker := filepath.Join(dir, "app-worker.js")
	original, err := os.ReadFile(worker)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const version = "([^"]+)";`).FindSubmatch(original)
	if m == nil {
		t.Fatal("app-worker.js: no version")
	}
	v1 := string(m[1])
	if got := cacheNames(t, ctx); strings.Join(got, ",") != "pressmark:/:"+v1 {
		t.Fatalf("caches after the first load = %q, want only version %s", got, v1)
	}

	if eval[bool](t, ctx, `/new version/i.test(document.body.innerText)`) {
		t.Error("a new-version notice shows on the first visit")
	}

	// The update hook go-app installed, wrapped to see that it runs.
	eval[bool](t, ctx, `(() => { const hook = window.goappOnUpdate;
		window.goappOnUpdate = function () { window.__updated = true; return hook.apply(this, arguments); };
		return true; })()`)

	publish := func(version string, extra string) string {
		t.Helper()
		js := strings.Replace(string(original), `"`+v1+`"`, `"`+version+`"`, 1)
		if extra != "" {
			js = strings.Replace(js, "new Set(\n    [", "new Set(\n    ["+jsString(extra)+",", 1)
			if !strings.Contains(js, jsString(extra)) {
				t.Fatal("app-worker.js: could not add a resource to the list")
			}
		}
		if err := os.WriteFile(worker, []byte(js), 0o644); err != nil {
			t.Fatal(err)
		}
		// Update and report the states the new worker goes through.
		return eval[string](t, ctx, `(async () => {
			const reg = await navigator.serviceWorker.getRegistration();
			const states = [];
			const done = new Promise((resolve) => {
				reg.addEventListener("updatefound", () => {
					const w = reg.installing;
					w.addEventListener("statechange", () => {
						states.push(w.state);
						if (w.state === "activated" || w.state === "redundant") resolve();
					});
				}, {once: true});
			});
			await reg.update().catch(() => {});
			await Promise.race([done, new Promise((r) => setTimeout(r, 20000))]);
			return states.join(" ");
		})()`)
	}

	v2 := v1 + "-good"
	if states := publish(v2, ""); !strings.HasSuffix(states, "activated") {
		t.Fatalf("the good update went through %q, want it activated", states)
	}
	waitFor(t, ctx, "go-app's update hook", `window.__updated === true`, 5*time.Second)
	waitFor(t, ctx, `the "new version" notice`, `/new version/i.test(document.body.innerText)`, 5*time.Second)
	waitFor(t, ctx, "the old cache to go", `caches.keys().then((k) => k.length === 1)`, 5*time.Second)
	if got := cacheNames(t, ctx); strings.Join(got, ",") != "pressmark:/:"+v2 {
		t.Fatalf("caches after the good update = %q, want only version %s", got, v2)
	}

	if states := publish(v1+"-broken", "/missing-resource.js"); !strings.HasSuffix(states, "redundant") || strings.Contains(states, "activated") {
		t.Fatalf("the broken update went through %q, want it to fail (redundant) before activating", states)
	}
	if got := cacheNames(t, ctx); strings.Join(got, ",") != "pressmark:/:"+v2 {
		t.Fatalf("caches after the broken update = %q, want only version %s", got, v2)
	}

	site.Close()
	goOffline(t, ctx)
	reload(t, ctx)
	waitTitle(t, ctx, sampleTitle)
}

// cacheNames lists the page origin's caches.
func cacheNames(t testing.TB, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `caches.keys()`)
}

// copyTree copies the regular files under src into dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

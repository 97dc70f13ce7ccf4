//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// runBuild implements "pressmark build": it writes the app as a static site
// that any static host can serve, at the root of a host or under -prefix.
func runBuild(args []string) error {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fl.String("out", "dist", "directory to write the site to (replaced)")
	prefix := fl.String("prefix", "", "sub-path the site is served under, e.g. /pressmark")
	wasmExec := fl.String("wasm-exec", "", "path of wasm_exec.js (default: the Go toolchain's)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	p, err := cleanPrefix(*prefix)
	if err != nil {
		return err
	}
	a, err := loadAssets(*wasmExec)
	if err != nil {
		return err
	}
	if err := resetDir(*out); err != nil {
		return err
	}
	if err := buildSite(*out, p, a); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "pressmark: wrote version %s to %s (served at %s/)\n", a.version, *out, p)
	return nil
}

// cleanPrefix turns "pressmark/", "/pressmark" or "" into "/pressmark" or "".
func cleanPrefix(p string) (string, error) {
	p = strings.Trim(p, "/")
	if p == "" {
		return "", nil
	}
	if strings.ContainsAny(p, `"'<> ?#\`) || strings.Contains(p, "..") {
		return "", fmt.Errorf("invalid prefix %q", p)
	}
	return "/" + p, nil
}

// resetDir empties dir for a fresh site, refusing directories that are
// plainly not build outputs.
func resetDir(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	wd, _ := os.Getwd()
	web, _ := filepath.Abs(webDir)
	if abs == wd || abs == web || abs == filepath.Dir(abs) {
		return fmt.Errorf("refusing to replace %s", abs)
	}
	if _, err := os.Stat(filepath.Join(abs, "go.mod")); err == nil {
		return fmt.Errorf("refusing to replace %s: it holds a go.mod", abs)
	}
	if err := os.RemoveAll(abs); err != nil {
		return err
	}
	return os.MkdirAll(abs, 0o755)
}

// buildSite writes the site: go-app's pages and scripts, the toolchain's
// wasm_exec.js, a copy of web/, and a manifest scoped to the prefix. It then
// checks that every file the service worker caches exists, because one
// missing file makes the whole offline install fail.
func buildSite(out, prefix string, a *assets) error {
	var res app.ResourceResolver = app.LocalDir("")
	if prefix != "" {
		res = app.PrefixedLocation(prefix)
	}
	h := newHandler(res, a)
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "wasm_exec.js"), a.wasmExec, 0o644); err != nil {
		return err
	}
	if err := rewriteLoader(filepath.Join(out, "app.js"), res.Resolve("/web/app.wasm")); err != nil {
		return err
	}
	if err := copyDir(webDir, filepath.Join(out, "web")); err != nil {
		return err
	}
	if data, err := os.ReadFile(filepath.Join(webDir, "robots.txt")); err == nil {
		if err := os.WriteFile(filepath.Join(out, "robots.txt"), data, 0o644); err != nil {
			return err
		}
	}
	if err := scopeManifest(filepath.Join(out, "manifest.webmanifest"), prefix); err != nil {
		return err
	}
	if err := hoistHead(filepath.Join(out, "index.html"), cspMeta(), wasmPreload(res, a.version), wasmStart(res, a.version)); err != nil {
		return err
	}
	return checkCached(out, prefix)
}

// rewriteLoader makes the generated app.js compile app.wasm by streaming;
// see streamingLoader.
func rewriteLoader(file, wasmURL string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	js, err := streamingLoader(string(data), wasmURL)
	if err != nil {
		return err
	}
	return os.WriteFile(file, []byte(js), 0o644)
}

// hoistHead moves elements of the page's <head> to its top, after the
// charset, in the order given: the policy's <meta>, since a <meta> policy
// governs only what follows it and go-app writes raw headers after the
// page's links and scripts; app.wasm's preload, so that the download starts
// first; and web/wasm-start.js's <script>, whose fetch then takes over the
// preloaded response (a fetch before the preload is read would download
// app.wasm twice) and starts compiling it before the style sheets and the
// body are read.
func hoistHead(file string, elems ...string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	page, charset := string(data), `<meta charset="UTF-8">`
	for k := len(elems) - 1; k >= 0; k-- {
		elem := elems[k]
		i := strings.Index(page, elem)
		if i < 0 {
			return fmt.Errorf("%s: no %s", file, elem)
		}
		start := strings.LastIndexByte(page[:i], '\n') + 1 // drop the line it was on
		end := i + len(elem)
		if strings.HasPrefix(page[end:], "\n") {
			end++
		}
		page = page[:start] + page[end:]
		j := strings.Index(page, charset)
		if j < 0 {
			return fmt.Errorf("%s: no %s", file, charset)
		}
		j += len(charset)
		page = page[:j] + "\n    " + elem + page[j:]
	}
	return os.WriteFile(file, []byte(page), 0o644)
}

// scopeManifest sets the manifest's scope and start URL to the prefix with
// its trailing slash (go-app writes scope "/" and a start URL without the
// slash, which a static host answers with a redirect).
func scopeManifest(file, prefix string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("reading %s: %w", file, err)
	}
	m["scope"] = prefix + "/"
	m["start_url"] = prefix + "/"
	m["id"] = prefix + "/"
	if icons, ok := m["icons"].([]any); ok {
		for _, icon := range icons {
			if icon, ok := icon.(map[string]any); ok && icon["purpose"] == "" {
				icon["purpose"] = "any" // go-app writes "", which is not a purpose
			}
		}
	}
	data, err = json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// checkCached reads the list of resources from the generated service worker
// and fails when one of them is not a file of the site.
func checkCached(out, prefix string) error {
	js, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		return err
	}
	list, err := workerResources(string(js))
	if err != nil {
		return err
	}
	var missing []string
	for _, u := range list {
		if strings.Contains(u, "://") {
			missing = append(missing, u+" (remote)")
			continue
		}
		rel, ok := strings.CutPrefix(u, prefix)
		if !ok {
			missing = append(missing, u+" (outside "+prefix+"/)")
			continue
		}
		rel = strings.TrimPrefix(rel, "/")
		if rel == "" || strings.HasSuffix(rel, "/") {
			rel = path.Join(rel, "index.html")
		}
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel))); err != nil {
			missing = append(missing, u)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the service worker would cache what the site lacks: %s", strings.Join(missing, ", "))
	}
	return nil
}

// workerResources extracts the JSON list that go-app put in place of
// {{.ResourcesToCache}} in the worker template.
func workerResources(js string) ([]string, error) {
	const marker = "new Set(\n"
	i := strings.Index(js, marker)
	if i < 0 {
		return nil, errors.New("app-worker.js: resource list not found")
	}
	rest := strings.TrimLeft(js[i+len(marker):], " \t")
	end := strings.Index(rest, "]")
	if end < 0 {
		return nil, errors.New("app-worker.js: resource list not closed")
	}
	var list []string
	if err := json.Unmarshal([]byte(rest[:end+1]), &list); err != nil {
		return nil, fmt.Errorf("app-worker.js: resource list: %w", err)
	}
	return list, nil
}

// copyDir copies the regular files under src into dst.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

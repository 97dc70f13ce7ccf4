//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// TestLaterWorker checks that the served app.js no longer registers the
// service worker as the page starts but once the app marks itself ready,
// and that an app.js without go-app's registration is refused.
func TestLaterWorker(t *testing.T) {
	wasmExec := setupWeb(t)
	a, err := loadAssets(wasmExec)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newServer(a)
	if err != nil {
		t.Fatal(err)
	}
	js := string(s.appJS)
	if strings.Contains(js, workerStart) {
		t.Errorf("app.js still registers the service worker as the page starts")
	}
	if strings.Count(js, "goappInitServiceWorker();") != 1 || !strings.Contains(js, `'[data-ready="true"]'`) {
		t.Errorf("app.js does not register the service worker once the app is ready")
	}
	if _, err := laterWorker("goappWatchForUpdate();"); err == nil {
		t.Errorf("an app.js without go-app's registration was accepted")
	}
}

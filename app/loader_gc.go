//go:build !wasm

package main

import (
	"fmt"
	"strings"
)

// startupEnv is the Go runtime's environment in the browser until the app
// has shown its first screen: no garbage collection, unless the heap
// reaches the limit. Starting the app (package initialisation, parsing the
// sample release, building the first tree of ~690 elements) allocates
// some tens of megabytes from an empty heap, which with the default GOGC
// took garbage collections whose marking ran on the main thread and whose
// code V8 compiled, then re-compiled with TurboFan in the background, as it
// ran for the first time (TestStartupTrace, repeat visit: main-thread CPU
// to ready 446–472 → 365–427 ms, background compiling 582–626 → 433–492
// ms). ui.Root restores the runtime's defaults once the first screen is
// painted (ui/startup_gc.go), so the app's memory is bounded as before from
// then on.
const startupEnv = `{GOGC: "off", GOMEMLIMIT: "128MiB"}`

// newGo is the line of go-app's app.js that makes the Go runtime's
// instance, whose env the Go program reads at start.
const newGo = "const go = new Go();"

// startupGC rewrites go-app's app.js so that the Go runtime starts with
// startupEnv.
func startupGC(js string) (string, error) {
	if strings.Count(js, newGo) != 1 {
		return "", fmt.Errorf("app.js: go-app's %q not found once", newGo)
	}
	return strings.Replace(js, newGo, newGo+"\n    go.env = Object.assign({}, go.env, "+startupEnv+");", 1), nil
}

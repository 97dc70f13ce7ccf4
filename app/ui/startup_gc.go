package ui

import (
	"math"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// gcAfterStart gives the Go runtime back its default garbage collection
// (GOGC=100, no memory limit) once the first screen is painted. The page's
// loader starts the runtime with collection off, up to a limit (app's
// loader_gc.go), so that starting the app spends no time collecting; from
// the first paint on, memory is bounded as usual. A long saved document,
// parsed in slices after the "Parsing…" screen is painted, is parsed with
// the defaults too.
func gcAfterStart(ctx app.Context) {
	if !app.IsClient {
		return
	}
	ctx.Async(func() {
		waitForPaint()
		restoreGC()
	})
}

// restoreGC sets the runtime's defaults for garbage collection.
func restoreGC() {
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
}

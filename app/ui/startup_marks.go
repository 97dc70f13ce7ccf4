package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// marked holds the names markStartup has recorded.
var marked = map[string]bool{}

// markStartup records a User Timing mark "pm:name" in the browser the
// first time it is called with name, so that a performance trace (app/e2e's
// TestStartupTrace, or the browser's own profiler) shows where the app's
// start-up spends its time: "main" when Go's main begins, "render" when
// Root first renders, "mounted" when the first tree is in the page (the
// side panels' OnMount), "ready" when the page is marked ready (Root's
// markReadyNow), "warmed" when warmParser is done. It does nothing outside
// the browser.
func markStartup(name string) {
	if !app.IsClient || marked[name] {
		return
	}
	marked[name] = true
	app.Window().Get("performance").Call("mark", "pm:"+name)
}

// Command pressmark is the Pressmark app: a go-app progressive web app that
// cleans, structures and annotates pasted press releases in the browser.
//
// Compiled to WebAssembly it is the app itself. Run natively it is a tool:
//
//	pressmark parse [FILE...]            print each release as JSON (stdin when no file)
//	pressmark serve [-addr ADDR]         serve the app (default localhost:8000)
//	pressmark build [-out DIR] [-prefix /SUB]
//	                                     write the static site (default dist/)
//	pressmark icons [DIR]                redraw the app's icons (default web/)
//	pressmark wasm [-out FILE] [-names]  compile the app to WebAssembly (default web/app.wasm),
//	                                     without go-app's server-only code
//
// serve and build read the assets from web/ in the current directory, so
// run them from the repository root after building web/app.wasm (make run,
// make build, which run wasm first).
//
// The commands are built natively only (commands.go), which keeps the HTTP
// server, the site generator and the icon painter out of app.wasm.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/ui"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser() // in the browser, this runs the app and never returns
	os.Exit(runCommand(os.Args[1:]))
}

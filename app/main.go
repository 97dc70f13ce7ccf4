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
//
// serve and build read the assets from web/ in the current directory, so
// run them from the repository root after building web/app.wasm (make run,
// make build).
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/ui"
)

const usage = "usage: pressmark parse [FILE...] | serve [-addr ADDR] | build [-out DIR] [-prefix /SUB] | icons [DIR]"

func main() {
	ui.Register()
	app.RunWhenOnBrowser()

	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	args := os.Args[2:]
	var err error
	switch os.Args[1] {
	case "parse":
		os.Exit(runParse(args, os.Stdin, os.Stdout, os.Stderr))
	case "serve":
		err = runServe(args)
	case "build":
		err = runBuild(args)
	case "icons":
		err = runIcons(args)
	default:
		fmt.Fprintf(os.Stderr, "pressmark: unknown command %q\n%s\n", os.Args[1], usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pressmark %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

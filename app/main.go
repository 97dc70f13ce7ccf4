// Command pressmark is the Pressmark app: a go-app progressive web app that
// cleans, structures and annotates pasted press releases in the browser.
//
// Compiled to WebAssembly it is the app itself. Run natively it is a tool:
//
//	pressmark parse [FILE...]   print each release as JSON (stdin when no file)
//	pressmark serve             serve the app on http://localhost:8000
//	pressmark build             write the static site to dist/
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/ui"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser()

	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pressmark parse [FILE...] | serve | build")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "parse":
		os.Exit(runParse(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	default:
		fmt.Fprintf(os.Stderr, "pressmark: unknown command %q\n", os.Args[1])
		os.Exit(2)
	}
}

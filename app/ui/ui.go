// Package ui holds Pressmark's go-app components: the editor, the cleaned
// view and the panels around it. It renders what parser.Parse returns and
// never parses text itself.
//
// Root owns the current Document and its *parser.Release. The components
// talk through go-app actions (see actions.go): the Editor posts ActionEdit,
// the Removed panel ActionRestore and ActionUnrestore, entity chips
// ActionFocusEntity. Each block of the cleaned view carries its code-point
// span in Release.Text as data-start and data-end.
package ui

import (
	_ "embed"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sample is the release shown on first load, so the first screen explains
// itself.
//
//go:embed sample.txt
var Sample string

// Register declares the app's routes. Call it before app.RunWhenOnBrowser.
// The browser draws Root; the server pre-renders Shell (see there).
func Register() {
	markStartup("main")
	app.Route("/", page)
}

// page is the component of the app's one route.
func page() app.Composer {
	if app.IsServer {
		return &Shell{}
	}
	return &Root{}
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Shell is the page the server pre-renders: the app bar and a note on what
// Pressmark needs to run, not the workspace. In a browser that runs the app,
// go-app's loader covers the pre-rendered page until app.wasm starts, and
// go-app then draws Root in its place; so a workspace in the pre-rendered
// page (a sample release, the editor holding its text) was only ever parsed,
// styled and laid out to be thrown away, on the main thread that hands
// app.wasm's bytes to V8 meanwhile. Left out, the repeat visit was ready
// ~60 ms sooner (TestMeasure's visits, 18 each in turn at load ~3.5: 400 →
// 339 ms). A browser that cannot run the app keeps this page, which says
// why.
type Shell struct {
	app.Compo
}

// Render draws the app bar and the note.
func (s *Shell) Render() app.UI {
	return app.Div().Class("app").Body(
		app.Header().Class("topbar").Body(brand()),
		app.Main().Class("shell").Body(
			app.P().Text("Pressmark cleans, structures and annotates press releases entirely in your browser: "+
				"nothing you paste leaves this page."),
			app.P().Class("shell-requires").Text("If this page stays as it is, your browser cannot run Pressmark: "+
				"it needs JavaScript and WebAssembly."),
		),
	)
}

// Package ui holds Pressmark's go-app components: the editor, the cleaned
// view and the panels around it. It renders what parser.Parse returns and
// never parses text itself.
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
func Register() {
	app.Route("/", func() app.Composer { return &Root{} })
}

// Root is the whole page.
type Root struct {
	app.Compo
}

// Render draws the page.
func (r *Root) Render() app.UI {
	return app.Main().Body(app.Textarea().Aria("label", "Release text").Text(Sample))
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// Actions between Root and the annotation workbench.
const (
	// ActionOpen carries a Document that replaces the one being edited,
	// text, format and restored stretches alike, as when the user opens a
	// document from the library. Root handles it.
	ActionOpen = "pressmark/open"

	// StateParsed is the go-app state holding a Parsed: the release Root
	// shows and the document it was parsed from. The annotation workbench
	// observes it. (A state rather than an action, so that a component
	// mounted later still reads the latest value.)
	StateParsed = "pressmark/parsed"
)

// Parsed pairs a release with the document it was parsed from.
type Parsed struct {
	Doc     Document
	Release *parser.Release
}

// onOpen makes d the document being edited and parses it.
func (c *Root) onOpen(ctx app.Context, a app.Action) {
	d, ok := a.Value.(Document)
	if !ok {
		return
	}
	c.doc, c.seed = d, d
	c.rev++
	c.changed(ctx)
}

// announceParsed tells the annotation workbench that rel, parsed from doc,
// is the release shown.
func (c *Root) announceParsed(ctx app.Context, doc Document, rel *parser.Release) {
	if rel != nil && rel == c.rel {
		ctx.SetState(StateParsed, Parsed{Doc: doc, Release: rel})
	}
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// SidePanels holds the Removed and Contacts panels. In the browser it
// draws them on the frame after the one that shows the first release: they
// sit beside or below the release, out of the reader's way, and drawing
// them (an item per removed stretch, a chip per entity, each with its event
// handlers) is a large share of the app's first render, whose code the
// browser compiles on its first call. Left to the next frame, the release
// is drawn and answers input that much sooner, and the panels follow a
// frame or two later.
//
// Natively, as in tests, they are drawn at once.
type SidePanels struct {
	app.Compo

	Removed  []parser.Removed
	Restored []string // Document.Restored
	Contacts parser.Contacts
	Entities []parser.Entity

	drawn bool // the first frame is behind us

	// shown is what the panels show: the inputs as they were a frame
	// after they last changed (OnUpdate).
	shown sidePanelsInput
	gen   int // input changes; only the latest one's deferred draw applies
}

// sidePanelsInput is what SidePanels draws.
type sidePanelsInput struct {
	Removed  []parser.Removed
	Restored []string
	Contacts parser.Contacts
	Entities []parser.Entity
}

func (p *SidePanels) inputs() sidePanelsInput {
	return sidePanelsInput{p.Removed, p.Restored, p.Contacts, p.Entities}
}

// OnInit shows the first inputs.
func (p *SidePanels) OnInit() { p.shown = p.inputs() }

// OnUpdate shows new inputs, such as a pasted release's, on the frame after
// the one that draws the release, for the reason OnMount waits: the
// release shows, and answers input, that much sooner. (Natively, as in
// tests, the new inputs are taken at once.)
func (p *SidePanels) OnUpdate(ctx app.Context) {
	if !app.IsClient {
		p.shown = p.inputs()
		return
	}
	p.gen++
	gen := p.gen
	ctx.Defer(func(ctx app.Context) {
		ctx.Async(func() {
			yieldToBrowser() // the release is painted (and seen) before the panels are built
			ctx.Dispatch(func(app.Context) {
				if gen == p.gen {
					p.shown = p.inputs()
				}
			})
		})
	})
}

// OnMount draws the panels on the next frame: a deferred function runs
// once the current update is drawn, and the update it dispatches is drawn
// on the frame after.
func (p *SidePanels) OnMount(ctx app.Context) {
	markStartup("mounted")
	ctx.Defer(func(ctx app.Context) {
		ctx.Dispatch(func(app.Context) { p.drawn = true })
	})
}

// Render draws the panels, or an empty holder until the first frame is
// drawn.
func (p *SidePanels) Render() app.UI {
	holder := app.Div().Class("side-panels")
	if !p.drawn && app.IsClient {
		return holder
	}
	in := p.shown
	return holder.Body(
		&RemovedPanel{Removed: in.Removed, Restored: in.Restored},
		&ContactsPanel{Contacts: in.Contacts, Entities: in.Entities},
	)
}

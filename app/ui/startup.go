package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// SidePanels holds the Removed and Contacts panels. In the browser it
// draws them once the browser has painted the release: they sit beside or
// below the release, out of the reader's way, and drawing them (an item per
// removed stretch, a chip per entity, each with its event handlers) is a
// large share of the app's first render, whose code the browser compiles on
// its first call. Left until the release is on screen, the release shows,
// and answers input, that much sooner, and the panels follow a frame or two
// later. Drawn on go-app's next update instead, whose timer can come before
// the browser's next frame, they held the release's first paint back
// (TestMeasure's visits, 12 each in turn at load 2–3.5: the first frame
// after the app is ready came 1,073 → 945 ms after a first navigation,
// 419 → 373 ms after a repeat one).
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

// OnUpdate shows new inputs, such as a pasted release's, once the browser
// has painted the release, for the reason OnMount waits: the release
// shows, and answers input, that much sooner. (Natively, as in
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
			waitForPaint() // the release is painted (and seen) before the panels are built
			ctx.Dispatch(func(app.Context) {
				if gen == p.gen {
					p.shown = p.inputs()
				}
			})
		})
	})
}

// OnMount draws the panels once the browser has painted the release. It
// waits in a goroutine (waitForPaint) and dispatches an ordinary update:
// the workbench's afterPaint, which redraws with ctx.Update from its timer,
// made the first frame after a first visit's ready later (TestMeasure's
// visits, 12 each in turn, twice: 777 → 876 and 802 → 886 ms).
func (p *SidePanels) OnMount(ctx app.Context) {
	markStartup("mounted")
	ctx.Async(func() {
		waitForPaint()
		ctx.Dispatch(func(app.Context) { p.drawn = true })
	})
}

// Render draws the panels, or an empty holder until the release is
// painted.
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

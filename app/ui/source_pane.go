package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sourceHiddenKey is where the browser keeps whether the source pane is
// folded away.
const sourceHiddenKey = "pressmark.source-hidden"

// sourceBodyID is the id of the part of the source pane that folds.
const sourceBodyID = "source-body"

// SourcePane is the section labelled "Source": the Editor, with a button
// that folds it away so the cleaned release gets the room, and unfolds it
// again. Folding only hides the editor: its text and state stay. The
// choice is kept in the browser.
type SourcePane struct {
	app.Compo

	// Text, Format and Rev are handed to the Editor.
	Text   string
	Format string
	Rev    int

	hidden bool
}

// OnMount reads the kept choice and lets the section links unfold the pane.
func (p *SourcePane) OnMount(ctx app.Context) {
	var hidden bool
	if err := ctx.LocalStorage().Get(sourceHiddenKey, &hidden); err == nil {
		p.hidden = hidden
	}
	ctx.Handle(ActionShowSource, func(ctx app.Context, a app.Action) {
		if p.hidden {
			p.setHidden(ctx, false)
		}
	})
}

// Render draws the section.
func (p *SourcePane) Render() app.UI {
	sec := app.Section().ID("source").Class("pane", "pane-source").Aria("label", "Source")
	if p.hidden {
		sec = sec.Class("folded")
	}
	label, text, arrow := "Hide the source to give the release more room", "Hide", "‹"
	if p.hidden {
		label, text, arrow = "Show the source text", "Show source", "›"
	}
	// The body carries hidden only when hidden: go-app writes Hidden(false)
	// into the pre-rendered page as hidden="false", which HTML reads as
	// hidden (the page's first paint showed no source). In the browser a
	// removed attribute shows the element, as hidden=false would.
	body := app.Div().ID(sourceBodyID).Class("source-body")
	if p.hidden {
		body = body.Hidden(true)
	}
	return sec.Body(
		app.Button().Class("button", "quiet", "source-toggle").
			Aria("expanded", !p.hidden).Aria("controls", sourceBodyID).Aria("label", label).Title(label).
			Body(app.Span().Class("chevron").Aria("hidden", true).Text(arrow), app.Span().Class("toggle-text").Text(text)).
			OnClick(p.onToggle),
		body.Body(
			&Editor{Text: p.Text, Format: p.Format, Rev: p.Rev},
		),
	)
}

func (p *SourcePane) onToggle(ctx app.Context, e app.Event) {
	p.setHidden(ctx, !p.hidden)
}

// setHidden folds or unfolds the pane and keeps the choice (a preference:
// when the browser cannot keep it, the pane still folds).
func (p *SourcePane) setHidden(ctx app.Context, hidden bool) {
	p.hidden = hidden
	_ = ctx.LocalStorage().Set(sourceHiddenKey, hidden)
}

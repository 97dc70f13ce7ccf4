package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ParseProgress is the "Parsing…" notice shown while a long input is
// parsed, with how much is done as a percentage and a progress bar. It
// observes StateProgress, so that progress redraws only this notice.
type ParseProgress struct {
	app.Compo

	done float64
}

// OnMount starts following the progress.
func (p *ParseProgress) OnMount(ctx app.Context) {
	ctx.ObserveState(StateProgress, &p.done)
}

// Render draws the notice.
func (p *ParseProgress) Render() app.UI {
	pct := min(max(int(p.done*100), 0), 100)
	return app.P().Class("notice", "busy").Body(
		app.Span().Class("spinner").Aria("hidden", true),
		app.Text("Parsing… "+strconv.Itoa(pct)+"%"),
		app.Progress().Class("parse-progress").Max(100).Value(pct).Aria("label", "Parsing progress"),
	)
}

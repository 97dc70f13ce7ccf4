package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// WorkbenchHolder holds the annotation Workbench (the Annotations aside,
// the library and the labels, with their listeners and store). In the
// browser it mounts the Workbench once the browser has painted the first
// release, as SidePanels does for the Removed and Contacts panels and for
// the same reason: the release shows, and answers input, that much sooner.
// Natively, as in tests, it is drawn at once.
type WorkbenchHolder struct {
	app.Compo

	drawn bool // the first frame is behind us
}

// OnMount draws the workbench once the browser has painted the release.
func (h *WorkbenchHolder) OnMount(ctx app.Context) {
	ctx.Async(func() {
		waitForPaint()
		ctx.Dispatch(func(app.Context) { h.drawn = true })
	})
}

// Render draws the workbench, or an empty holder until the release is
// painted.
func (h *WorkbenchHolder) Render() app.UI {
	holder := app.Div().Class("workbench-holder")
	if !h.drawn && app.IsClient {
		return holder
	}
	return holder.Body(&Workbench{})
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ActionShowSource unfolds the source pane (SourcePane), when it is folded.
const ActionShowSource = "pressmark/show-source"

// section is a part of the page the header's links lead to.
type section struct {
	Name string // the link's text
	ID   string // the id of the element to go to
}

// sections are the header's links, in page order. The side panels come
// after a long list of suggestions, so a keyboard user would otherwise tab
// through all of it to reach them.
var sections = []section{
	{"Source", editorID},
	{"Release", releaseID},
	{"Annotations", panelsID},
	{"Removed", removedID},
	{"Contacts", contactsID},
}

// Ids of the places the section links lead to.
const (
	releaseID  = "release"
	titleID    = "release-title" // the article's h1, which names it
	panelsID   = "panels"
	removedID  = "removed"
	contactsID = "contacts"
)

// sectionNav draws the links to the page's parts.
func sectionNav() app.UI {
	links := make([]app.UI, len(sections))
	for i, s := range sections {
		id := s.ID
		links[i] = app.Li().Body(app.A().Href("#" + id).Text(s.Name).OnClick(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			if id == editorID {
				ctx.NewAction(ActionShowSource)
			}
			ctx.Defer(func(app.Context) { goTo(id) })
		}))
	}
	return app.Nav().Class("sections").Aria("label", "Sections").Body(app.Ul().Body(links...))
}

// goTo brings the element with the given id into view and moves the focus
// to it (an element that is not focusable of its own gets tabindex=-1), so
// that the next Tab continues from there. The element may not be shown yet
// (the folded source pane unfolds on the next update), so it tries again on
// the next frames until the focus is there.
func goTo(id string) { goToWithin(id, 30) }

func goToWithin(id string, frames int) {
	win := app.Window()
	el := win.GetElementByID(id)
	if el.Truthy() {
		if el.Get("tabIndex").Int() < 0 && !el.Call("hasAttribute", "tabindex").Bool() {
			el.Call("setAttribute", "tabindex", "-1")
		}
		el.Call("scrollIntoView", map[string]any{"block": "start"})
		el.Call("focus", map[string]any{"preventScroll": true})
		if win.Get("document").Get("activeElement").Equal(el) {
			return
		}
	}
	if frames <= 0 || !win.Get("requestAnimationFrame").Truthy() {
		return
	}
	var next app.Func
	next = app.FuncOf(func(app.Value, []app.Value) any {
		next.Release()
		goToWithin(id, frames-1)
		return nil
	})
	win.Call("requestAnimationFrame", next)
}

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// Render lays out the page: header, notices, then the source, the cleaned
// view and the side panels. The root element carries data-ready="true" once
// the first parse has been rendered in the browser; the pre-rendered page
// never does.
func (c *Root) Render() app.UI {
	markStartup("render")
	page := app.Div().Class("app")
	if c.ready {
		page = page.DataSet("ready", "true")
	}
	// A parse error keeps the last release in view, but once the user has
	// emptied the editor that release is no longer what they are working
	// on: the view and panels show their empty states instead.
	rel := c.rel
	if strings.TrimSpace(c.doc.Text) == "" {
		rel = nil
	}
	var removed []parser.Removed
	var contacts parser.Contacts
	var entities []parser.Entity
	if rel != nil {
		removed, contacts, entities = rel.Removed, rel.Contacts, rel.Entities
	}
	return page.Body(
		pageHeader(),
		app.If(c.update, updateBanner),
		statusRegion(c.parsing, c.notice, c.saveErr),
		app.Main().Class("workspace").Body(
			&SourcePane{Text: c.seed.Text, Format: c.seed.Format, Rev: c.rev},
			app.Div().Class("pane", "pane-view").Body(
				&ExportBar{Release: rel},
				&Article{Release: rel, Busy: c.parsing},
			),
			app.Div().ID(panelsID).Class("pane", "pane-side").Body(
				&WorkbenchHolder{},
				&SidePanels{Removed: removed, Restored: c.doc.Restored, Contacts: contacts, Entities: entities},
			),
		),
	)
}

// pageHeader draws the app bar.
func pageHeader() app.UI {
	return app.Header().Class("topbar").Body(brand(), sectionNav())
}

// brand draws the app's logo, name and tagline.
func brand() app.UI {
	return app.Div().Class("brand").Body(
		app.Span().Class("logo").Aria("hidden", true),
		app.Div().Body(
			app.P().Class("app-name").Text("Pressmark"),
			app.P().Class("tagline").Text("Paste a press release. Get it clean, structured and ready to annotate."),
		),
	)
}

// updateBanner offers to reload into a newly fetched version of the app.
func updateBanner() app.UI {
	return app.Div().Class("update-banner").Role("status").Body(
		app.Span().Text("A new version of Pressmark is available."),
		app.Button().Class("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
	)
}

// statusRegion is the live region for progress, parse errors and storage
// errors. It is always in the page so that screen readers announce changes.
func statusRegion(parsing bool, n Notice, saveErr string) app.UI {
	var items []app.UI
	if parsing {
		items = append(items, &ParseProgress{})
	}
	if n.Text != "" {
		cls := "info"
		if n.Error {
			cls = "error"
		}
		items = append(items, app.P().Class("notice", cls).Text(n.Text))
	}
	if saveErr != "" {
		items = append(items, app.P().Class("notice", "error").Text(saveErr))
	}
	return app.Div().Class("status").Role("status").Aria("live", "polite").Body(items...)
}

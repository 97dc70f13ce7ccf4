package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// RemovedPanel is the region labelled "Removed": every stretch taken out of
// the body, with its kind and reason and a "Restore" button, then the
// stretches the user restored, each with "Remove again".
type RemovedPanel struct {
	app.Compo

	Removed  []parser.Removed
	Restored []string // Document.Restored

	more int // stretches drawn beyond the first removedPage, at the user's request
}

// removedPage is how many removed stretches the panel draws at first, and
// how many more each "Show more" adds: a long input may have thousands,
// and drawing them all would hold the page for seconds.
const removedPage = 50

// Render draws the panel.
func (p *RemovedPanel) Render() app.UI {
	n := min(len(p.Removed), removedPage+p.more)
	items := make([]app.UI, n, n+1)
	for i, r := range p.Removed[:n] {
		items[i] = &RemovedItem{Item: r}
	}
	if left := len(p.Removed) - n; left > 0 {
		items = append(items, app.Li().Class("removed-more").Body(
			app.Button().Class("button", "quiet").
				Text("Show "+strconv.Itoa(min(left, removedPage))+" more of "+strconv.Itoa(left)).
				OnClick(func(ctx app.Context, e app.Event) { p.more += removedPage }),
		))
	}
	restored := make([]app.UI, len(p.Restored))
	for i, t := range p.Restored {
		restored[i] = restoredItem(t)
	}
	return app.Section().ID(removedID).Class("panel", "removed").Aria("label", "Removed").Body(
		app.H2().Class("panel-title").Body(
			app.Text("Removed"), app.Span().Class("count").Text(strconv.Itoa(len(p.Removed))),
		),
		app.P().Class("panel-hint").Text("Boilerplate taken out of the body. Restore anything that belongs to the release."),
		// What the user restored comes first: it is what they just did,
		// and where they undo it.
		app.If(len(restored) > 0, func() app.UI {
			return app.Div().Class("restored").Body(
				app.H3().Text("Restored"),
				app.Ul().Class("removed-list").Body(restored...),
			)
		}),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("empty").Text("Nothing was removed.") }).
			Else(func() app.UI { return app.Ul().Class("removed-list").Body(items...) }),
	)
}

// restoredItem draws a restored stretch with its "Remove again" button.
func restoredItem(text string) app.UI {
	return app.Li().Class("removed-item").Body(
		app.P().Class("removed-text", "clamped").Text(text),
		app.Button().Class("button", "quiet").Text("Remove again").Aria("label", "Remove again: "+clip(text, 60)).
			OnClick(func(ctx app.Context, e app.Event) { ctx.NewActionWithValue(ActionUnrestore, text) }),
	)
}

// RemovedItem is one removed stretch, collapsed to a few lines until the
// user expands it.
type RemovedItem struct {
	app.Compo

	Item parser.Removed

	expanded bool
}

// Render draws the stretch.
func (it *RemovedItem) Render() app.UI {
	r := it.Item
	long := utf8.RuneCountInString(r.Text) > 160 || strings.Count(r.Text, "\n") > 2
	text := app.P().Class("removed-text")
	if long && !it.expanded {
		text = text.Class("clamped")
	}
	// Metadata lines live on in the metadata card: nothing to restore.
	meta := r.Kind == parser.RemovedMetadata
	li := app.Li().Class("removed-item")
	if meta {
		li = li.Class("removed-meta")
	}
	return li.Body(
		app.Div().Class("removed-head").Body(
			app.Span().Class("badge", "badge-"+r.Kind.String()).Text(removedKindLabel(r.Kind)),
			app.If(!meta, func() app.UI {
				return app.Button().Class("button", "small").Text("Restore").
					Aria("label", "Restore "+removedKindLabel(r.Kind)+": "+clip(r.Text, 60)).OnClick(it.onRestore)
			}),
		),
		text.Text(r.Text),
		app.If(long, it.toggle),
		app.P().Class("reason").Text(r.Reason),
	)
}

// toggle is the "Show all" / "Show less" button of a long stretch.
func (it *RemovedItem) toggle() app.UI {
	label := "Show all"
	if it.expanded {
		label = "Show less"
	}
	return app.Button().Class("button", "link").Aria("expanded", it.expanded).Text(label).OnClick(it.onToggle)
}

func (it *RemovedItem) onToggle(ctx app.Context, e app.Event) { it.expanded = !it.expanded }

func (it *RemovedItem) onRestore(ctx app.Context, e app.Event) {
	ctx.NewActionWithValue(ActionRestore, it.Item.Text)
}

// CompoID keeps an item's expanded state with its stretch when the list
// changes.
func (it *RemovedItem) CompoID() string {
	return it.Item.Kind.String() + ":" + strconv.Itoa(it.Item.Source.Start) + ":" + strconv.Itoa(len(it.Item.Text))
}

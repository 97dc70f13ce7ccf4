package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
	"pressmark/parser"
)

// kindPlurals names entity kinds in "Accept all …" buttons.
var kindPlurals = map[parser.EntityKind]string{
	parser.EntityDate: "dates", parser.EntityCountry: "countries", parser.EntityPlace: "places",
	parser.EntityOrganisation: "organisations", parser.EntityPerson: "people", parser.EntityMoney: "amounts",
	parser.EntityPercent: "percentages", parser.EntityEmail: "e-mail addresses", parser.EntityPhone: "phone numbers",
	parser.EntityURL: "web addresses",
}

// suggestionsShown is how many suggestions of a kind are listed; "Accept
// all" takes them all.
const suggestionsShown = 25

// renderSuggestions offers the parser's entities as annotations, to accept
// or reject one by one or by kind.
func (w *Workbench) renderSuggestions() app.UI {
	cur := w.current()
	if cur == nil || w.suggestRel != w.rel {
		return app.Div().Hidden(true)
	}
	all := w.suggestions(cur)
	if len(all) == 0 {
		return app.Div().Hidden(true)
	}
	var kinds []parser.EntityKind
	byKind := map[parser.EntityKind][]annotate.Suggestion{}
	for _, s := range all {
		if byKind[s.Kind] == nil {
			kinds = append(kinds, s.Kind)
		}
		byKind[s.Kind] = append(byKind[s.Kind], s)
	}
	groups := make([]app.UI, 0, len(kinds))
	for _, k := range kinds {
		groups = append(groups, w.renderSuggestionGroup(cur.ID, k, byKind[k]))
	}
	return app.Section().Class("panel", "suggestions").Aria("label", "Suggestions").Body(
		app.H2().Class("panel-title").Body(app.Text("Suggestions"), app.Span().Class("count").Text(strconv.Itoa(len(all)))),
		app.P().Class("panel-hint").Text("Names, places, dates and figures found in the text. Accepted ones become annotations."),
		app.Div().Body(groups...),
	)
}

// suggestions returns the current document's suggestions, computed once
// per change of the library (see attached) and release shown: the
// workbench redraws at every selection and key, and finding which
// entities are not yet annotated means going through all annotations.
func (w *Workbench) suggestions(cur *annotate.Document) []annotate.Suggestion {
	k := suggestKey{cur, w.lib, w.rel, w.gen}
	if w.suggestFor != k {
		w.suggestFor, w.suggestList = k, w.lib.Suggestions(cur.ID, w.rel)
	}
	return w.suggestList
}

// suggestAfterPaint lists the suggestions of the release shown once the
// frame that shows it is on screen. A 25 KB release has a few hundred, each
// a row with two buttons: drawn in the same update as the release, they
// held it back by as much as drawing the release itself.
func (w *Workbench) suggestAfterPaint(ctx app.Context) {
	if w.suggestRel == w.rel {
		return
	}
	rel := w.rel
	afterPaint(ctx, func(ctx app.Context) {
		if w.rel == rel && w.suggestRel != rel {
			w.suggestRel = rel
			ctx.Update()
		}
	})
}

// suggestKey is what the suggestions shown depend on.
type suggestKey struct {
	doc *annotate.Document
	lib *annotate.Library
	rel *parser.Release
	gen int
}

func (w *Workbench) renderSuggestionGroup(docID string, k parser.EntityKind, ss []annotate.Suggestion) app.UI {
	plural := kindPlurals[k]
	items := make([]app.UI, min(len(ss), suggestionsShown))
	for i, s := range ss[:len(items)] {
		items[i] = app.Li().Class("suggestion").Body(
			app.Span().Class("anno-chip").DataSet("label", s.LabelID).Text(w.lib.Labels.Name(s.LabelID)),
			app.Span().Class("suggestion-text").Text(clip(s.Text, 80)),
			app.Button().Class("button", "link").Text("Accept").Aria("label", "Accept "+s.Text).
				OnClick(func(ctx app.Context, e app.Event) { w.acceptSuggestions(ctx, docID, []annotate.Suggestion{s}) }),
			app.Button().Class("button", "link").Text("Reject").Aria("label", "Reject "+s.Text).
				OnClick(func(ctx app.Context, e app.Event) { w.rejectSuggestions(ctx, docID, []annotate.Suggestion{s}) }),
		)
	}
	return app.Div().Class("suggestion-group").Body(
		app.H3().Text(capitalise(plural)+" ("+strconv.Itoa(len(ss))+")"),
		app.Div().Class("anno-actions").Body(
			app.Button().Class("button").Text("Accept all "+plural).
				OnClick(func(ctx app.Context, e app.Event) { w.acceptSuggestions(ctx, docID, ss) }),
			app.Button().Class("button", "quiet").Text("Reject all "+plural).
				OnClick(func(ctx app.Context, e app.Event) { w.rejectSuggestions(ctx, docID, ss) }),
		),
		app.Ul().Class("suggestion-list").Body(items...),
	)
}

func (w *Workbench) acceptSuggestions(ctx app.Context, docID string, ss []annotate.Suggestion) {
	cs, err := w.lib.AcceptSuggestions(docID, ss, now())
	if err != nil {
		w.notice = err.Error()
		return
	}
	w.do(ctx, cs...)
}

func (w *Workbench) rejectSuggestions(ctx app.Context, docID string, ss []annotate.Suggestion) {
	if c, err := w.lib.RejectSuggestions(docID, ss, now()); err == nil {
		w.do(ctx, c)
	}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

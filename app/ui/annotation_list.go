package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// renderAnnotations draws the aside labelled "Annotations": undo and redo,
// a label filter and a search, the annotations in document order, the
// orphans, and the exports of the current document.
func (w *Workbench) renderAnnotations() app.UI {
	cur := w.lib.Current()
	var shown []annotate.Annotation
	total := 0
	if cur != nil {
		all := w.attached(cur)
		total = len(all)
		for _, a := range all {
			if w.matches(a) {
				shown = append(shown, a)
			}
		}
	}
	limit := w.listLimit
	if limit == 0 {
		limit = listPage
	}
	items := make([]app.UI, 0, min(len(shown), limit)+1)
	for _, a := range shown[:min(len(shown), limit)] {
		items = append(items, w.renderItem(a))
	}
	if len(shown) > limit {
		items = append(items, app.Li().Class("anno-more").Body(
			app.Button().Class("button", "link").Text("Show "+strconv.Itoa(min(listPage, len(shown)-limit))+" more of "+strconv.Itoa(len(shown)-limit)).
				OnClick(func(ctx app.Context, e app.Event) { w.listLimit = limit + listPage })))
	}
	return app.Aside().Class("panel", "annotations").Aria("label", "Annotations").Body(
		app.H2().Class("panel-title").Body(app.Text("Annotations"), app.Span().Class("count").Text(strconv.Itoa(total))),
		app.Div().Class("anno-controls").Body(
			offIf(app.Button().Class("button").Text("Undo").Aria("label", "Undo (Ctrl+Z)"), !w.hist.CanUndo()).
				OnClick(func(ctx app.Context, e app.Event) { w.undo(ctx) }),
			offIf(app.Button().Class("button").Text("Redo").Aria("label", "Redo (Shift+Ctrl+Z)"), !w.hist.CanRedo()).
				OnClick(func(ctx app.Context, e app.Event) { w.redo(ctx) }),
			w.labelSelect("Filter by label", w.filter, true, func(v string) { w.filter = v }),
			app.Input().Type("search").Aria("label", "Search annotations").Placeholder("Search").Value(w.query).
				OnInput(func(ctx app.Context, e app.Event) { w.query = ctx.JSSrc().Get("value").String() }),
		),
		app.If(cur == nil || total == 0, func() app.UI {
			return app.P().Class("empty").Text("Select text in the cleaned release, then press a label's number key or pick it in the toolbar.")
		}).Else(func() app.UI {
			return app.Ol().Class("anno-list").Body(items...)
		}),
		w.renderOrphans(cur),
		w.renderDocExports(cur),
	)
}

// listPage is how many annotations the list draws at a time: drawing
// thousands would make every keystroke slow.
const listPage = 100

// matches reports whether a passes the list's filter and search.
func (w *Workbench) matches(a annotate.Annotation) bool {
	if w.filter != "" && a.LabelID != w.filter {
		return false
	}
	q := strings.ToLower(strings.TrimSpace(w.query))
	return q == "" || strings.Contains(strings.ToLower(a.Selector.Exact), q) ||
		strings.Contains(strings.ToLower(a.Comment), q) || strings.Contains(strings.ToLower(w.lib.Labels.Name(a.LabelID)), q)
}

// renderItem draws one annotation of the list, or its editor.
func (w *Workbench) renderItem(a annotate.Annotation) app.UI {
	if w.editing == a.ID {
		return app.Li().ID(itemID(a.ID)).Class("anno-item").DataSet("id", a.ID).Body(w.renderEditor(a))
	}
	return &annoItem{ID: a.ID, LabelID: a.LabelID, Label: w.lib.Labels.Name(a.LabelID), Exact: a.Selector.Exact, Comment: a.Comment}
}

// renderEditor edits an annotation's label and comment.
func (w *Workbench) renderEditor(a annotate.Annotation) app.UI {
	return app.Div().Class("anno-editor").Body(
		app.Q().Class("anno-quote").Text(clip(a.Selector.Exact, 140)),
		w.labelSelect("Label", w.editLabel, false, func(v string) { w.editLabel = v }),
		app.Textarea().Aria("label", "Edit comment").Rows(3).Text(w.editComment).
			OnInput(func(ctx app.Context, e app.Event) {
				w.editComment = ctx.JSSrc().Get("value").String()
				ctx.PreventUpdate()
			}),
		app.Div().Class("anno-actions").Body(
			app.Button().Class("button").Text("Save").OnClick(func(ctx app.Context, e app.Event) {
				w.editAnnotation(ctx, a.ID, w.editLabel, w.editComment)
			}),
			app.Button().Class("button", "quiet").Text("Cancel").OnClick(func(ctx app.Context, e app.Event) { w.editing = "" }),
		),
	)
}

// labelSelect draws a <select> of the labels; withAll adds "All labels".
func (w *Workbench) labelSelect(name, value string, withAll bool, set func(string)) app.UI {
	var opts []app.UI
	if withAll {
		opts = append(opts, app.Option().Value("").Text("All labels").Selected(value == ""))
	}
	for _, l := range w.lib.Labels.Labels {
		opts = append(opts, app.Option().Value(l.ID).Text(l.Name).Selected(l.ID == value))
	}
	return app.Select().Aria("label", name).Body(opts...).
		OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()) })
}

func (w *Workbench) editAnnotation(ctx app.Context, id, label, comment string) {
	cur := w.lib.Current()
	if cur == nil {
		return
	}
	c, err := w.lib.EditAnnotation(cur.ID, id, label, strings.TrimSpace(comment), now())
	if err != nil {
		w.notice = err.Error()
		return
	}
	if w.do(ctx, c) {
		w.editing = ""
	}
}

func (w *Workbench) deleteAnnotation(ctx app.Context, id string) {
	cur := w.lib.Current()
	if cur == nil {
		return
	}
	if c, err := w.lib.DeleteAnnotation(cur.ID, id, now()); err == nil && w.do(ctx, c) {
		w.notice = "Annotation deleted. Undo with Ctrl+Z."
	}
}

// focusAnnotation scrolls to an annotation's highlight and flashes it, and
// brings its entry in the list into view.
func (w *Workbench) focusAnnotation(ctx app.Context, id string) {
	w.listLimit = max(w.listLimit, w.positionInList(id)+1)
	ctx.Defer(func(app.Context) {
		if li := app.Window().GetElementByID(itemID(id)); li.Truthy() {
			li.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
		flash(markID(id))
	})
}

// itemID is the element id of an annotation's entry in the list.
func itemID(annotationID string) string { return "a-" + annotationID }

// renderOrphans lists the annotations that lost their place, with their
// quote, and offers to re-attach each to the current selection.
func (w *Workbench) renderOrphans(cur *annotate.Document) app.UI {
	if cur == nil {
		return app.Div().Hidden(true)
	}
	orphans := cur.Orphans()
	if len(orphans) == 0 {
		return app.Div().Hidden(true)
	}
	items := make([]app.UI, len(orphans))
	for i, a := range orphans {
		label := w.lib.Labels.Name(a.LabelID)
		items[i] = app.Li().Class("anno-item", "orphan").DataSet("id", a.ID).Body(
			app.Span().Class("anno-chip").DataSet("label", a.LabelID).Text(label),
			app.Q().Class("anno-quote").Text(clip(a.Selector.Exact, 140)),
			app.If(a.Comment != "", func() app.UI { return app.P().Class("anno-comment-text").Text(a.Comment) }),
			app.Div().Class("anno-actions").Body(
				offIf(app.Button().Class("button", "link").Text("Re-attach to selection"), !w.sel.OK).
					OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
					OnClick(func(ctx app.Context, e app.Event) { w.reattach(ctx, a.ID) }),
				app.Button().Class("button", "link").Text("Delete").Aria("label", "Delete orphaned "+label+" annotation").
					OnClick(func(ctx app.Context, e app.Event) { w.deleteAnnotation(ctx, a.ID) }),
			),
		)
	}
	return app.Section().Class("orphans").Aria("label", "Orphans").Body(
		app.H3().Text("Orphans ("+strconv.Itoa(len(orphans))+")"),
		app.P().Class("panel-hint").Text("These lost their place when the text changed. Select the text they belong to and re-attach them."),
		app.Ul().Class("anno-list").Body(items...),
	)
}

func (w *Workbench) reattach(ctx app.Context, id string) {
	cur := w.current()
	sel := w.selected()
	if cur == nil || !sel.OK {
		w.notice = "Select the text the annotation belongs to first."
		return
	}
	c, err := w.lib.Reattach(cur.ID, id, sel.Start, sel.End, now())
	if err != nil {
		w.notice = err.Error()
		return
	}
	if w.do(ctx, c) {
		w.sel = selection{}
	}
}

// positionInList is the index of annotation id in the list as filtered.
func (w *Workbench) positionInList(id string) int {
	cur := w.lib.Current()
	if cur == nil {
		return 0
	}
	i := 0
	for _, a := range w.attached(cur) {
		if !w.matches(a) {
			continue
		}
		if a.ID == id {
			return i
		}
		i++
	}
	return 0
}

package ui

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// renderLabels draws the label editor, folded away by default: rename,
// recolour, reorder, delete and add labels, and export or import the set.
// Every edit can be undone.
func (w *Workbench) renderLabels() app.UI {
	rows := make([]app.UI, len(w.lib.Labels.Labels))
	for i, l := range w.lib.Labels.Labels {
		rows[i] = w.renderLabelRow(i, l)
	}
	return app.Details().Class("panel", "labels").Body(
		app.Summary().Class("panel-title").Text("Labels"),
		app.Ol().Class("label-list").Body(rows...),
		app.Div().Class("anno-controls").Body(
			app.Input().Type("text").ID("new-label").Aria("label", "New label name").Placeholder("New label"),
			app.Button().Class("button").Text("Add label").OnClick(func(ctx app.Context, e app.Event) {
				el := app.Window().GetElementByID("new-label")
				name := el.Get("value").String()
				if w.editLabels(ctx, func(ls *annotate.LabelSet) error { _, err := ls.Add(name, ""); return err }) {
					el.Set("value", "")
				}
			}),
		),
		app.Div().Class("anno-controls").Body(
			app.Button().Class("button").Text("Export labels").OnClick(func(ctx app.Context, e app.Event) {
				data, _ := json.MarshalIndent(w.lib.Labels, "", "  ")
				download(string(data), "pressmark-labels.json", "application/json")
			}),
			app.Label().Class("button").Body(
				app.Text("Import labels…"),
				app.Input().Type("file").Class("visually-hidden").Aria("label", "Import labels").
					Accept(".json,application/json").OnChange(w.onImportLabels),
			),
		),
	)
}

func (w *Workbench) renderLabelRow(i int, l annotate.Label) app.UI {
	id := l.ID
	key := ""
	if l.Key > 0 {
		key = string(rune('0' + l.Key))
	}
	return app.Li().Class("label-row").DataSet("label", id).Body(
		app.Span().Class("key").Text(key),
		app.Input().Type("color").Value(l.Colour).Aria("label", "Colour of "+l.Name).
			OnChange(func(ctx app.Context, e app.Event) {
				c := ctx.JSSrc().Get("value").String()
				w.editLabels(ctx, func(ls *annotate.LabelSet) error { return ls.Recolour(id, c) })
			}),
		app.Input().Type("text").Value(l.Name).Aria("label", "Name of "+l.Name).
			OnChange(func(ctx app.Context, e app.Event) {
				n := ctx.JSSrc().Get("value").String()
				w.editLabels(ctx, func(ls *annotate.LabelSet) error { return ls.Rename(id, n) })
			}),
		offIf(app.Button().Class("button", "quiet").Text("↑").Aria("label", "Move "+l.Name+" up"), i == 0).
			OnClick(func(ctx app.Context, e app.Event) {
				w.editLabels(ctx, func(ls *annotate.LabelSet) error { return ls.Move(id, i-1) })
			}),
		offIf(app.Button().Class("button", "quiet").Text("↓").Aria("label", "Move "+l.Name+" down"),
			i == len(w.lib.Labels.Labels)-1).
			OnClick(func(ctx app.Context, e app.Event) {
				w.editLabels(ctx, func(ls *annotate.LabelSet) error { return ls.Move(id, i+1) })
			}),
		app.Button().Class("button", "quiet").Text("Delete").Aria("label", "Delete label "+l.Name).
			OnClick(func(ctx app.Context, e app.Event) {
				w.editLabels(ctx, func(ls *annotate.LabelSet) error { return ls.Delete(id) })
			}),
	)
}

// editLabels applies an undoable edit to the label set.
func (w *Workbench) editLabels(ctx app.Context, edit func(*annotate.LabelSet) error) bool {
	c, err := w.lib.EditLabels(edit, now())
	if err != nil {
		w.notice = err.Error()
		return false
	}
	return w.do(ctx, c)
}

// onImportLabels replaces the label set with one from a file, after
// checking it; annotations keep their label IDs.
func (w *Workbench) onImportLabels(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	then(files.Index(0).Call("text"), func(v app.Value) {
		text := v.String()
		ctx.Dispatch(func(ctx app.Context) {
			var ls annotate.LabelSet
			if err := json.Unmarshal([]byte(text), &ls); err != nil || len(ls.Labels) == 0 {
				w.notice = "That file is not a Pressmark label set; nothing changed."
				return
			}
			if w.editLabels(ctx, func(cur *annotate.LabelSet) error { *cur = ls; cur.Normalise(); return nil }) {
				w.notice = "Labels imported."
			}
			input.Set("value", "")
		})
	}, nil)
}

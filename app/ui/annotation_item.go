package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// actionItem carries an itemOp from an entry of the annotation list to the
// workbench, which handles it.
const actionItem = "pressmark/anno-item"

// itemOp is what an entry of the list asks for: "show", "edit" or
// "delete" annotation ID.
type itemOp struct {
	Op, ID string
}

// annoItem is one entry of the annotation list, a component of its own
// whose fields are all it shows and which has no func fields: when the
// workbench redraws (after every add, edit or key), go-app finds the
// entries' fields unchanged and skips them, instead of rebuilding a
// hundred entries and their event handlers each time.
type annoItem struct {
	app.Compo

	ID, LabelID, Label, Exact, Comment string
}

// Render draws the entry: label and quote (a button that shows the
// highlight), comment, and edit and delete buttons.
func (it *annoItem) Render() app.UI {
	id := it.ID
	send := func(op string) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			ctx.PreventUpdate()
			ctx.NewActionWithValue(actionItem, itemOp{Op: op, ID: id})
		}
	}
	return app.Li().ID(itemID(it.ID)).Class("anno-item").DataSet("id", it.ID).Body(
		app.Button().Class("anno-show").Aria("label", "Show "+it.Label+": "+clip(it.Exact, 80)).
			OnClick(send("show")).Body(
			app.Span().Class("anno-chip").DataSet("label", it.LabelID).Text(it.Label),
			app.Q().Class("anno-quote").Text(clip(it.Exact, 140)),
		),
		app.If(it.Comment != "", func() app.UI { return app.P().Class("anno-comment-text").Text(it.Comment) }),
		app.Div().Class("anno-actions").Body(
			app.Button().Class("button", "link").Text("Edit").Aria("label", "Edit "+it.Label+" annotation").OnClick(send("edit")),
			app.Button().Class("button", "link").Text("Delete").Aria("label", "Delete "+it.Label+" annotation").OnClick(send("delete")),
		),
	)
}

// onItem does what an entry of the list asked for.
func (w *Workbench) onItem(ctx app.Context, a app.Action) {
	op, ok := a.Value.(itemOp)
	if !ok {
		return
	}
	switch op.Op {
	case "show":
		w.focusAnnotation(ctx, op.ID)
	case "edit":
		if cur := w.lib.Current(); cur != nil {
			if an, i := cur.Find(op.ID); i >= 0 {
				w.editing, w.editLabel, w.editComment = an.ID, an.LabelID, an.Comment
			}
		}
	case "delete":
		w.deleteAnnotation(ctx, op.ID)
	}
}

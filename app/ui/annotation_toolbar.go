package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Element ids of the selection toolbar and its comment box.
const (
	toolbarID    = "anno-toolbar"
	commentBoxID = "anno-comment"
)

// renderToolbar draws the toolbar shown under a selection in the cleaned
// view: one button per label (with its number key) and "Comment".
func (w *Workbench) renderToolbar() app.UI {
	if !w.sel.OK || w.lib == nil {
		return app.Div().ID(toolbarID).Class("anno-toolbar").Hidden(true)
	}
	buttons := make([]app.UI, 0, len(w.lib.Labels.Labels)+1)
	for _, l := range w.lib.Labels.Labels {
		name := l.Name
		if l.Key > 0 {
			name = fmt.Sprintf("%s (key %d)", l.Name, l.Key)
		}
		b := app.Button().Class("button", "anno-label-btn").DataSet("label", l.ID).Aria("label", name).Title(name).
			OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }). // keep the selection
			OnClick(w.onLabelButton(l.ID))
		if l.Key > 0 {
			b = b.Body(app.Span().Class("key").Aria("hidden", true).Text(strconv.Itoa(l.Key)), app.Text(l.Name))
		} else {
			b = b.Text(l.Name)
		}
		buttons = append(buttons, b)
	}
	if !w.commenter {
		buttons = append(buttons, app.Button().Class("button", "quiet").Aria("label", "Comment (key c)").Text("Comment…").
			OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
			OnClick(func(ctx app.Context, e app.Event) { w.openCommenter(ctx) }))
	}
	bar := app.Div().ID(toolbarID).Class("anno-toolbar").Role("toolbar").Aria("label", "Annotate selection")
	return bar.Body(
		app.Div().Class("anno-toolbar-labels").Body(buttons...),
		app.If(w.commenter, func() app.UI {
			// The box owns its text, read when a label is applied
			// (commentText). It is not drawn from a copy kept in Go:
			// go-app sets a textarea's Text as its live value whenever it
			// differs from the last render's, and a redraw between a
			// keystroke and that keystroke's input handler wrote the older
			// copy back over what was typed.
			return app.Div().Class("anno-comment").Body(
				app.Textarea().ID(commentBoxID).Aria("label", "Comment").Placeholder("Comment, then Enter or a label").
					Rows(2).
					OnKeyDown(w.onCommentKey),
				app.Button().Class("button").Text("Save comment").OnClick(func(ctx app.Context, e app.Event) { w.saveComment(ctx) }),
			)
		}),
	)
}

func (w *Workbench) onLabelButton(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { w.applyLabel(ctx, id, commentText()) }
}

// onCommentKey saves on Enter (Shift+Enter makes a new line) and closes on
// Escape.
func (w *Workbench) onCommentKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter":
		if !e.Get("shiftKey").Bool() {
			e.PreventDefault()
			w.saveComment(ctx)
		}
	case "Escape":
		w.commenter = false
	}
}

// saveComment applies the last label used (or the first) with the comment.
func (w *Workbench) saveComment(ctx app.Context) {
	id := w.lastLabel
	if _, ok := w.lib.Labels.Find(id); !ok && len(w.lib.Labels.Labels) > 0 {
		id = w.lib.Labels.Labels[0].ID
	}
	w.applyLabel(ctx, id, commentText())
}

// commentText is the comment typed in the toolbar's box, trimmed, or ""
// when the box is not in the page.
func commentText() string {
	box := app.Window().GetElementByID(commentBoxID)
	if !box.Truthy() {
		return ""
	}
	return strings.TrimSpace(box.Get("value").String())
}

// placeToolbar moves the toolbar under the selection once it is drawn,
// through the CSS object model (the page's CSP forbids style attributes).
func (w *Workbench) placeToolbar() {
	x, y := w.sel.X, w.sel.Y
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		defer fn.Release()
		if el := app.Window().GetElementByID(toolbarID); el.Truthy() {
			st := el.Get("style")
			st.Call("setProperty", "left", fmt.Sprintf("%.0fpx", max(8, x)))
			st.Call("setProperty", "top", fmt.Sprintf("%.0fpx", y+6))
		}
		return nil
	})
	app.Window().Call("requestAnimationFrame", fn)
}

// renderPicker lets the user choose among overlapping annotations under a
// click.
func (w *Workbench) renderPicker() app.UI {
	cur := w.current()
	if len(w.picking) < 2 || cur == nil {
		return app.Div().Class("anno-picker").Hidden(true)
	}
	items := make([]app.UI, 0, len(w.picking))
	for _, id := range w.picking {
		a, i := cur.Find(id)
		if i < 0 {
			continue
		}
		items = append(items, app.Li().Body(app.Button().Class("button", "link").
			Text(w.lib.Labels.Name(a.LabelID)+": “"+clip(a.Selector.Exact, 60)+"”").
			OnClick(func(ctx app.Context, e app.Event) { w.picking = nil; w.focusAnnotation(ctx, id) })))
	}
	return app.Div().Class("anno-picker").Role("dialog").Aria("label", "Annotations here").Body(
		app.P().Class("panel-hint").Text("Several annotations overlap here. Pick one:"),
		app.Ul().Body(items...),
		app.Button().Class("button", "quiet").Text("Close").OnClick(func(ctx app.Context, e app.Event) { w.picking = nil }),
	)
}

// onPick handles a click on a highlight.
func (w *Workbench) onPick(ctx app.Context, a app.Action) {
	ids, ok := a.Value.([]string)
	if !ok || len(ids) == 0 {
		return
	}
	if len(ids) == 1 {
		w.picking = nil
		w.focusAnnotation(ctx, ids[0])
		return
	}
	w.picking = ids
}

// clip shortens s to n code points with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Keys, outside text fields: 1–9 apply a label to the selection, "c" opens
// the comment box, Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes,
// Escape closes the toolbar and the picker. With the focus in the cleaned
// view (it is focusable), the arrow keys move a caret through the text and
// Shift+arrows select, by character, or by word with Ctrl or Alt.

// wantsKey decides, in the browser's event handler, whether the workbench
// handles the key event (and its default is prevented).
func (w *Workbench) wantsKey(ev app.Value) bool {
	if w.lib == nil || typingIn(ev.Get("target")) {
		return false
	}
	key := ev.Get("key").String()
	mod := ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
	switch {
	case strings.HasPrefix(key, "Arrow"):
		return inArticle(ev.Get("target")) && !ev.Get("metaKey").Bool()
	case mod && (strings.EqualFold(key, "z") || strings.EqualFold(key, "y")):
		return true
	case mod || ev.Get("altKey").Bool():
		return false
	case len(key) == 1 && key[0] >= '1' && key[0] <= '9':
		_, ok := w.lib.Labels.ByKey(int(key[0] - '0'))
		return ok && w.selected().OK
	case key == "c" || key == "C":
		return w.selected().OK
	case key == "Escape":
		return w.sel.OK || len(w.picking) > 0
	}
	return false
}

// typingIn reports whether an event target takes text input.
func typingIn(t app.Value) bool {
	if !t.Truthy() {
		return false
	}
	if t.Get("isContentEditable").Bool() {
		return true
	}
	switch strings.ToUpper(t.Get("tagName").String()) {
	case "INPUT", "TEXTAREA", "SELECT":
		return true
	}
	return false
}

func (w *Workbench) onKey(ctx app.Context, ev app.Value) {
	key := ev.Get("key").String()
	mod := ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
	switch {
	case strings.HasPrefix(key, "Arrow"):
		moveCaret(key, ev.Get("shiftKey").Bool(), ev.Get("ctrlKey").Bool() || ev.Get("altKey").Bool())
		ctx.PreventUpdate()
	case mod && strings.EqualFold(key, "z") && ev.Get("shiftKey").Bool(), mod && strings.EqualFold(key, "y"):
		w.redo(ctx)
	case mod && strings.EqualFold(key, "z"):
		w.undo(ctx)
	case len(key) == 1 && key[0] >= '1' && key[0] <= '9':
		if l, ok := w.lib.Labels.ByKey(int(key[0] - '0')); ok {
			w.applyLabel(ctx, l.ID, "")
		}
	case key == "c" || key == "C":
		w.openCommenter(ctx)
	case key == "Escape":
		w.sel, w.commenter, w.picking = selection{}, false, nil
	}
}

// openCommenter opens the toolbar's comment box, for the selection as it
// is now, and focuses it.
func (w *Workbench) openCommenter(ctx app.Context) {
	if s := w.selected(); s.OK {
		w.sel = s
		ctx.Defer(func(app.Context) { w.placeToolbar() })
	}
	w.commenter = true
	focusComment(ctx, 5)
}

// focusComment focuses the comment box once it is drawn, trying again a
// few times while the page is busy.
func focusComment(ctx app.Context, tries int) {
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(commentBoxID); el.Truthy() {
			el.Call("focus")
		} else if tries > 1 {
			ctx.After(50*time.Millisecond, func(ctx app.Context) { focusComment(ctx, tries-1) })
		}
	})
}

// inArticle reports whether a node is the cleaned view or inside it.
func inArticle(n app.Value) bool {
	return n.Truthy() && n.Get("closest").Truthy() && n.Call("closest", "article.release").Truthy()
}

// moveCaret moves (or, with extend, stretches) the selection in the cleaned
// view by a character, a word or a line, starting at the top of the text
// when the selection is elsewhere.
func moveCaret(key string, extend, byWord bool) {
	win := app.Window()
	sel := win.Call("getSelection")
	if !sel.Truthy() {
		return
	}
	if sel.Get("rangeCount").Int() == 0 || !inArticle(sel.Get("anchorNode").Get("parentElement")) {
		first := win.Get("document").Call("querySelector", "article.release [data-start][data-end]:not(mark)")
		if !first.Truthy() {
			return
		}
		sel.Call("collapse", first, 0)
	}
	alter, dir, unit := "move", "forward", "character"
	if extend {
		alter = "extend"
	}
	switch key {
	case "ArrowLeft", "ArrowUp":
		dir = "backward"
	}
	switch {
	case key == "ArrowUp" || key == "ArrowDown":
		unit = "line"
	case byWord:
		unit = "word"
	}
	sel.Call("modify", alter, dir, unit)
}

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Keys, outside text fields: 1–9 apply a label to the selection, "c" opens
// the comment box, Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes,
// Escape closes the toolbar and the picker.

// wantsKey decides, in the browser's event handler, whether the workbench
// handles the key event (and its default is prevented).
func (w *Workbench) wantsKey(ev app.Value) bool {
	if w.lib == nil || typingIn(ev.Get("target")) {
		return false
	}
	key := ev.Get("key").String()
	mod := ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()
	switch {
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
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(commentBoxID); el.Truthy() {
			el.Call("focus")
		}
	})
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// listenMarkClicks handles clicks on highlights with one listener on the
// document, rather than one per <mark>: thousands of marks would each
// carry a handler, and go-app keeps a mounted handler when only its
// captured values change, so a mark that moved (a new annotation before it
// in its block) would still report the annotations it used to cover.
// Here the annotations under a click are read from the marks themselves,
// innermost first, and handled as ActionPick.
func (w *Workbench) listenMarkClicks(ctx app.Context) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer recoverJS("the click handler")
		if len(args) == 0 {
			return nil
		}
		ids := marksUnder(args[0].Get("target"))
		if len(ids) == 0 {
			return nil
		}
		if sel := app.Window().Call("getSelection"); sel.Truthy() && !sel.Get("isCollapsed").Bool() {
			return nil // selecting text, not picking
		}
		args[0].Call("stopImmediatePropagation")
		ctx.NewActionWithValue(ActionPick, ids)
		return nil
	})
	doc.Call("addEventListener", "click", fn)
	w.listeners = append(w.listeners, annoListener{doc, "click", fn})
}

// marksUnder returns the IDs of the highlights holding node in the
// cleaned view, innermost first.
func marksUnder(node app.Value) []string {
	if !node.Truthy() || node.Get("nodeType").Int() != 1 {
		if !node.Truthy() {
			return nil
		}
		node = node.Get("parentElement")
	}
	var ids []string
	for m := node; m.Truthy() && m.Get("closest").Truthy(); {
		m = m.Call("closest", "article.release mark.anno")
		if !m.Truthy() {
			break
		}
		if id := m.Get("dataset").Get("id").String(); id != "" {
			ids = append(ids, id)
		}
		m = m.Get("parentElement")
	}
	return ids
}

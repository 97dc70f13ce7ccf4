package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// selection is a stretch of the cleaned view the user selected: code
// points [Start, End) of Release.Text, and where to show the toolbar.
type selection struct {
	OK         bool
	Start, End int
	X, Y       float64 // viewport coordinates of the selection's bottom left
}

// annoListener is a native event listener the workbench added.
type annoListener struct {
	target app.Value
	event  string
	fn     app.Func
}

func (l annoListener) release() {
	l.target.Call("removeEventListener", l.event, l.fn)
	l.fn.Release()
}

// listen follows selection changes in the document and keys pressed
// anywhere.
func (w *Workbench) listen(ctx app.Context) {
	win := app.Window()
	doc := win.Get("document")
	add := func(target app.Value, event string, h func(app.Context, app.Value)) {
		if !target.Truthy() {
			return
		}
		fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
			defer recoverJS("the " + event + " handler")
			if len(args) > 0 {
				ev := args[0]
				if event == "keydown" {
					// Decide at once whether the key is ours, so the
					// browser's default (typing "1", native undo) can
					// still be prevented.
					if !w.wantsKey(ev) {
						return nil
					}
					ev.Call("preventDefault")
				}
				ctx.Dispatch(func(ctx app.Context) {
					defer recoverJS("the " + event + " handler")
					h(ctx, ev)
				})
			}
			return nil
		})
		target.Call("addEventListener", event, fn)
		w.listeners = append(w.listeners, annoListener{target, event, fn})
	}
	add(doc, "selectionchange", func(ctx app.Context, _ app.Value) { w.onSelectionChange(ctx) })
	add(doc, "keydown", w.onKey)
}

// onSelectionChange records the selection when it lies in the cleaned
// view, and forgets it when it is collapsed or elsewhere. While the user
// drags, the browser fires many of these: the workbench redraws only once
// the selection has rested for selectionRest (keys and buttons read the
// live selection meanwhile, see selected).
func (w *Workbench) onSelectionChange(ctx app.Context) {
	ctx.PreventUpdate()
	// The selection is read only when it rests, or at once while the
	// comment box is open: reading it makes the browser lay the page out,
	// which after a paste would be done in the paste's own task, before
	// the new view could be drawn.
	if w.commenter && !currentSelection().OK {
		// Typing a comment moves the focus out of the article: keep the
		// selection the comment is for.
		return
	}
	w.selGen++
	gen := w.selGen
	ctx.After(selectionRest, func(ctx app.Context) {
		if gen != w.selGen {
			ctx.PreventUpdate()
			return
		}
		s := currentSelection()
		if s == w.sel || !s.OK && w.commenter {
			// Unchanged, or the comment box took the focus (and the
			// selection) since: keep the selection the comment is for.
			ctx.PreventUpdate()
			return
		}
		w.sel, w.picking = s, nil
		if s.OK {
			ctx.Defer(func(app.Context) { w.placeToolbar() })
		}
	})
}

// selectionRest is how long a selection must stay put before the toolbar
// follows it.
const selectionRest = 80 * time.Millisecond

// selected returns the selection to act on: the live one in the cleaned
// view, or the one the toolbar was opened for (the comment box has the
// focus then).
func (w *Workbench) selected() selection {
	if s := currentSelection(); s.OK {
		return s
	}
	return w.sel
}

// currentSelection maps the browser's selection to code points of
// Release.Text. Every block of the cleaned view (and its <h1>) carries
// data-start, its first code point; the offset of a selection boundary
// inside a block is the UTF-16 length of the block's text before it, which
// annotate.UTF16ToCodePoints turns into code points.
func currentSelection() selection {
	win := app.Window()
	sel := win.Call("getSelection")
	if !sel.Truthy() || sel.Get("isCollapsed").Bool() || sel.Get("rangeCount").Int() == 0 {
		return selection{}
	}
	r := sel.Call("getRangeAt", 0)
	start, ok1 := boundary(r.Get("startContainer"), r.Get("startOffset").Int())
	end, ok2 := boundary(r.Get("endContainer"), r.Get("endOffset").Int())
	if !ok1 || !ok2 || end <= start {
		return selection{}
	}
	rect := r.Call("getBoundingClientRect")
	return selection{OK: true, Start: start, End: end, X: rect.Get("left").Float(), Y: rect.Get("bottom").Float()}
}

// boundary converts a DOM position inside a block of the cleaned view to a
// code-point offset of Release.Text.
func boundary(node app.Value, offset int) (int, bool) {
	if !node.Truthy() {
		return 0, false
	}
	el := node
	if node.Get("nodeType").Int() != 1 { // a text node: start from its parent
		el = node.Get("parentElement")
	}
	if !el.Truthy() {
		return 0, false
	}
	block := el.Call("closest", "article.release [data-start][data-end]:not(mark)")
	if !block.Truthy() {
		return 0, false
	}
	rg := app.Window().Get("document").Call("createRange")
	rg.Call("setStart", block, 0)
	rg.Call("setEnd", node, offset)
	units := annotate.UTF16Len(rg.Call("toString").String()) // as the browser counts
	n, ok := atoi(block.Get("dataset").Get("start").String())
	if !ok {
		return 0, false
	}
	return n + annotate.UTF16ToCodePoints(block.Get("textContent").String(), units), true
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// onPageHide calls fn when the page is hidden or unloaded, from the
// browser's event handler itself, synchronously: a handler dispatched to
// the UI goroutine would run after the page is gone. "pagehide" comes on
// reload, navigation and closing the tab; "visibilitychange" to hidden
// also comes before a mobile browser drops a page in the background. It
// returns the listeners it added, for the caller to remove.
func onPageHide(fn func()) []listener {
	win := app.Window()
	doc := win.Get("document")
	var added []listener
	listen := func(target app.Value, event string, now func() bool) {
		f := app.FuncOf(func(app.Value, []app.Value) any {
			defer recoverJS("the " + event + " handler")
			if now() {
				fn()
			}
			return nil
		})
		target.Call("addEventListener", event, f)
		added = append(added, listener{target, event, f})
	}
	listen(win, "pagehide", func() bool { return true })
	listen(doc, "visibilitychange", func() bool { return doc.Get("visibilityState").String() == "hidden" })
	return added
}

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// keepUnsaved keeps the writes the store has not yet made when the page is
// hidden or unloaded: a reload a moment after a change would otherwise lose
// it, since the writer saves in the background, one IndexedDB transaction
// at a time. The writer journals them (store.Writer.Journal) from the
// browser's event handler itself, synchronously: a handler dispatched to
// the UI goroutine would run after the page is gone. "pagehide" comes on
// reload, navigation and closing the tab; "visibilitychange" to hidden
// also comes before a mobile browser drops a page in the background.
func (w *Workbench) keepUnsaved(ctx app.Context) {
	win := app.Window()
	doc := win.Get("document")
	keep := func(target app.Value, event string, now func() bool) {
		fn := app.FuncOf(func(app.Value, []app.Value) any {
			defer recoverJS("the " + event + " handler")
			if w.writer == nil || !now() {
				return nil
			}
			if err := w.writer.Journal(); err != nil {
				ctx.Dispatch(func(ctx app.Context) { w.onSaveResult(err) })
			}
			return nil
		})
		target.Call("addEventListener", event, fn)
		w.listeners = append(w.listeners, annoListener{target, event, fn})
	}
	keep(win, "pagehide", func() bool { return true })
	keep(doc, "visibilitychange", func() bool { return doc.Get("visibilityState").String() == "hidden" })
}

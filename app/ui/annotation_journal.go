package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// keepUnsaved keeps the writes the store has not yet made when the page is
// hidden or unloaded: a reload a moment after a change would otherwise lose
// it, since the writer saves in the background, one IndexedDB transaction
// at a time. The writer journals them (store.Writer.Journal) from the
// browser's event handler itself, synchronously (onPageHide).
func (w *Workbench) keepUnsaved(ctx app.Context) {
	for _, l := range onPageHide(func() {
		if w.writer == nil {
			return
		}
		if err := w.writer.Journal(); err != nil {
			ctx.Dispatch(func(ctx app.Context) { w.onSaveResult(err) })
		}
	}) {
		w.listeners = append(w.listeners, annoListener(l))
	}
}

package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// renderLibrary draws the region labelled "Library": every document kept,
// with its title, date and number of annotations; open, rename and delete
// (undoable); a search by title; "New document"; importing files; and
// exporting everything.
func (w *Workbench) renderLibrary() app.UI {
	docs := w.lib.Search(w.libQuery)
	items := make([]app.UI, len(docs))
	for i, d := range docs {
		items[i] = w.renderDocItem(d)
	}
	return app.Section().Class("panel", "library").Aria("label", "Library").Body(
		app.H2().Class("panel-title").Body(app.Text("Library"), app.Span().Class("count").Text(strconv.Itoa(len(w.lib.Documents)))),
		app.Div().Class("anno-controls").Body(
			app.Input().Type("search").Aria("label", "Search documents").Placeholder("Search by title").Value(w.libQuery).
				OnInput(func(ctx app.Context, e app.Event) { w.libQuery = ctx.JSSrc().Get("value").String() }),
			app.Button().Class("button").Text("New document").OnClick(w.onNewDocument),
			app.Label().Class("button").Body(
				app.Text("Import…"),
				app.Input().Type("file").Class("visually-hidden").Aria("label", "Import annotations").Multiple(true).
					Accept(".json,.jsonld,application/json,application/ld+json").OnChange(w.onImportFiles),
			),
		),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("empty").Text("No documents yet.") }).
			Else(func() app.UI { return app.Ul().Class("doc-list").Body(items...) }),
		w.exportGroup("Export library", "the whole library", func() []*annotate.Document { return w.lib.Documents }),
	)
}

func (w *Workbench) renderDocItem(d *annotate.Document) app.UI {
	li := app.Li().Class("doc-item").DataSet("id", d.ID)
	if d.ID == w.lib.CurrentID {
		li = li.Class("current").Aria("current", "true")
	}
	if w.renaming == d.ID {
		title := d.Title
		return li.Body(
			app.Input().Type("text").Aria("label", "New title").Value(title).AutoFocus(true).
				OnChange(func(ctx app.Context, e app.Event) { w.rename(ctx, d.ID, ctx.JSSrc().Get("value").String()) }),
			app.Button().Class("button", "quiet").Text("Cancel").OnClick(func(ctx app.Context, e app.Event) { w.renaming = "" }),
		)
	}
	date := d.Published
	if date == "" {
		date = d.Modified.Format("2006-01-02")
	}
	n := len(d.Annotations)
	return li.Body(
		app.Button().Class("button", "link", "doc-open").Text(d.Title).Aria("label", "Open "+d.Title).
			OnClick(func(ctx app.Context, e app.Event) { w.open(ctx, d.ID) }),
		app.Span().Class("doc-meta").Text(fmt.Sprintf("%s · %d annotation%s", date, n, plural(n))),
		app.Button().Class("button", "link").Text("Rename").Aria("label", "Rename "+d.Title).
			OnClick(func(ctx app.Context, e app.Event) { w.renaming = d.ID }),
		app.Button().Class("button", "link").Text("Delete").Aria("label", "Delete "+d.Title).
			OnClick(func(ctx app.Context, e app.Event) { w.deleteDocument(ctx, d.ID) }),
	)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// open makes document id current and has Root show it.
func (w *Workbench) open(ctx app.Context, id string) {
	d := w.lib.Doc(id)
	if d == nil {
		return
	}
	w.lib.CurrentID = id
	w.saveMeta()
	w.rel = nil
	w.publish(ctx)
	ctx.NewActionWithValue(ActionOpen, Document{Text: d.Source, Format: d.Format, Restored: d.Restored})
}

// onNewDocument empties the editor; the next text pasted or typed becomes
// a new document.
func (w *Workbench) onNewDocument(ctx app.Context, e app.Event) {
	w.lib.CurrentID = ""
	w.saveMeta()
	w.rel = nil
	w.publish(ctx)
	ctx.NewActionWithValue(ActionOpen, Document{})
}

func (w *Workbench) rename(ctx app.Context, id, title string) {
	c, err := w.lib.RenameDocument(id, title, now())
	if err != nil {
		w.notice = err.Error()
		return
	}
	if w.do(ctx, c) {
		w.renaming = ""
	}
}

func (w *Workbench) deleteDocument(ctx app.Context, id string) {
	d := w.lib.Doc(id)
	if d == nil {
		return
	}
	c, err := w.lib.DeleteDocument(id, now())
	if err != nil || !w.do(ctx, c) {
		return
	}
	w.notice = "Deleted “" + d.Title + "”. Undo with Ctrl+Z or the Undo button."
	if w.lib.CurrentID == "" {
		w.saveMeta()
	}
}

// onImportFiles imports every chosen file; each is applied whole or not
// at all, and each outcome is reported.
func (w *Workbench) onImportFiles(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	n := files.Length()
	var msgs []string
	done := 0
	for i := 0; i < n; i++ {
		f := files.Index(i)
		name := f.Get("name").String()
		then(f.Call("text"), func(v app.Value) {
			text := v.String()
			ctx.Dispatch(func(ctx app.Context) {
				msgs = append(msgs, w.importData(ctx, name, []byte(text)))
				if done++; done == n {
					w.notice = joinNotices(msgs)
					input.Set("value", "")
				}
			})
		}, func(v app.Value) {
			ctx.Dispatch(func(ctx app.Context) {
				msgs = append(msgs, name+": could not be read ("+jsError(v)+")")
				if done++; done == n {
					w.notice = joinNotices(msgs)
				}
			})
		})
	}
}

// importData imports one file and says how it went.
func (w *Workbench) importData(ctx app.Context, name string, data []byte) string {
	cs, sum, err := w.lib.Import(data, now())
	if err != nil {
		return name + ": not imported, nothing changed — " + err.Error()
	}
	if len(cs) > 0 && !w.do(ctx, cs...) {
		return name + ": not imported — " + w.notice
	}
	return fmt.Sprintf("%s: %d documents and %d annotations imported (%d without a place).", name, sum.Documents, sum.Annotations, sum.Orphans)
}

func joinNotices(msgs []string) string {
	out := ""
	for i, m := range msgs {
		if i > 0 {
			out += " "
		}
		out += m
	}
	return out
}

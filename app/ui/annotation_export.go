package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
	"pressmark/parser"
)

// annoFormat is one way to export annotations.
type annoFormat struct {
	Name, Ext, MIME string
}

var annoFormats = []annoFormat{
	{"W3C JSON-LD", "jsonld", "application/ld+json"},
	{"Pressmark JSON", "pressmark.json", "application/json"},
	{"JSONL", "jsonl", "application/x-ndjson"},
	{"CSV", "csv", "text/csv;charset=utf-8"},
	{"Markdown", "md", "text/markdown;charset=utf-8"},
}

// renderDocExports offers the current document's annotations in each
// format.
func (w *Workbench) renderDocExports(cur *annotate.Document) app.UI {
	if cur == nil {
		return app.Div().Hidden(true)
	}
	return w.exportGroup("Export annotations", "this document", func() []*annotate.Document {
		if d := w.lib.Current(); d != nil {
			return []*annotate.Document{d}
		}
		return nil
	})
}

// exportGroup draws one button per format; docs gives what to export when
// a button is pressed.
func (w *Workbench) exportGroup(title, what string, docs func() []*annotate.Document) app.UI {
	buttons := make([]app.UI, len(annoFormats))
	for i, f := range annoFormats {
		buttons[i] = app.Button().Class("button", "seg").Text(f.Name).Aria("label", "Export "+what+" as "+f.Name).
			OnClick(func(ctx app.Context, e app.Event) { w.export(docs(), f) })
	}
	return app.Div().Class("anno-exports").Role("group").Aria("label", title).Body(
		app.H3().Text(title),
		app.Div().Class("anno-export-buttons").Body(buttons...),
	)
}

// export downloads docs in format f.
func (w *Workbench) export(docs []*annotate.Document, f annoFormat) {
	if len(docs) == 0 {
		return
	}
	var data []byte
	var err error
	switch f.Name {
	case "W3C JSON-LD":
		data, err = annotate.ExportW3C(docs, w.lib.Labels, now())
	case "Pressmark JSON":
		data, err = annotate.ExportPressmark(docs, w.lib.Labels, now())
	case "JSONL":
		data, err = annotate.ExportJSONL(docs, w.lib.Labels)
	case "CSV":
		data, err = annotate.ExportCSV(docs, w.lib.Labels)
	case "Markdown":
		data = annotate.ExportMarkdown(docs, w.releases(docs), w.lib.Labels)
	}
	if err != nil {
		w.notice = "The export failed: " + err.Error()
		return
	}
	name := "pressmark-library"
	if len(docs) == 1 {
		name = fileName(docs[0].Title)
	}
	download(string(data), name+"."+f.Ext, f.MIME)
}

// releases returns each document's release for the Markdown export: the
// one shown for the current document, a fresh parse for the others.
func (w *Workbench) releases(docs []*annotate.Document) map[string]*parser.Release {
	out := map[string]*parser.Release{}
	for _, d := range docs {
		if cur := w.current(); cur != nil && cur.ID == d.ID {
			out[d.ID] = w.rel
			continue
		}
		if rel, err := d.Parse(); err == nil {
			out[d.ID] = rel
		}
	}
	return out
}

// fileName makes a file name from a title.
func fileName(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 60 {
			break
		}
	}
	if s := strings.Trim(b.String(), "-"); s != "" {
		return s
	}
	return "release"
}

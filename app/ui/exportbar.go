package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// exportFormat is one way to export the cleaned release.
type exportFormat struct {
	Name string // shown on the buttons: "Markdown", "Text", "JSON"
	Ext  string
	MIME string
	Make func(*parser.Release) (string, error)
}

var exportFormats = []exportFormat{
	{"Markdown", "md", "text/markdown;charset=utf-8", func(r *parser.Release) (string, error) { return releaseMarkdown(r), nil }},
	{"Text", "txt", "text/plain;charset=utf-8", func(r *parser.Release) (string, error) { return releaseText(r), nil }},
	{"JSON", "json", "application/json", releaseJSON},
}

// ExportBar offers the cleaned release for copying and downloading as
// Markdown, plain text and JSON (the CLI's JSON). The buttons' accessible
// names are "Copy Markdown", "Download JSON" and so on.
type ExportBar struct {
	app.Compo

	// Release is what to export; the buttons are disabled while it is nil.
	Release *parser.Release
}

// Render draws the two button groups.
func (x *ExportBar) Render() app.UI {
	return app.Div().Class("exportbar").Role("toolbar").Aria("label", "Export").Body(
		x.group("Copy", x.onCopy),
		x.group("Download", x.onDownload),
	)
}

func (x *ExportBar) group(verb string, h func(exportFormat) app.EventHandler) app.UI {
	buttons := make([]app.UI, 0, len(exportFormats)+1)
	buttons = append(buttons, app.Span().Class("group-label").Aria("hidden", true).Text(verb))
	for _, f := range exportFormats {
		name := verb + " " + f.Name
		if f.Name == "Text" {
			name = verb + " plain text"
		}
		b := app.Button().Class("button", "seg").Aria("label", name).Title(name).Text(f.Name).OnClick(h(f))
		if x.Release == nil {
			b = b.Disabled(true) // an HTML attribute disables even when "false"
		}
		buttons = append(buttons, b)
	}
	return app.Div().Class("seg-group").Role("group").Aria("label", verb).Body(buttons...)
}

func (x *ExportBar) onCopy(f exportFormat) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		s, ok := x.export(ctx, f)
		if !ok {
			return
		}
		copyText(s, func(err string) {
			ctx.Dispatch(func(ctx app.Context) {
				if err != "" {
					notify(ctx, "Could not copy: "+err+".", true)
					return
				}
				notify(ctx, "Copied the release as "+f.Name+".", false)
			})
		})
	}
}

func (x *ExportBar) onDownload(f exportFormat) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		ctx.PreventUpdate()
		if s, ok := x.export(ctx, f); ok {
			download(s, exportName(x.Release.Title, f.Ext), f.MIME)
		}
	}
}

func (x *ExportBar) export(ctx app.Context, f exportFormat) (string, bool) {
	if x.Release == nil {
		return "", false
	}
	s, err := f.Make(x.Release)
	if err != nil {
		notify(ctx, "Could not export: "+err.Error(), true)
		return "", false
	}
	return s, true
}

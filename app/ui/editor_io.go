package ui

import (
	"path"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// Paste, drop and file opening for the Editor. Paste and drop listen with
// native listeners: clipboardData and dataTransfer can only be read, and
// preventDefault only called, while the browser dispatches the event, and
// go-app runs its handlers later.

// listener is a native event listener to remove on dismount.
type listener struct {
	target app.Value
	event  string
	fn     app.Func
}

// OnMount listens for paste on the textarea and for file drops anywhere on
// the page (a file dropped elsewhere would otherwise replace the app).
func (e *Editor) OnMount(ctx app.Context) {
	w := app.Window()
	e.listen(ctx, e.JSValue(), "paste", e.onPaste) // the textarea's, and the long-text summary's

	e.listen(ctx, w, "dragover", e.onDragOver)
	e.listen(ctx, w, "dragleave", e.onDragLeave)
	e.listen(ctx, w, "drop", e.onDrop)
}

// OnDismount removes the native listeners.
func (e *Editor) OnDismount() {
	for _, l := range e.listens {
		l.target.Call("removeEventListener", l.event, l.fn)
		l.fn.Release()
	}
	e.listens = nil
}

func (e *Editor) listen(ctx app.Context, target app.Value, event string, h func(app.Context, app.Value)) {
	if !target.Truthy() {
		return
	}
	fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer recoverJS("the " + event + " handler")
		if len(args) > 0 {
			h(ctx, args[0])
		}
		return nil
	})
	target.Call("addEventListener", event, fn)
	e.listens = append(e.listens, listener{target, event, fn})
}

// onPaste parses the HTML a copied web page puts on the clipboard. A paste
// replaces the document when the editor is empty, still shows the sample or
// has all its text selected, or when it shows a long text's summary; a
// paste into part of the text is left to the browser, as plain text.
func (e *Editor) onPaste(ctx app.Context, ev app.Value) {
	ta, cd := ev.Get("target"), ev.Get("clipboardData")
	if !cd.Truthy() || !ta.Truthy() {
		return
	}
	switch {
	case e.big: // into the summary, or a script's into the hidden textarea
	case ta.Get("id").String() != editorID || !replacesAll(ta):
		return
	}
	html := cd.Call("getData", "text/html").String()
	plain := cd.Call("getData", "text/plain").String()
	switch {
	case strings.TrimSpace(html) != "":
		ev.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { e.replace(ctx, html, "html", "pasted") })
	case plain != "":
		ev.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { e.replace(ctx, plain, "", "pasted") })
	}
}

// replacesAll reports whether a paste into the textarea ta replaces its
// whole text: all of it is selected, or it is blank or still the sample. The
// text itself, which may be a megabyte, is read only when the selection does
// not tell.
func replacesAll(ta app.Value) bool {
	n := ta.Get("textLength").Int() // UTF-16 units, as selectionEnd counts
	if n == 0 || ta.Get("selectionStart").Int() == 0 && ta.Get("selectionEnd").Int() >= n {
		return true
	}
	value := ta.Get("value")
	if n > len(Sample) { // not the sample: blank? (trimmed in the browser, without copying the text here)
		return value.Call("trim").Length() == 0
	}
	text := value.String()
	return strings.TrimSpace(text) == "" || text == Sample
}

// hasFiles reports whether a drag event carries files.
func hasFiles(ev app.Value) bool {
	dt := ev.Get("dataTransfer")
	if !dt.Truthy() {
		return false
	}
	types := dt.Get("types")
	for i := 0; i < types.Length(); i++ {
		if types.Index(i).String() == "Files" {
			return true
		}
	}
	return false
}

func (e *Editor) onDragOver(ctx app.Context, ev app.Value) {
	if !hasFiles(ev) {
		return
	}
	ev.Call("preventDefault")
	ev.Get("dataTransfer").Set("dropEffect", "copy")
	if !e.dragging {
		ctx.Dispatch(func(app.Context) { e.dragging = true })
	}
}

func (e *Editor) onDragLeave(ctx app.Context, ev app.Value) {
	// Leaving the window reports no related target.
	if e.dragging && !ev.Get("relatedTarget").Truthy() {
		ctx.Dispatch(func(app.Context) { e.dragging = false })
	}
}

func (e *Editor) onDrop(ctx app.Context, ev app.Value) {
	if e.dragging {
		ctx.Dispatch(func(app.Context) { e.dragging = false })
	}
	if !hasFiles(ev) {
		return // dropped text: the browser inserts it and the input event follows
	}
	ev.Call("preventDefault")
	files := ev.Get("dataTransfer").Get("files")
	if files.Length() > 0 {
		e.readFile(ctx, files.Index(0))
	}
}

// onOpen reads the file chosen with "Open file".
func (e *Editor) onOpen(ctx app.Context, ev app.Event) {
	ctx.PreventUpdate()
	input := ctx.JSSrc()
	files := input.Get("files")
	if files.Length() > 0 {
		e.readFile(ctx, files.Index(0))
	}
	input.Set("value", "") // so that opening the same file again works
}

// readFile reads a .txt, .md, .html or .eml file and makes it the document.
// The whole file goes to the parser, mail headers included.
func (e *Editor) readFile(ctx app.Context, file app.Value) {
	name := file.Get("name").String()
	format, ok := fileFormat(name, file.Get("type").String())
	if !ok {
		notify(ctx, "Pressmark reads .txt, .md, .html and .eml files; "+name+" is none of these.", true)
		return
	}
	if file.Get("size").Float() > parser.DefaultMaxSize {
		notify(ctx, parseMessage(parser.ErrTooLarge), true)
		return
	}
	then(file.Call("text"), func(v app.Value) {
		text := v.String()
		ctx.Dispatch(func(ctx app.Context) {
			e.replace(ctx, text, format, "opened")
			notify(ctx, "Opened "+name+".", false)
		})
	}, func(v app.Value) {
		ctx.Dispatch(func(ctx app.Context) { notify(ctx, "Could not read "+name+": "+jsError(v), true) })
	})
}

// fileFormat returns the format hint for a file by its name and MIME type,
// and whether Pressmark reads such files at all.
func fileFormat(name, mime string) (format string, ok bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html", true
	case ".md", ".markdown":
		return "markdown", true
	case ".txt", ".text", ".eml", "":
		return "", true
	}
	mime = strings.ToLower(mime)
	return "", strings.HasPrefix(mime, "text/") || mime == "message/rfc822"
}

// notify shows a notice in the status region.
func notify(ctx app.Context, text string, isErr bool) {
	ctx.NewActionWithValue(ActionNotify, Notice{Text: text, Error: isErr})
}

package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// editorID is the id of the "Release text" textarea.
const editorID = "release-text"

// debounce is how long typing must pause before the text is parsed again.
const debounce = 250 * time.Millisecond

// debounceFor is the pause to wait for in a text of n characters: parsing
// runs on the page's only thread, so a long text waits longer (up to two
// seconds) for typing to stop before it is parsed again.
func debounceFor(n int) time.Duration {
	return min(debounce+time.Duration(n/(100<<10))*debounce, 2*time.Second)
}

// Editor is the source pane: the "Release text" textarea, an "Open file"
// button and a sample loader. It owns the text being typed; it posts
// ActionEdit with a Document (Text and Format) when the text changes —
// debounced while typing, at once on paste, drop or open.
type Editor struct {
	app.Compo

	// Text replaces the editor's text whenever Rev changes, such as when the
	// saved document is loaded. Typing never changes it.
	Text string
	// Format is the format hint that goes with Text.
	Format string
	// Rev counts replacements of Text by the parent.
	Rev int

	seenRev  int
	format   string // format hint of the current text
	gen      int    // debounce generation: only the latest timer posts
	dragging bool
	listens  []listener

	big       bool   // a long text is held back from the textarea (bigtext_editor.go)
	held      string // the long text, while big
	heldTitle string // the summary's headline, such as "1.0 MB release pasted (…)"
	initial   string // the textarea's text as first drawn; later texts are set as its value
}

// OnInit adopts the initial text's format hint.
func (e *Editor) OnInit() {
	e.seenRev, e.format = e.Rev, e.Format
	e.hold(e.Text, "loaded")
	if !e.big {
		e.initial = e.Text
	}
}

// OnUpdate adopts a text the parent replaced.
func (e *Editor) OnUpdate(ctx app.Context) {
	if e.Rev == e.seenRev {
		return
	}
	e.seenRev, e.format = e.Rev, e.Format
	e.gen++
	text := e.Text
	// The summary is drawn now; the textarea's value is set once it is.
	e.hold(text, "loaded")
	if e.big {
		text = ""
	}
	ctx.Defer(func(app.Context) { setEditorValue(text) })
}

// Render draws the pane.
func (e *Editor) Render() app.UI {
	pane := app.Div().Class("editor")
	if e.dragging {
		pane = pane.Class("dragging")
	}
	return pane.Body(
		app.Div().Class("pane-head").Body(
			app.Label().For(editorID).Class("pane-title").Text("Release text"),
			app.Div().Class("toolbar").Body(
				app.Input().Type("file").ID("open-file").Class("visually-hidden").
					Accept(".txt,.md,.markdown,.html,.htm,.eml,text/plain,text/html,text/markdown,message/rfc822").
					Aria("label", "Open file").OnChange(e.onOpen),
				app.Label().For("open-file").Class("button").Aria("hidden", true).Text("Open file"),
				app.Button().Class("button", "quiet").Text("Load sample").OnClick(e.onSample),
			),
		),
		e.bigSummary(),
		e.textarea(),
		app.P().Class("hint").Text("Paste, type, or drop a .txt, .md, .html or .eml file anywhere on the page."),
	)
}

// textarea draws the "Release text" textarea. In the browser its value is
// set as a property; the pre-rendered page carries the text as content,
// which is how HTML gives a textarea its text.
func (e *Editor) textarea() app.UI {
	ta := app.Textarea().ID(editorID).Class("source").Aria("label", "Release text").
		Spellcheck(false).Wrap("soft").
		Placeholder("Paste a press release here — text, Markdown or a copied web page.").
		OnInput(e.onInput)
	if e.big { // never Hidden(false), which pre-renders as hidden: see SourcePane.Render
		ta = ta.Hidden(true)
	}
	if app.IsServer {
		return ta.Body(app.Text(e.initial))
	}
	// Always the same text, so that a redraw never writes it again: a new
	// text is put in with setEditorValue.
	return ta.Text(e.initial)
}

// bigSummary draws the summary of a long text, or nothing, in a slot that
// is always there: go-app matches children by place, so a summary that came
// and went before the textarea would make it draw a new, empty one.
func (e *Editor) bigSummary() app.UI {
	slot := app.Div().Class("bigtext-slot")
	if !e.big {
		return slot
	}
	return slot.Body(e.summary())
}

// onInput schedules a parse once typing pauses. It re-renders nothing: the
// textarea already shows what was typed.
func (e *Editor) onInput(ctx app.Context, ev app.Event) {
	if e.big { // typed into the hidden textarea (by a script): it is the text now
		e.hold("", "")
	} else {
		ctx.PreventUpdate()
	}
	e.gen++
	gen := e.gen
	ctx.After(debounceFor(ctx.JSSrc().Get("textLength").Int()), func(ctx app.Context) {
		ctx.PreventUpdate()
		if gen != e.gen {
			return
		}
		text := editorValue()
		if text == "" {
			e.format = ""
		}
		ctx.NewActionWithValue(ActionEdit, Document{Text: text, Format: e.format})
	})
}

// replace puts text in the editor as a new document and posts it at once;
// how says where it came from ("pasted", "opened"). The editor itself is
// drawn again only when a long text's summary comes or goes: otherwise its
// textarea already holds the text.
func (e *Editor) replace(ctx app.Context, text, format, how string) {
	focused := app.Window().Get("document").Get("activeElement").Get("id").String() == editorID
	if !e.show(text, how) {
		ctx.PreventUpdate()
	} else if e.big && focused { // the textarea hides: the focus goes to "Edit source"
		ctx.Defer(func(app.Context) { focusFirst(".bigtext button") })
	}
	e.gen++ // cancel a pending debounced parse
	e.format = format
	ctx.NewActionWithValue(ActionEdit, Document{Text: text, Format: format})
}

// onSample brings back the sample release.
func (e *Editor) onSample(ctx app.Context, ev app.Event) {
	e.replace(ctx, Sample, "", "")
}

// editorValue is the textarea's current text.
func editorValue() string {
	return app.Window().GetElementByID(editorID).Get("value").String()
}

// setEditorValue replaces the textarea's text.
func setEditorValue(s string) {
	if ta := app.Window().GetElementByID(editorID); ta.Truthy() {
		ta.Set("value", s)
	}
}

package ui

import (
	"fmt"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A long text is not put in the on-screen textarea until the user asks to
// edit it: the browser lays out all of a textarea's text at once, which for
// a megabyte holds the page for close to half a second. The Editor then
// shows a compact, labelled summary ("1.0 MB release pasted") with an "Edit
// source" button that opens the full textarea, and a "Clear" button. The
// text itself stays in the Document: it is parsed, saved and reloaded as
// any other.

// bigText is the text size, in bytes, from which the editor shows the
// summary instead of the text.
const bigText = 256 << 10

// bigTextID is the id of the summary's description.
const bigTextID = "release-text-summary"

// isBig reports whether text is long enough to be held back from the
// textarea.
func isBig(text string) bool { return len(text) > bigText }

// show puts text in the editor: in the textarea, or, for a long text, in
// the summary, the textarea then left empty and hidden. how says where the
// text came from ("pasted", "opened", "loaded"). It reports whether the
// editor must be drawn again, that is whether the summary came or went.
func (e *Editor) show(text, how string) (redraw bool) {
	was := e.big
	e.hold(text, how)
	if e.big {
		setEditorValue("")
	} else {
		setEditorValue(text)
	}
	return was || e.big
}

// hold notes whether text is long enough to be held back from the
// textarea and, if so, keeps it with its summary's headline, worked out
// once here rather than at every redraw (counting a megabyte's characters
// takes milliseconds in WebAssembly).
func (e *Editor) hold(text, how string) {
	e.big = isBig(text)
	e.held, e.heldTitle = "", ""
	if e.big {
		e.held, e.heldTitle = text, bigTextTitle(text, how)
	}
}

// summary draws the compact state that stands for a long text.
func (e *Editor) summary() app.UI {
	return app.Div().Class("bigtext").Role("group").Aria("label", "Release text").
		Aria("describedby", bigTextID).Body(
		app.P().ID(bigTextID).Class("bigtext-note").Body(
			app.Strong().Text(e.heldTitle),
			app.Text(" It is not shown here so that the page stays quick; the cleaned release is on the right. Paste here again to replace it."),
		),
		app.Div().Class("toolbar").Body(
			app.Button().Class("button").Text("Edit source").OnClick(e.onEditSource),
			app.Button().Class("button", "quiet").Text("Clear").OnClick(e.onClear),
		),
	)
}

// bigTextTitle is the summary's headline, such as "1.0 MB release pasted
// (1,048,576 characters).".
func bigTextTitle(text, how string) string {
	if how == "" {
		how = "loaded"
	}
	return fmt.Sprintf("%.1f MB release %s (%s characters).",
		float64(len(text))/(1<<20), how, groupDigits(utf8.RuneCountInString(text)))
}

// groupDigits writes n with a comma between groups of three digits.
func groupDigits(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// onEditSource opens the full textarea with the long text, laid out only
// now that the user asked for it, and moves the focus there.
func (e *Editor) onEditSource(ctx app.Context, ev app.Event) {
	text := e.held
	e.hold("", "")
	showEditor(text)
	if ta := app.Window().GetElementByID(editorID); ta.Truthy() {
		ta.Call("setSelectionRange", 0, 0)
	}
}

// onClear empties the source, as deleting all of the text would.
func (e *Editor) onClear(ctx app.Context, ev app.Event) {
	e.replace(ctx, "", "", "")
	showEditor("")
}

// showEditor shows the textarea, which the redraw under way would too,
// with text in it, and focuses it: at once, since an element still hidden
// cannot take the focus.
func showEditor(text string) {
	if ta := app.Window().GetElementByID(editorID); ta.Truthy() {
		ta.Set("hidden", false)
		ta.Set("value", text)
		ta.Call("focus")
	}
}

// focusFirst moves the focus to the first element matching the CSS
// selector, if there is one.
func focusFirst(selector string) {
	if el := app.Window().Get("document").Call("querySelector", selector); el.Truthy() {
		el.Call("focus")
	}
}

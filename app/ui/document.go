package ui

import (
	"errors"
	"fmt"
	"slices"

	"pressmark/app/annotate"
	"pressmark/parser"
)

// Document is what the user is working on: the source text as pasted, typed
// or opened, an optional format hint, and the removed stretches the user put
// back into the body. It is what persist.go stores.
type Document struct {
	Text     string   `json:"text"`
	Format   string   `json:"format,omitempty"` // "html", "markdown" or "text"; empty: detect
	Restored []string `json:"restored,omitempty"`
}

// options returns the parser options that reproduce the document's choices.
func (d Document) options() []parser.Option {
	return (&annotate.Document{Format: d.Format, Restored: d.Restored}).Options()
}

// parse runs the parser over the document, with extra options such as
// pacing. It is called from event handlers and actions only, never from
// Render.
func (d Document) parse(extra ...parser.Option) (*parser.Release, error) {
	return parser.ParseString(d.Text, append(d.options(), extra...)...)
}

// withRestored returns d with text added to the restored stretches.
func (d Document) withRestored(text string) Document {
	if slices.Contains(d.Restored, text) {
		return d
	}
	d.Restored = append(slices.Clip(d.Restored), text)
	return d
}

// withoutRestored returns d with text no longer restored.
func (d Document) withoutRestored(text string) Document {
	d.Restored = slices.DeleteFunc(slices.Clone(d.Restored), func(s string) bool { return s == text })
	return d
}

// parseMessage is the friendly message shown when the parser cannot use the
// input. The previous view stays on screen and the text stays in the editor.
func parseMessage(err error) string {
	switch {
	case errors.Is(err, parser.ErrEmpty):
		return "Nothing to clean up yet — paste, type or open a press release."
	case errors.Is(err, parser.ErrBinary):
		return "That does not look like text. Pressmark reads .txt, .md, .html and .eml files."
	case errors.Is(err, parser.ErrTooLarge):
		return fmt.Sprintf("That is too large to read here (the limit is %d MB). Try a shorter excerpt.", parser.DefaultMaxSize>>20)
	}
	return "Pressmark could not read this input: " + err.Error()
}

package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// storageKey is where the current document lives in the browser's local
// storage. The version suffix changes only if Document's JSON shape does.
const storageKey = "pressmark.current.v1"

// loadDocument reads the stored document. ok is false when none is stored.
// An unreadable entry is reported as an error and left in place, so that a
// later version of the app may still recover it.
func loadDocument(s app.BrowserStorage) (d Document, ok bool, err error) {
	if s == nil || !s.Contains(storageKey) {
		return Document{}, false, nil
	}
	if err := s.Get(storageKey, &d); err != nil {
		return Document{}, false, fmt.Errorf("reading the saved document: %w", err)
	}
	return d, true, nil
}

// saveDocument stores d, replacing the previous document. The error says
// why it failed, such as a full storage quota or a private window.
func saveDocument(s app.BrowserStorage, d Document) error {
	if s == nil {
		return nil
	}
	if err := s.Set(storageKey, d); err != nil {
		return fmt.Errorf("saving the document: %w", err)
	}
	return nil
}

// saveMessage tells the user that saving failed, and why.
func saveMessage(err error) string {
	return "Your work could not be saved in this browser (" + cause(err) + "). " +
		"It stays on screen until you leave the page: copy or download it to keep it."
}

// loadMessage tells the user that the saved document could not be read.
func loadMessage(err error) string {
	return "The saved document could not be read (" + cause(err) + "). The sample is shown instead."
}

// cause is the innermost reason of err, such as the browser's "The quota
// has been exceeded.", without the layers that wrapped it.
func cause(err error) string {
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			break
		}
		err = inner
	}
	return strings.TrimSuffix(strings.TrimPrefix(err.Error(), "JavaScript error: "), ".")
}

// saveDelay is how long after a change a long document is saved: after its
// view is drawn, so that writing it does not hold the view back.
const saveDelay = 500 * time.Millisecond

// save stores the current document, noting why it failed if it did.
func (c *Root) save(ctx app.Context) {
	c.savePending = false
	c.saveErr = ""
	if err := storeDocument(ctx.LocalStorage(), c.doc); err != nil {
		c.saveErr = saveMessage(err)
	}
}

// storeDocument stores d as saveDocument does, in the browser's local
// storage when there is one. There the browser encodes the JSON (the same
// as loadDocument reads): encoding a megabyte of text in Go's WebAssembly
// port holds the page for a tenth of a second, the browser's JSON.stringify
// for a few milliseconds.
func storeDocument(s app.BrowserStorage, d Document) (err error) {
	win := app.Window()
	if !app.IsClient || !win.Get("JSON").Truthy() {
		return saveDocument(s, d)
	}
	defer func() {
		if r := recover(); r != nil { // the browser threw, such as over a full quota
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("saving the document: %w", e)
		}
	}()
	v := map[string]any{"text": d.Text}
	if d.Format != "" {
		v["format"] = d.Format
	}
	if len(d.Restored) > 0 {
		restored := make([]any, len(d.Restored))
		for i, r := range d.Restored {
			restored[i] = r
		}
		v["restored"] = restored
	}
	win.Get("localStorage").Call("setItem", storageKey, win.Get("JSON").Call("stringify", v))
	return nil
}

// saveLater saves the current document once no change has come for
// saveDelay and no parse is running.
func (c *Root) saveLater(ctx app.Context) {
	c.savePending = true
	c.saveGen++
	gen := c.saveGen
	ctx.After(saveDelay, func(ctx app.Context) {
		switch {
		case gen != c.saveGen:
		case c.parsing:
			c.saveLater(ctx)
		default:
			c.save(ctx)
		}
	})
}

// saveOnHide saves a long document whose save is still put off
// (saveLater) when the page is hidden or unloaded (onPageHide): a reload or
// a closed tab a moment after a long paste would otherwise lose it.
func (c *Root) saveOnHide(ctx app.Context) {
	c.hideListeners = onPageHide(func() {
		if c.savePending {
			c.save(ctx)
		}
	})
}

package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// recoverJS stops a panic in a callback run by the browser — such as a
// JavaScript value of an unexpected type — from ending the whole program,
// and reports it on the console. Use it deferred.
func recoverJS(where string) {
	if r := recover(); r != nil {
		app.Window().Get("console").Call("error", fmt.Sprintf("pressmark: %s failed: %v", where, r))
	}
}

// Small bridges to browser APIs that go-app does not wrap. Natively (tests,
// server-side pre-rendering) app.Window returns inert values, so these do
// nothing there.

// then calls ok with a promise's value, or fail with its rejection reason,
// and releases both callbacks once either has run.
func then(p app.Value, ok, fail func(app.Value)) {
	if p == nil || !p.Truthy() {
		return
	}
	var okFn, failFn app.Func
	release := func() {
		okFn.Release()
		failFn.Release()
	}
	arg := func(args []app.Value) app.Value {
		if len(args) == 0 {
			return app.Undefined()
		}
		return args[0]
	}
	okFn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer recoverJS("a promise callback")
		release()
		if ok != nil {
			ok(arg(args))
		}
		return nil
	})
	failFn = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer recoverJS("a promise callback")
		release()
		if fail != nil {
			fail(arg(args))
		}
		return nil
	})
	p.Call("then", okFn, failFn)
}

// jsError describes a JavaScript error value for a message.
func jsError(v app.Value) string {
	if v == nil || !v.Truthy() {
		return "unknown error"
	}
	if m := v.Get("message"); m.Truthy() {
		return m.String()
	}
	return v.Call("toString").String()
}

// flash scrolls the element with the given id into view and highlights it
// briefly, so the eye finds it.
func flash(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"behavior": "smooth", "block": "center"})
	cl := el.Get("classList")
	cl.Call("remove", "flash")
	el.Get("offsetWidth") // restart the animation
	cl.Call("add", "flash")
}

// copyText writes s to the clipboard and reports the outcome to done. When
// the asynchronous Clipboard API is missing or refuses (an unfocused
// document, a denied permission), it falls back to a hidden textarea and
// the copy command.
func copyText(s string, done func(err string)) {
	cb := app.Window().Get("navigator").Get("clipboard")
	if !cb.Truthy() {
		done(copyFallback(s, "the clipboard is not available here"))
		return
	}
	then(cb.Call("writeText", s), func(app.Value) { done("") }, func(v app.Value) { done(copyFallback(s, jsError(v))) })
}

// copyFallback copies s with document.execCommand("copy") and returns ""
// on success, or cause when that fails too.
func copyFallback(s, cause string) string {
	doc := app.Window().Get("document")
	ta := doc.Call("createElement", "textarea")
	ta.Set("value", s)
	ta.Call("setAttribute", "readonly", "")
	ta.Call("setAttribute", "aria-hidden", "true")
	ta.Get("classList").Call("add", "visually-hidden")
	doc.Get("body").Call("appendChild", ta)
	ta.Call("select")
	ok := doc.Call("execCommand", "copy").Bool()
	ta.Call("remove")
	if ok {
		return ""
	}
	return strings.TrimRight(cause, ".")
}

// download offers s as a file with the given name and MIME type.
func download(s, name, mime string) {
	w := app.Window()
	blob := w.Get("Blob").New([]any{s}, map[string]any{"type": mime})
	u := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", u)
	a.Set("download", name)
	a.Set("rel", "noopener")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", u)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 1000)
}

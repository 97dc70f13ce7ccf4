package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// noticeTime is how long a message that is not an error stays on screen.
const noticeTime = 5 * time.Second

// Root is the whole page. It owns the current Document and the Release
// parsed from it, and lays out the editor, the cleaned view and the panels.
type Root struct {
	app.Compo

	doc     Document
	rel     *parser.Release
	seed    Document // the text last given to the editor; typing leaves it alone
	rev     int      // bumped when seed changes
	seq     int      // parse requests; only the latest one's result is shown
	parsing bool     // a long input is being parsed, paced (pacing.go)
	ready   bool     // the first parse has been rendered in the browser
	update  bool     // a new version of the app has been fetched
	// controlled is whether a service worker served this page: only then is
	// a newly activated worker an update rather than the first install.
	controlled bool

	notice  Notice // the latest parse error or message
	saveErr string // why the document could not be saved, if it could not
	saveGen int    // pending saves of a long document; only the latest one runs
	// savePending is whether a long document's save is put off; the
	// page's hide listeners save it should the page go first.
	savePending   bool
	hideListeners []listener
}

// OnInit shows the sample release, parsed at build time (sampleParse), so
// that the first screen shows a cleaned release.
func (c *Root) OnInit() {
	c.doc = Document{Text: Sample}
	c.seed = c.doc
	c.rel = sampleParse()
}

// OnMount restores the saved document, if any, and starts handling actions.
func (c *Root) OnMount(ctx app.Context) {
	ctx.Handle(ActionEdit, c.onEdit)
	ctx.Handle(ActionRestore, c.onRestore)
	ctx.Handle(ActionUnrestore, c.onUnrestore)
	ctx.Handle(ActionNotify, c.onNotify)
	c.saveOnHide(ctx)
	gcAfterStart(ctx)
	warmParser(ctx)
	ctx.Handle(ActionOpen, c.onOpen)
	c.controlled = app.Window().Get("navigator").Get("serviceWorker").Get("controller").Truthy()
	c.update = c.controlled && ctx.AppUpdateAvailable()

	d, ok, err := loadDocument(ctx.LocalStorage())
	if err != nil {
		c.notice = Notice{Text: loadMessage(err), Error: true}
	}
	if !ok || d.Text == "" && len(d.Restored) == 0 {
		c.ready = app.IsClient
		c.markReadyNow(ctx)
		doc, rel := c.doc, c.rel
		ctx.Defer(func(ctx app.Context) { c.announceParsed(ctx, doc, rel) })
		return
	}
	c.doc, c.seed = d, d
	c.rev++
	c.reparse(ctx)
}

// markReadyNow sets data-ready="true" on the page as soon as every
// component's OnMount has run, when the page already shows the release it
// is ready with (the sample, drawn as the tree was mounted). go-app
// dispatches each component's OnMount as it mounts it, parents first, so a
// dispatch made from Root's comes after all of them: then every handler
// is registered. Render sets the same attribute in go-app's next frame,
// which came 8–44 ms later and changed nothing the user sees.
func (c *Root) markReadyNow(ctx app.Context) {
	ctx.Dispatch(func(ctx app.Context) {
		if v := c.JSValue(); c.ready && v != nil && v.Truthy() {
			v.Call("setAttribute", "data-ready", "true")
			markStartup("ready")
		}
	})
}

// OnDismount removes the page's hide listeners.
func (c *Root) OnDismount() {
	for _, l := range c.hideListeners {
		l.target.Call("removeEventListener", l.event, l.fn)
		l.fn.Release()
	}
	c.hideListeners = nil
}

// OnAppUpdate shows the "new version available" notice, unless the page
// was not served by a service worker: then the worker that just activated is
// the first one, and the page is already the newest version.
func (c *Root) OnAppUpdate(ctx app.Context) {
	c.update = c.controlled && ctx.AppUpdateAvailable()
}

func (c *Root) onEdit(ctx app.Context, a app.Action) {
	d, ok := a.Value.(Document)
	if !ok {
		return
	}
	c.doc.Text, c.doc.Format = d.Text, d.Format
	c.changed(ctx)
}

func (c *Root) onRestore(ctx app.Context, a app.Action) {
	if text, ok := a.Value.(string); ok {
		c.doc = c.doc.withRestored(text)
		c.changed(ctx)
	}
}

func (c *Root) onUnrestore(ctx app.Context, a app.Action) {
	if text, ok := a.Value.(string); ok {
		c.doc = c.doc.withoutRestored(text)
		c.changed(ctx)
	}
}

// onNotify shows a notice. A message that is not an error fades after a
// few seconds, unless another notice replaced it first.
func (c *Root) onNotify(ctx app.Context, a app.Action) {
	n, ok := a.Value.(Notice)
	if !ok {
		return
	}
	c.notice = n
	if !n.Error {
		ctx.After(noticeTime, func(ctx app.Context) {
			if c.notice == n {
				c.notice = Notice{}
			}
		})
	}
}

// changed saves the document and parses it again. A long document is
// saved once its view is drawn (persist.go).
func (c *Root) changed(ctx app.Context) {
	c.saveErr = ""
	if len(c.doc.Text) < pacedInput {
		c.save(ctx)
	} else {
		c.saveLater(ctx)
	}
	c.reparse(ctx)
}

// reparse parses the document and shows the result when it is still the
// latest request. A short input is parsed at once; a long one off the event
// handler, in slices that let the browser paint "Parsing… n%" and handle
// input in between (pacing.go).
func (c *Root) reparse(ctx app.Context) {
	c.seq++
	seq, doc := c.seq, c.doc
	c.parsing = len(doc.Text) >= pacedInput
	opts := parseOptions(ctx, doc)
	if !c.parsing { // short: parse at once, so the view is drawn in the update this change began
		rel, err := doc.parse(opts...)
		c.show(seq, rel, err)
		c.announceParsed(ctx, doc, rel)
		return
	}
	ctx.Async(func() {
		waitForPaint() // "Parsing…" shows before the parse begins, in a task of its own
		rel, err := doc.parse(opts...)
		ctx.Dispatch(func(ctx app.Context) {
			c.show(seq, rel, err)
			afterDraw(ctx, func(ctx app.Context) { c.announceParsed(ctx, doc, rel) })
		})
	})
}

// show applies a parse result. On error the previous view stays.
func (c *Root) show(seq int, rel *parser.Release, err error) {
	if seq != c.seq {
		return
	}
	c.parsing = false
	c.ready = app.IsClient
	if err != nil {
		c.notice = Notice{Text: parseMessage(err), Error: true}
		return
	}
	c.rel = rel
	if c.notice.Error || c.notice.Warning { // the input is usable again
		c.notice = Notice{}
	}
	if len(rel.Warnings) > 0 {
		msgs := make([]string, len(rel.Warnings))
		for i, w := range rel.Warnings {
			msgs[i] = w.Message
		}
		c.notice = Notice{Text: "Note: " + strings.Join(msgs, "; ") + ".", Warning: true}
	}
}

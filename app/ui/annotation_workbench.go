package ui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
	"pressmark/app/store"
	"pressmark/parser"
)

// Workbench is the annotation side of the app: it keeps the library of
// documents and their annotations, saves every change at once, and draws
// the selection toolbar, the "Annotations" aside (with orphans and
// suggestions), the label editor and the library.
//
// Root tells it which release is shown (StateParsed); it tells the
// cleaned view what to highlight (StateMarks) and Root what to open
// (ActionOpen). It never parses.
type Workbench struct {
	app.Compo

	lib     *annotate.Library
	hist    annotate.History
	writer  *store.Writer
	loaded  bool
	parsed  Parsed          // the release Root shows (StateParsed)
	pending *Parsed         // the latest release announced before the library loaded
	rel     *parser.Release // the release shown, when it is the current document's

	sel       selection // the text selected in the cleaned view, once it rests
	selGen    int       // selection changes seen, to act on the latest only
	commenter bool      // the comment box of the toolbar is open
	lastLabel string    // the label applied last, for "c"

	filter, query string // the list's label filter and search
	listLimit     int    // how many of the list to draw; 0 for listPage
	editing       string // the annotation being edited in the list
	editLabel     string // its label and comment in the editor
	editComment   string
	picking       []string // overlapping annotations under a click
	libQuery      string
	renaming      string // the document being renamed
	notice        string // the latest message, such as how a re-anchoring went
	storeErr      string // why changes are not being saved, if they are not
	loadErr       string // records that could not be read

	listeners []annoListener

	// gen counts changes of the library (publish follows each); the
	// current document's attached annotations are kept for one generation.
	gen          int
	attachedOf   *annotate.Document
	attachedLib  *annotate.Library
	attachedGen  int
	attachedList []annotate.Annotation
	suggestFor   suggestKey // and its suggestions
	suggestList  []annotate.Suggestion
	suggestRel   *parser.Release // the release whose suggestions are drawn (suggestAfterPaint)

	// shownMarks are the marks last handed to the cleaned view
	// (StateMarks); marksSeq counts publications, so that one put off
	// until after a frame is dropped when a newer one came first.
	shownMarks Marks
	marksSeq   int

	// Timings of the last add and re-anchoring, in milliseconds, shown as
	// data attributes for the browser tests' figures.
	addMS, reanchorMS float64
	reanchors         int // re-anchorings done, so a test can wait for the next
}

// OnInit starts with an empty library, so that the pre-rendered page draws
// the panels.
func (w *Workbench) OnInit() {
	w.lib = annotate.NewLibrary()
}

// OnMount loads the library, installs the annotation styles and listens
// for selections and keys.
func (w *Workbench) OnMount(ctx app.Context) {
	ctx.ObserveState(StateParsed, &w.parsed).OnChange(func() { w.onParsed(ctx) })
	if w.parsed.Release != nil {
		w.onParsed(ctx)
	}
	ctx.Handle(ActionPick, w.onPick)
	ctx.Handle(actionItem, w.onItem)
	w.listen(ctx)
	w.listenMarkClicks(ctx)
	w.keepUnsaved(ctx)
	installStyles(w.lib.Labels)
	ctx.Async(func() {
		s, openErr := store.Open()
		var j store.Journal
		if openErr == nil { // kept for a visit that can write them to the store
			j = store.OpenJournal()
		}
		lib, skipped, err := store.Load(s, j)
		ctx.Dispatch(func(ctx app.Context) { w.onLoaded(ctx, s, j, lib, skipped, openErr, err) })
	})
}

// OnDismount stops listening.
func (w *Workbench) OnDismount() {
	for _, l := range w.listeners {
		l.release()
	}
	w.listeners = nil
}

func (w *Workbench) onLoaded(ctx app.Context, s store.Store, j store.Journal, lib *annotate.Library, skipped []error, openErr, err error) {
	if err != nil {
		openErr, s, j = err, &store.Memory{}, nil
	}
	if lib != nil {
		w.lib = lib
		w.gen++
	}
	if openErr != nil {
		w.storeErr = "Your annotations cannot be saved in this browser (" + openErr.Error() + "). They stay here until you close the tab: export them to keep them."
	}
	if len(skipped) > 0 {
		w.loadErr = "Some saved records could not be read and were left untouched: " + skipped[0].Error()
	}
	w.writer = store.NewWriter(s, j, func(err error) {
		ctx.Dispatch(func(ctx app.Context) { w.onSaveResult(err) })
	})
	w.loaded = true
	installStyles(w.lib.Labels)
	if w.pending != nil {
		p := *w.pending
		w.pending = nil
		w.sync(ctx, p)
	}
}

func (w *Workbench) onSaveResult(err error) {
	if err == nil {
		w.storeErr = ""
		return
	}
	w.storeErr = "Your latest change could not be saved (" + err.Error() + "). It is kept here: export your work to keep it."
}

// onParsed follows the release Root shows.
func (w *Workbench) onParsed(ctx app.Context) {
	p := w.parsed
	if p.Release == nil {
		return
	}
	if !w.loaded {
		w.pending = &p
		return
	}
	w.sync(ctx, p)
	// The new view is what the user waits for: sync handed it its
	// highlights; the workbench itself (list, library, labels) is drawn
	// once the frame that shows the view is on screen, not in the same
	// update.
	ctx.PreventUpdate()
	afterPaint(ctx, func(ctx app.Context) { ctx.Update() })
}

// now is the clock, replaceable in tests.
var now = time.Now

// Render draws the toolbar and the panels.
func (w *Workbench) Render() app.UI {
	if w.lib == nil {
		w.lib = annotate.NewLibrary() // drawn before OnInit, as in some tests
	}
	return app.Div().Class("workbench").
		DataSet("add-ms", fmt.Sprintf("%.2f", w.addMS)).DataSet("reanchor-ms", fmt.Sprintf("%.2f", w.reanchorMS)).DataSet("reanchors", w.reanchors).Body(
		w.renderStatus(),
		w.renderToolbar(),
		w.renderPicker(),
		w.renderAnnotations(),
		w.renderSuggestions(),
		w.renderLibrary(),
		w.renderLabels(),
	)
}

// renderStatus shows storage trouble and the latest message.
func (w *Workbench) renderStatus() app.UI {
	var items []app.UI
	for _, e := range []string{w.storeErr, w.loadErr} {
		if e != "" {
			items = append(items, app.P().Class("notice", "error").Text(e))
		}
	}
	if w.notice != "" {
		items = append(items, app.P().Class("notice", "info").Text(w.notice))
	}
	return app.Div().Class("anno-status").Role("status").Aria("live", "polite").Body(items...)
}

// offIf disables b when off is true. (An HTML disabled attribute disables
// even when it says "false", so it is set only when needed.)
func offIf(b app.HTMLButton, off bool) app.HTMLButton {
	if off {
		return b.Disabled(true)
	}
	return b
}

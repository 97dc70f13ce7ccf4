package ui

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// Article is the cleaned view: the page's only <article>, with the title as
// its <h1>, the metadata card and the body blocks.
type Article struct {
	app.Compo

	// Release is what to draw; nil before anything could be parsed.
	Release *parser.Release
	// Busy dims the view while a large input is being parsed.
	Busy bool

	marks Marks // annotation highlights, published under StateMarks

	shown    int             // body blocks drawn so far
	shownFor *parser.Release // the release shown counts for
}

// A release of up to firstWindow blocks is drawn at once. A longer one is
// drawn a chunk (blockchunk.go) at a time, growPause apart: its first chunk,
// a few screens, appears at once, and the page stays responsive while the
// rest is drawn, each step mounting one new chunk.
const (
	firstWindow = chunkSize
	growStep    = chunkSize
	growPause   = 20 * time.Millisecond
)

// OnInit draws the first release whole, as the pre-rendered page does.
func (a *Article) OnInit() {
	a.shownFor, a.shown = a.Release, a.total()
}

// OnUpdate starts drawing a new release from its first window.
func (a *Article) OnUpdate(ctx app.Context) {
	if a.Release == a.shownFor {
		return
	}
	a.shownFor = a.Release
	a.shown = a.total()
	if a.shown > firstWindow {
		a.shown = chunkEnd(a.Release.Blocks, 0)
	}
	a.grow(ctx, a.Release)
}

// grow draws the next chunk of r's blocks after a pause, until all are
// drawn or another release replaced r. Each step starts in a browser task
// of its own (yieldToBrowser), never at the end of other work that ran
// past the pause.
func (a *Article) grow(ctx app.Context, r *parser.Release) {
	if a.shown >= a.total() {
		return
	}
	ctx.Async(func() {
		time.Sleep(growPause)
		yieldToBrowser()
		ctx.Dispatch(func(ctx app.Context) {
			if a.Release != r {
				return
			}
			a.shown = chunkEnd(r.Blocks, a.shown)
			a.grow(ctx, r)
		})
	})
}

func (a *Article) total() int {
	if a.Release == nil {
		return 0
	}
	return len(a.Release.Blocks)
}

// OnMount lets entity suggestions scroll the view to their place.
func (a *Article) OnMount(ctx app.Context) {
	ctx.Handle(ActionFocusEntity, a.onFocusEntity)
	ctx.ObserveState(StateMarks, &a.marks)
}

// Render draws the release.
func (a *Article) Render() app.UI {
	art := app.Article().ID(releaseID).Class("release").Aria("busy", a.Busy).TabIndex(0) // focusable: arrows select text (annotation_keys.go)
	r := a.Release
	if r == nil {
		return art.Aria("label", "Cleaned release").Body(app.P().Class("empty").Text("Paste a press release in the editor to see it cleaned up here."))
	}
	art = art.Aria("labelledby", titleID) // focusable, so it needs a name: its title
	title := app.H1().ID(titleID).DataSet("start", 0).DataSet("end", utf8.RuneCountInString(r.Title))
	if r.Title == "" {
		title = title.Class("untitled").Text("Untitled release")
	} else {
		title = title.Body(markedText(r.Title, 0, a.marks.For(r.Text))...)
	}
	return art.Body(
		app.Header().Class("release-head").Body(
			title,
			app.If(r.Subtitle != "", func() app.UI { return app.P().Class("subtitle").Text(r.Subtitle) }),
			metaCard(r),
		),
		app.Div().Class("release-body").Body(a.body(r)...),
		app.If(a.shown < len(r.Blocks), func() app.UI {
			return app.P().Class("more").Textf("Drawing the rest of this long release… (%d of %d blocks)", a.shown, len(r.Blocks))
		}),
	)
}

// onFocusEntity scrolls to the block holding an entity and flashes it.
func (a *Article) onFocusEntity(ctx app.Context, act app.Action) {
	e, ok := act.Value.(parser.Entity)
	if !ok || a.Release == nil {
		return
	}
	i := blockAt(a.Release.Blocks, e.Start)
	if i < 0 {
		return
	}
	if i >= a.shown { // not drawn yet: draw everything, then flash
		a.shown = a.total()
		ctx.Defer(func(app.Context) { flash(blockID(i)) })
		return
	}
	ctx.PreventUpdate()
	flash(blockID(i))
}

// blockAt returns the index of the block whose text holds code point offset
// off of Release.Text, or -1.
func blockAt(blocks []parser.Block, off int) int {
	for i, b := range blocks {
		if off >= b.Start && off < b.End {
			return i
		}
	}
	return -1
}

// blockID is the id of the element drawing Release.Blocks[i].
func blockID(i int) string { return "b" + strconv.Itoa(i) }

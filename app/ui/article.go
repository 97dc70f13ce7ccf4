package ui

import (
	"strconv"
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
}

// OnMount lets entity suggestions scroll the view to their place.
func (a *Article) OnMount(ctx app.Context) {
	ctx.Handle(ActionFocusEntity, a.onFocusEntity)
	ctx.ObserveState(StateMarks, &a.marks)
}

// Render draws the release.
func (a *Article) Render() app.UI {
	art := app.Article().Class("release").Aria("busy", a.Busy)
	r := a.Release
	if r == nil {
		return art.Body(app.P().Class("empty").Text("Paste a press release in the editor to see it cleaned up here."))
	}
	title := app.H1().DataSet("start", 0).DataSet("end", utf8.RuneCountInString(r.Title))
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
		app.Div().Class("release-body").Body(bodyBlocks(r.Blocks, a.marks.For(r.Text)...)...),
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

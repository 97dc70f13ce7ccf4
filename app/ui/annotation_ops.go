package ui

import (
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// sync brings the library in line with the release Root shows: the
// document with the same source becomes current; an edit of the current
// document updates it and re-anchors its annotations; anything else — a new
// paste — becomes a new document. Source changes are not on the undo
// stack (the editor has its own); since they move annotations, they clear
// it.
func (w *Workbench) sync(ctx app.Context, p Parsed) {
	src, rel, t := p.Doc, p.Release, now()
	target := w.lib.Current()
	if target == nil || target.Source != src.Text {
		target = nil
		for _, d := range w.lib.Documents {
			if d.Source == src.Text {
				target = d
				break
			}
		}
	}
	if cur := w.lib.Current(); target == nil && cur != nil && isEdit(cur.Source, src.Text) {
		target = cur
	}
	var changes []annotate.Change
	switch {
	case target == nil:
		d := annotate.NewDocument(src.Text, src.Format, src.Restored, rel, t)
		changes = append(changes, w.lib.AddDocument(d, t))
		target = d
	case target.Source != src.Text || target.Text != rel.Text || target.Format != src.Format || !slices.Equal(target.Restored, src.Restored):
		start := perfNow()
		c, rep, err := w.lib.UpdateSource(target.ID, src.Text, src.Format, src.Restored, rel, t)
		if err != nil {
			w.notice = err.Error()
			return
		}
		w.reanchorMS = perfNow() - start
		w.reanchors++
		changes = append(changes, c)
		if c.DocBefore.Text != c.DocAfter.Text {
			w.hist = annotate.History{}
			w.notice = reanchorNotice(rep)
		}
	}
	var h annotate.History // not the user's undo stack
	if err := h.Do(w.lib, changes...); err != nil {
		w.notice = err.Error()
		return
	}
	// The changes are saved once the new view is on screen, as do saves
	// the user's: encoding the document is no part of drawing it.
	meta := w.lib.CurrentID != target.ID
	w.lib.CurrentID = target.ID
	afterPaint(ctx, func(app.Context) {
		w.save(changes)
		if meta {
			w.saveMeta()
		}
	})
	w.rel = rel
	w.suggestAfterPaint(ctx)
	w.publish(ctx)
}

// isEdit reports whether next looks like an edit of prev rather than
// another release: at least half of the three-word sequences of the
// shorter text also occur in the longer one (two unrelated releases share
// a few at most), or, for texts too short to tell, together the text they
// start with and the text they end with make up half the shorter one.
func isEdit(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	if shared, n := shingleOverlap(prev, next); n >= 8 { // bigtext_shingles.go
		return 2*shared >= n
	}
	n := min(len(prev), len(next))
	p := 0
	for p < n && prev[p] == next[p] {
		p++
	}
	s := 0
	for s < n-p && prev[len(prev)-1-s] == next[len(next)-1-s] {
		s++
	}
	return 2*(p+s) >= n
}

func reanchorNotice(r annotate.Report) string {
	switch {
	case r.Orphaned > 0:
		return fmt.Sprintf("The text changed: %d annotations moved, %d lost their place (see Orphans).", r.Moved(), r.Orphaned)
	case r.Moved() > 0:
		return fmt.Sprintf("The text changed: %d annotations moved with it.", r.Moved())
	}
	return ""
}

// do applies changes as one undoable step, redraws, and saves them once
// the redraw is on screen (publish paints the changed blocks at once, so
// the frame after this task shows them; the save, even encoding only
// what changed, need not come first).
func (w *Workbench) do(ctx app.Context, changes ...annotate.Change) bool {
	if err := w.hist.Do(w.lib, changes...); err != nil {
		w.notice = err.Error()
		return false
	}
	afterPaint(ctx, func(app.Context) { w.save(changes) })
	w.followAttached(changes)
	w.publish(ctx)
	return true
}

func (w *Workbench) undo(ctx app.Context) {
	if applied, ok := w.hist.Undo(w.lib); ok {
		w.save(applied)
		w.followAttached(applied)
		w.publish(ctx)
		w.notice = "Undone."
	}
}

func (w *Workbench) redo(ctx app.Context) {
	if applied, ok := w.hist.Redo(w.lib); ok {
		w.save(applied)
		w.followAttached(applied)
		w.publish(ctx)
		w.notice = "Redone."
	}
}

// save writes what changes touched, in the background.
func (w *Workbench) save(changes []annotate.Change) {
	if w.writer == nil {
		return
	}
	w.writer.SaveChanges(w.lib, changes)
	for _, c := range changes {
		if c.LabelsAfter != nil {
			installStyles(w.lib.Labels)
			break
		}
	}
}

// saveMeta writes the settings (labels, current document) in the
// background, once the store is open.
func (w *Workbench) saveMeta() {
	if w.writer != nil {
		w.writer.SaveMeta(w.lib)
	}
}

// publish hands the current document's highlights to the cleaned view.
func (w *Workbench) publish(ctx app.Context) {
	cur := w.lib.Current()
	w.gen++
	if cur == nil {
		w.setMarks(ctx, Marks{})
		return
	}
	att := w.attached(cur)
	items := make([]Mark, len(att))
	for i, a := range att {
		items[i] = Mark{ID: a.ID, Start: a.Selector.Start, End: a.Selector.End, LabelID: a.LabelID, Label: w.lib.Labels.Name(a.LabelID), Comment: a.Comment}
	}
	m := Marks{Text: cur.Text, Items: items}
	if w.rel == nil || w.rel.Text != cur.Text {
		w.setMarks(ctx, m)
		return
	}
	// The blocks whose highlights changed are repainted now, in the task
	// of the key press or click. When that is all the view has to show,
	// the view's own state (StateMarks) follows once the frame is on
	// screen: go-app would otherwise redraw the article, and the app
	// around it, before that frame.
	painted := paintBlockMarks(w.rel.Blocks, marksByBlock(w.rel.Blocks, items))
	if painted == 0 || !w.paintSuffices(m) {
		w.setMarks(ctx, m)
		return
	}
	w.marksSeq++
	seq := w.marksSeq
	afterPaint(ctx, func(ctx app.Context) {
		if seq == w.marksSeq { // no newer marks were published meanwhile
			w.setMarks(ctx, m)
		}
	})
}

// setMarks publishes m as StateMarks now.
func (w *Workbench) setMarks(ctx app.Context, m Marks) {
	w.marksSeq++
	w.shownMarks = m
	ctx.SetState(StateMarks, m)
}

// paintSuffices reports whether repainting the changed blocks shows m in
// full, given the marks the view was last handed: the same text, marks
// before and after (so every block is a markedBlock already), and the
// same marks on the title, which the article draws itself.
func (w *Workbench) paintSuffices(m Marks) bool {
	old := w.shownMarks
	if old.Text != m.Text || len(old.Items) == 0 || len(m.Items) == 0 || w.rel == nil {
		return false
	}
	end := utf8.RuneCountInString(w.rel.Title)
	return slices.Equal(marksBefore(old.Items, end), marksBefore(m.Items, end))
}

// marksBefore returns the marks, sorted by start, that start before end.
func marksBefore(items []Mark, end int) []Mark {
	i := sort.Search(len(items), func(i int) bool { return items[i].Start >= end })
	return items[:i]
}

// attached returns cur.Attached(), computed once per change: publish,
// which follows every change of the library, starts a new generation.
// The list and the highlights both need it after every change, and with
// thousands of annotations listing and sorting them is not free.
func (w *Workbench) attached(cur *annotate.Document) []annotate.Annotation {
	if w.attachedOf != cur || w.attachedGen != w.gen || w.attachedLib != w.lib {
		w.attachedOf, w.attachedGen, w.attachedLib = cur, w.gen, w.lib
		w.attachedList = cur.Attached()
	}
	return w.attachedList
}

// followAttached brings the current document's attached annotations, as
// attached computed them, up to date with changes just applied, when they
// are annotations added, deleted or edited in place: publish, which
// follows, then finds them listed and in order instead of listing and
// sorting thousands again after each key press.
func (w *Workbench) followAttached(changes []annotate.Change) {
	cur := w.lib.Current()
	if cur == nil || w.attachedOf != cur || w.attachedLib != w.lib || w.attachedGen != w.gen {
		return
	}
	if list, ok := annotate.UpdateAttached(w.attachedList, cur.ID, changes); ok {
		w.attachedList = list
		w.attachedGen = w.gen + 1 // the generation publish starts
	}
}

// current returns the current document when the view shows its text.
func (w *Workbench) current() *annotate.Document {
	cur := w.lib.Current()
	if cur == nil || w.rel == nil || w.rel.Text != cur.Text {
		return nil
	}
	return cur
}

// applyLabel labels the selection.
func (w *Workbench) applyLabel(ctx app.Context, labelID, comment string) {
	cur := w.current()
	sel := w.selected()
	if cur == nil || !sel.OK {
		return
	}
	start := perfNow()
	c, err := w.lib.AddAnnotation(cur.ID, sel.Start, sel.End, labelID, comment, now())
	if err != nil {
		w.notice = err.Error()
		return
	}
	// The selection goes before the highlight is painted: removed after,
	// it made the browser lay out the repainted block at once, in this
	// task (3–4 ms of each add on the figure release).
	clearSelection()
	if w.do(ctx, c) {
		w.addMS = perfNow() - start
		w.lastLabel = labelID
		w.notice = ""
		// The new highlight is what the user waits for: publish painted
		// it into its block already, in this task; the workbench (list,
		// count, toolbar) follows once that frame is on screen. The
		// timing is shown at once.
		ctx.PreventUpdate()
		showAddMS(w.addMS)
		afterPaint(ctx, func(ctx app.Context) { ctx.Update() })
	}
	w.sel, w.commenter = selection{}, false
}

// clearSelection removes the page's selection.
func clearSelection() {
	if s := app.Window().Call("getSelection"); s.Truthy() {
		s.Call("removeAllRanges")
	}
}

// showAddMS writes the time of the latest add into the workbench's
// data-add-ms before the workbench redraws (Render writes the same).
func showAddMS(ms float64) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	if el := doc.Call("querySelector", ".workbench"); el.Truthy() {
		el.Get("dataset").Set("addMs", fmt.Sprintf("%.2f", ms))
	}
}

// perfNow is performance.now() in milliseconds, or 0 outside a browser.
func perfNow() float64 {
	p := app.Window().Get("performance")
	if !p.Truthy() {
		return 0
	}
	return p.Call("now").Float()
}

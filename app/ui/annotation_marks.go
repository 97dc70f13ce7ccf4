package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// StateMarks is the go-app state under which the annotation workbench
// publishes the highlights of the current document, as Marks. The cleaned
// view observes it and draws them.
const StateMarks = "pressmark/marks"

// ActionPick carries the IDs ([]string) of the annotations under a click
// on a highlight, innermost first. The workbench handles it: it selects the
// one annotation, or lets the user pick when several overlap.
const ActionPick = "pressmark/pick"

// Mark is one annotation to highlight: its code-point range in
// Release.Text, its label and its comment.
type Mark struct {
	ID      string
	Start   int
	End     int
	LabelID string
	Label   string // the label's name
	Comment string
}

// Marks are the highlights of one cleaned text.
type Marks struct {
	Text  string // the Release.Text the offsets point into
	Items []Mark // sorted by start, longer first
}

// For returns the marks when they belong to text, and nil otherwise (the
// view is showing another release, or a newer parse of this one).
func (m Marks) For(text string) []Mark {
	if m.Text != text {
		return nil
	}
	return m.Items
}

// describe is a mark's accessible description: "Label: comment".
func (m Mark) describe() string {
	if c := strings.TrimSpace(m.Comment); c != "" {
		return m.Label + ": " + c
	}
	return m.Label
}

// markedText draws text that starts at code point start of Release.Text,
// with the marks that overlap it.
func markedText(text string, start int, marks []Mark) []app.UI {
	return markRuns(start, []run{{Text: text}}, marks)
}

// markRuns draws a block's runs (plain text and links) that start at code
// point start of Release.Text, wrapping each stretch covered by
// annotations in nested <mark> elements, outermost the annotation that
// starts first. Without marks on the block it draws the runs as runElems
// does, so the view is unchanged.
func markRuns(start int, runs []run, marks []Mark) []app.UI {
	end := start
	for _, r := range runs {
		end += utf8.RuneCountInString(r.Text)
	}
	var here []Mark
	for _, m := range marks {
		if m.Start < end && m.End > start {
			here = append(here, m)
		}
	}
	if len(here) == 0 {
		return runElems(runs)
	}
	sort.SliceStable(here, func(i, j int) bool {
		if here[i].Start != here[j].Start {
			return here[i].Start < here[j].Start
		}
		return here[i].End > here[j].End
	})
	first := map[string]bool{} // annotations whose first piece is drawn
	var out []app.UI
	pos := start
	for _, r := range runs {
		rs := []rune(r.Text)
		rEnd := pos + len(rs)
		cuts := []int{pos, rEnd}
		for _, m := range here {
			if m.Start > pos && m.Start < rEnd {
				cuts = append(cuts, m.Start)
			}
			if m.End > pos && m.End < rEnd {
				cuts = append(cuts, m.End)
			}
		}
		sort.Ints(cuts)
		for i := 0; i+1 < len(cuts); i++ {
			p, q := cuts[i], cuts[i+1]
			if p == q {
				continue
			}
			piece := string(rs[p-pos : q-pos])
			var node app.UI = app.Text(piece)
			if r.URL != "" {
				node = safeLink(r.URL, piece)
			}
			out = append(out, wrapMarks(node, p, q, here, first))
		}
		pos = rEnd
	}
	return out
}

// wrapMarks nests node in a <mark> for each annotation covering [p, q).
func wrapMarks(node app.UI, p, q int, marks []Mark, first map[string]bool) app.UI {
	var cover []Mark
	for _, m := range marks {
		if m.Start <= p && m.End >= q {
			cover = append(cover, m)
		}
	}
	if len(cover) == 0 {
		return node
	}
	for i := len(cover) - 1; i >= 0; i-- {
		m := cover[i]
		el := app.Mark().Class("anno").DataSet("id", m.ID).DataSet("label", m.LabelID).
			DataSet("start", p).DataSet("depth", len(cover)-1-i).Title(m.describe())
		if !first[m.ID] {
			first[m.ID] = true
			el = el.ID(markID(m.ID))
		}
		node = el.Body(node) // clicks: listenMarkClicks
	}
	return node
}

// markID is the element id of an annotation's first highlighted piece.
func markID(annotationID string) string { return "m-" + annotationID }

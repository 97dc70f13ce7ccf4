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
// does, so the view is unchanged. (markedNodes builds the same nodes.)
func markRuns(start int, runs []run, marks []Mark) []app.UI {
	pieces, ok := markPieces(start, runs, marks)
	if !ok {
		return runElems(runs)
	}
	out := make([]app.UI, len(pieces))
	for i, pc := range pieces {
		var node app.UI = app.Text(pc.Text)
		if pc.URL != "" {
			node = safeLink(pc.URL, pc.Text)
		}
		for j := len(pc.Cover) - 1; j >= 0; j-- {
			m := pc.Cover[j]
			el := app.Mark().Class("anno").DataSet("id", m.ID).DataSet("label", m.LabelID).
				DataSet("start", pc.Start).DataSet("depth", len(pc.Cover)-1-j).Title(m.describe())
			if pc.First[j] {
				el = el.ID(markID(m.ID))
			}
			node = el.Body(node) // clicks: listenMarkClicks
		}
		out[i] = node
	}
	return out
}

// markPiece is a stretch of a block's text between two places where a
// mark or a run starts or ends: its text, its link (if any), where it
// starts in Release.Text, and the marks covering it, outermost first.
// First[j] tells whether the piece is Cover[j]'s first, the one that
// carries the mark's element id.
type markPiece struct {
	Text, URL string
	Start     int
	Cover     []Mark
	First     []bool
}

// markPieces cuts runs, which start at code point start of Release.Text,
// into the pieces the marks overlapping them call for. ok is false when no
// mark overlaps the runs.
func markPieces(start int, runs []run, marks []Mark) (pieces []markPiece, ok bool) {
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
		return nil, false
	}
	sort.SliceStable(here, func(i, j int) bool {
		if here[i].Start != here[j].Start {
			return here[i].Start < here[j].Start
		}
		return here[i].End > here[j].End
	})
	first := map[string]bool{} // annotations whose first piece is cut
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
			pc := markPiece{Text: string(rs[p-pos : q-pos]), URL: r.URL, Start: p}
			for _, m := range here {
				if m.Start <= p && m.End >= q {
					pc.Cover = append(pc.Cover, m)
					pc.First = append(pc.First, !first[m.ID])
					first[m.ID] = true
				}
			}
			pieces = append(pieces, pc)
		}
		pos = rEnd
	}
	return pieces, true
}

// markID is the element id of an annotation's first highlighted piece.
func markID(annotationID string) string { return "m-" + annotationID }

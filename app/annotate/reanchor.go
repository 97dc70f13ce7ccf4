package annotate

import (
	"sort"
	"unicode/utf8"
)

// Report counts how a Reanchor placed each annotation.
type Report struct {
	Position   int `json:"position"`   // unchanged position
	Quote      int `json:"quote"`      // found by exact quote
	Fuzzy      int `json:"fuzzy"`      // found by approximate match
	Orphaned   int `json:"orphaned"`   // could not be placed (including ones already orphaned)
	Reattached int `json:"reattached"` // orphans that found their place again
}

// Moved reports how many annotations changed position or quote.
func (r Report) Moved() int { return r.Quote + r.Fuzzy }

// Reanchor places annots in text, the new cleaned text of their release,
// and returns them in a new slice (annots is not modified) with a report.
//
// Annotations are placed in the order of their old positions. Exact
// position and exact quote come first for all; an annotation that needs a
// fuzzy search expects to start at its old offset shifted by as much as its
// nearest placed neighbour moved, so a search stays local after an
// insertion or deletion elsewhere. Annotations that are not found are
// marked Orphan with their selectors kept; orphans are tried again, and are
// re-attached when found.
func Reanchor(text string, annots []Annotation) ([]Annotation, Report) {
	an := NewAnchorer(text)
	out := append([]Annotation(nil), annots...)
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		return out[order[i]].Selector.Start < out[order[j]].Selector.Start
	})

	var rep Report
	placed := make([]bool, len(out))
	shift := make([]int, len(out)) // by order index; valid when placed
	delta := 0
	var pending []int // order indices left for fuzzy search
	for k, i := range order {
		a := &out[i]
		s := a.Selector
		if an.atPosition(s) {
			placed[k], shift[k] = true, 0
			delta = 0
			rep.count(a, MethodPosition)
			continue
		}
		if delta != 0 {
			// Shifted as much as the annotation before it: O(1) again.
			moved := s
			moved.Start, moved.End = s.Start+delta, s.End+delta
			if an.atPosition(moved) {
				a.Selector = moved
				placed[k], shift[k] = true, delta
				rep.count(a, MethodQuote)
				continue
			}
		}
		if start, _, ok := an.findQuote(s, s.Start+delta); ok {
			a.Selector, _ = NewSelector(an.ix, start, start+utf8.RuneCountInString(s.Exact))
			placed[k], shift[k] = true, start-s.Start
			delta = shift[k]
			rep.count(a, MethodQuote)
			continue
		}
		pending = append(pending, k)
	}
	for _, k := range pending {
		i := order[k]
		a := &out[i]
		s := a.Selector
		expected := s.Start + neighbourShift(placed, shift, k)
		if start, end, _, ok := an.findFuzzy(s, expected); ok {
			a.Selector, _ = NewSelector(an.ix, start, end)
			rep.count(a, MethodFuzzy)
			continue
		}
		rep.count(a, MethodOrphan)
	}
	return out, rep
}

// count records the method for a and updates its Orphan flag.
func (r *Report) count(a *Annotation, m Method) {
	switch m {
	case MethodPosition:
		r.Position++
	case MethodQuote:
		r.Quote++
	case MethodFuzzy:
		r.Fuzzy++
	case MethodOrphan:
		r.Orphaned++
		a.Orphan = true
		return
	}
	if a.Orphan {
		r.Reattached++
		a.Orphan = false
	}
}

// neighbourShift returns the shift of the nearest placed annotation before
// order index k, or after it when none before is placed, or 0.
func neighbourShift(placed []bool, shift []int, k int) int {
	for j := k - 1; j >= 0; j-- {
		if placed[j] {
			return shift[j]
		}
	}
	for j := k + 1; j < len(placed); j++ {
		if placed[j] {
			return shift[j]
		}
	}
	return 0
}

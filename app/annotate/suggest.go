package annotate

import (
	"fmt"
	"slices"
	"time"

	"pressmark/parser"
)

// Suggestion is an entity the parser found that the user may accept as an
// annotation. Start and End count code points into the document's text.
type Suggestion struct {
	Kind    parser.EntityKind `json:"kind"`
	LabelID string            `json:"label"`
	Text    string            `json:"text"`
	Start   int               `json:"start"`
	End     int               `json:"end"`
}

// Key identifies what rejecting the suggestion turns down: this text as
// this kind, wherever it occurs.
func (s Suggestion) Key() string { return SuggestionKey(s.Kind, s.Text) }

// SuggestionKey is the value Document.Rejected keeps for a rejected
// suggestion of kind k and text.
func SuggestionKey(k parser.EntityKind, text string) string { return k.String() + ":" + text }

// entityLabels maps entity kinds to the default labels they suggest.
var entityLabels = map[parser.EntityKind]string{
	parser.EntityDate:         "date",
	parser.EntityCountry:      "place",
	parser.EntityPlace:        "place",
	parser.EntityOrganisation: "organisation",
	parser.EntityPerson:       "person",
	parser.EntityMoney:        "figure",
	parser.EntityPercent:      "figure",
	parser.EntityEmail:        "contact",
	parser.EntityPhone:        "contact",
	parser.EntityURL:          "contact",
}

// Suggestions returns rel's entities as suggestions for document docID, in
// document order: not those rejected, not those whose span is already
// annotated, and not those whose label has been deleted. It returns none
// when rel was not parsed from the document's current text.
func (l *Library) Suggestions(docID string, rel *parser.Release) []Suggestion {
	d := l.Doc(docID)
	if d == nil || rel == nil || rel.Text != d.Text {
		return nil
	}
	taken := map[[2]int]bool{}
	for _, a := range d.Annotations {
		if !a.Orphan {
			taken[[2]int{a.Selector.Start, a.Selector.End}] = true
		}
	}
	n := d.Index().Len()
	var out []Suggestion
	for _, e := range rel.Entities {
		s := Suggestion{Kind: e.Kind, LabelID: entityLabels[e.Kind], Text: e.Text, Start: e.Start, End: e.End}
		if _, ok := l.Labels.Find(s.LabelID); !ok || taken[[2]int{e.Start, e.End}] ||
			e.Start < 0 || e.End > n || e.Start >= e.End || slices.Contains(d.Rejected, s.Key()) {
			continue
		}
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int { return a.Start - b.Start })
	return out
}

// AcceptSuggestions returns the changes that turn suggestions into
// annotations; pass them to History.Do together to undo them as one step.
func (l *Library) AcceptSuggestions(docID string, ss []Suggestion, now time.Time) ([]Change, error) {
	out := make([]Change, 0, len(ss))
	for _, s := range ss {
		c, err := l.AddAnnotation(docID, s.Start, s.End, s.LabelID, "", now)
		if err != nil {
			return nil, fmt.Errorf("suggestion %q: %w", s.Text, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// RejectSuggestions returns the change that records suggestions as
// rejected, so they are not offered again.
func (l *Library) RejectSuggestions(docID string, ss []Suggestion, now time.Time) (Change, error) {
	d := l.Doc(docID)
	if d == nil {
		return Change{}, fmt.Errorf("no document %q", docID)
	}
	after := d.Clone()
	for _, s := range ss {
		if !slices.Contains(after.Rejected, s.Key()) {
			after.Rejected = append(after.Rejected, s.Key())
		}
	}
	return Change{DocID: docID, DocBefore: d.Clone(), DocAfter: after, At: now}, nil
}

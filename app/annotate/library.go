package annotate

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"pressmark/parser"
)

// Schema is the version of the stored and exported library shape. It
// changes when a key is renamed or removed or a value changes meaning;
// Decode functions read every older version.
//
//	0  the app's first, interim store: one document under the local-storage
//	   key "pressmark.current.v1" as {"text", "format", "restored"}
//	1  documents with annotations, labels, a current document
const Schema = 1

// Library is everything a user keeps: documents, the label set and the
// document they were on.
type Library struct {
	Schema    int         `json:"schema"`
	Documents []*Document `json:"documents"`
	Labels    LabelSet    `json:"labels"`
	CurrentID string      `json:"current,omitempty"`
}

// NewLibrary returns an empty library with the default labels.
func NewLibrary() *Library {
	return &Library{Schema: Schema, Documents: []*Document{}, Labels: DefaultLabels()}
}

// Doc returns the document with the given ID, or nil.
func (l *Library) Doc(id string) *Document {
	if i := l.docIndex(id); i >= 0 {
		return l.Documents[i]
	}
	return nil
}

// Current returns the document the user is on, or nil.
func (l *Library) Current() *Document { return l.Doc(l.CurrentID) }

func (l *Library) docIndex(id string) int {
	for i, d := range l.Documents {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// Search returns the documents whose title contains q, ignoring case, most
// recently modified first; all of them when q is empty.
func (l *Library) Search(q string) []*Document {
	q = strings.ToLower(strings.TrimSpace(q))
	var out []*Document
	for _, d := range l.Documents {
		if q == "" || strings.Contains(strings.ToLower(d.Title), q) {
			out = append(out, d)
		}
	}
	sortDocs(out)
	return out
}

// sortDocs orders documents most recently modified first.
func sortDocs(ds []*Document) {
	slices.SortStableFunc(ds, func(a, b *Document) int { return b.Modified.Compare(a.Modified) })
}

// The methods below build Changes; History.Do applies them, so that every
// edit can be undone. None of them modifies the library.

// AddAnnotation returns the change that labels code points [start, end)
// of document docID.
func (l *Library) AddAnnotation(docID string, start, end int, labelID, comment string, now time.Time) (Change, error) {
	d := l.Doc(docID)
	if d == nil {
		return Change{}, fmt.Errorf("no document %q", docID)
	}
	if _, ok := l.Labels.Find(labelID); !ok {
		return Change{}, fmt.Errorf("%w %q", ErrNoLabel, labelID)
	}
	a, err := NewAnnotation(d.Index(), start, end, labelID, comment, now)
	if err != nil {
		return Change{}, err
	}
	return Change{DocID: docID, After: &a, At: now}, nil
}

// EditAnnotation returns the change that gives annotation id a new label
// and comment.
func (l *Library) EditAnnotation(docID, id, labelID, comment string, now time.Time) (Change, error) {
	d, a, err := l.annotation(docID, id)
	if err != nil {
		return Change{}, err
	}
	if _, ok := l.Labels.Find(labelID); !ok {
		return Change{}, fmt.Errorf("%w %q", ErrNoLabel, labelID)
	}
	if len(comment) > MaxComment {
		return Change{}, fmt.Errorf("the comment is longer than %d bytes", MaxComment)
	}
	after := a
	after.LabelID, after.Comment, after.Modified = labelID, comment, now
	return Change{DocID: d.ID, Before: &a, After: &after, At: now}, nil
}

// Reattach returns the change that anchors annotation id (typically an
// orphan) to code points [start, end).
func (l *Library) Reattach(docID, id string, start, end int, now time.Time) (Change, error) {
	d, a, err := l.annotation(docID, id)
	if err != nil {
		return Change{}, err
	}
	sel, err := NewSelector(d.Index(), start, end)
	if err != nil {
		return Change{}, err
	}
	after := a
	after.Selector, after.Orphan, after.Modified = sel, false, now
	return Change{DocID: d.ID, Before: &a, After: &after, At: now}, nil
}

// DeleteAnnotation returns the change that deletes annotation id.
func (l *Library) DeleteAnnotation(docID, id string, now time.Time) (Change, error) {
	d, a, err := l.annotation(docID, id)
	if err != nil {
		return Change{}, err
	}
	return Change{DocID: d.ID, Before: &a, At: now}, nil
}

func (l *Library) annotation(docID, id string) (*Document, Annotation, error) {
	d := l.Doc(docID)
	if d == nil {
		return nil, Annotation{}, fmt.Errorf("no document %q", docID)
	}
	a, i := d.Find(id)
	if i < 0 {
		return nil, Annotation{}, fmt.Errorf("no annotation %q", id)
	}
	return d, a, nil
}

// AddDocument returns the change that adds d to the library.
func (l *Library) AddDocument(d *Document, now time.Time) Change {
	return Change{DocID: d.ID, DocAfter: d.Clone(), At: now}
}

// DeleteDocument returns the change that deletes document id with its
// annotations (undo brings both back).
func (l *Library) DeleteDocument(id string, now time.Time) (Change, error) {
	d := l.Doc(id)
	if d == nil {
		return Change{}, fmt.Errorf("no document %q", id)
	}
	return Change{DocID: id, DocBefore: d.Clone(), At: now}, nil
}

// RenameDocument returns the change that gives document id a new title.
func (l *Library) RenameDocument(id, title string, now time.Time) (Change, error) {
	d := l.Doc(id)
	if d == nil {
		return Change{}, fmt.Errorf("no document %q", id)
	}
	title = strings.TrimSpace(title)
	if title == "" {
		return Change{}, fmt.Errorf("a document needs a title")
	}
	after := d.Clone()
	after.Title = title
	return Change{DocID: id, DocBefore: d.Clone(), DocAfter: after, At: now}, nil
}

// UpdateSource returns the change that gives document id a new source and
// parser choices, with rel the release parsed from them, and re-anchors its
// annotations in the new text. The report says how they fared.
func (l *Library) UpdateSource(id, source, format string, restored []string, rel *parser.Release, now time.Time) (Change, Report, error) {
	d := l.Doc(id)
	if d == nil {
		return Change{}, Report{}, fmt.Errorf("no document %q", id)
	}
	after := d.Clone()
	after.Source, after.Format, after.Restored = source, format, append([]string(nil), restored...)
	var rep Report
	if rel != nil {
		oldText := after.Text
		after.setRelease(rel)
		if after.Text != oldText {
			after.Annotations, rep = Reanchor(after.Text, after.Annotations)
		} else {
			rep.Position = len(after.Annotations)
		}
	}
	return Change{DocID: id, DocBefore: d.Clone(), DocAfter: after, At: now}, rep, nil
}

// EditLabels returns the change that applies edit (Add, Rename, Recolour,
// Move, Delete…) to a copy of the label set.
func (l *Library) EditLabels(edit func(*LabelSet) error, now time.Time) (Change, error) {
	before, after := l.Labels.Clone(), l.Labels.Clone()
	if err := edit(&after); err != nil {
		return Change{}, err
	}
	if err := after.Validate(); err != nil {
		return Change{}, err
	}
	return Change{LabelsBefore: &before, LabelsAfter: &after, At: now}, nil
}

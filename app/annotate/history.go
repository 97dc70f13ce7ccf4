package annotate

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Change is one reversible edit of a library: an annotation created,
// edited or deleted, a document added, replaced or deleted, or the label
// set replaced. A nil Before (or DocBefore) means the thing is created; a
// nil After (or DocAfter) that it is deleted. Library's methods build them;
// History applies them.
type Change struct {
	DocID         string      `json:"doc,omitempty"`
	Before, After *Annotation `json:"-"`
	DocBefore     *Document   `json:"-"`
	DocAfter      *Document   `json:"-"`
	LabelsBefore  *LabelSet   `json:"-"`
	LabelsAfter   *LabelSet   `json:"-"`
	At            time.Time   `json:"at"`
}

// inverse returns the change that undoes c.
func (c Change) inverse() Change {
	c.Before, c.After = c.After, c.Before
	c.DocBefore, c.DocAfter = c.DocAfter, c.DocBefore
	c.LabelsBefore, c.LabelsAfter = c.LabelsAfter, c.LabelsBefore
	return c
}

// errConflict is returned when a change does not fit the library's state,
// such as deleting an annotation that is not there.
var errConflict = errors.New("the change does not fit the library")

// apply makes change c to the library.
func (l *Library) apply(c Change) error {
	switch {
	case c.LabelsBefore != nil || c.LabelsAfter != nil:
		if c.LabelsAfter == nil {
			return fmt.Errorf("%w: the label set cannot be removed", errConflict)
		}
		l.Labels = c.LabelsAfter.Clone()
		return nil
	case c.DocBefore != nil || c.DocAfter != nil:
		return l.applyDoc(c)
	}
	d := l.Doc(c.DocID)
	if d == nil {
		return fmt.Errorf("%w: no document %q", errConflict, c.DocID)
	}
	switch {
	case c.Before == nil && c.After != nil:
		if _, i := d.Find(c.After.ID); i >= 0 {
			return fmt.Errorf("%w: annotation %s exists", errConflict, c.After.ID)
		}
		d.Annotations = append(d.Annotations, *c.After)
	case c.Before != nil && c.After == nil:
		_, i := d.Find(c.Before.ID)
		if i < 0 {
			return fmt.Errorf("%w: no annotation %s", errConflict, c.Before.ID)
		}
		d.Annotations = slices.Delete(d.Annotations, i, i+1)
	case c.Before != nil && c.After != nil:
		_, i := d.Find(c.Before.ID)
		if i < 0 {
			return fmt.Errorf("%w: no annotation %s", errConflict, c.Before.ID)
		}
		d.Annotations[i] = *c.After
	default:
		return fmt.Errorf("%w: an empty change", errConflict)
	}
	d.Modified = c.At
	return nil
}

func (l *Library) applyDoc(c Change) error {
	i := l.docIndex(c.DocID)
	switch {
	case c.DocBefore == nil:
		if i >= 0 {
			return fmt.Errorf("%w: document %s exists", errConflict, c.DocID)
		}
		l.Documents = append(slices.Clip(l.Documents), c.DocAfter.Clone())
	case i < 0:
		return fmt.Errorf("%w: no document %q", errConflict, c.DocID)
	case c.DocAfter == nil:
		l.Documents = slices.Delete(slices.Clone(l.Documents), i, i+1)
		if l.CurrentID == c.DocID {
			l.CurrentID = ""
		}
	default:
		l.Documents[i] = c.DocAfter.Clone()
		l.Documents[i].Modified = c.At
	}
	return nil
}

// applyAll makes every change or, when one does not fit, none.
func (l *Library) applyAll(cs []Change) error {
	for i, c := range cs {
		if err := l.apply(c); err != nil {
			for j := i - 1; j >= 0; j-- {
				_ = l.apply(cs[j].inverse())
			}
			return err
		}
	}
	return nil
}

// History records applied changes for undo and redo. Its zero value is
// ready to use and keeps DefaultHistoryLimit steps.
type History struct {
	done, undone [][]Change
	// Limit is how many steps Undo can go back; 0 means DefaultHistoryLimit.
	Limit int
}

// DefaultHistoryLimit is the number of undo steps kept by default.
const DefaultHistoryLimit = 500

// Do applies changes to lib as one undoable step (so "accept all countries"
// is undone at once) and clears the redo list. When a change does not fit,
// none is applied.
func (h *History) Do(lib *Library, changes ...Change) error {
	if len(changes) == 0 {
		return nil
	}
	if err := lib.applyAll(changes); err != nil {
		return err
	}
	h.done = append(h.done, changes)
	if limit := h.limit(); len(h.done) > limit {
		h.done = slices.Delete(h.done, 0, len(h.done)-limit)
	}
	h.undone = nil
	return nil
}

func (h *History) limit() int {
	if h.Limit > 0 {
		return h.Limit
	}
	return DefaultHistoryLimit
}

// Undo reverts the last step and returns the changes it made, for saving;
// ok is false when there is nothing to undo.
func (h *History) Undo(lib *Library) (applied []Change, ok bool) {
	if len(h.done) == 0 {
		return nil, false
	}
	step := h.done[len(h.done)-1]
	inv := make([]Change, len(step))
	for i, c := range step {
		inv[len(step)-1-i] = c.inverse()
	}
	if err := lib.applyAll(inv); err != nil {
		return nil, false
	}
	h.done = h.done[:len(h.done)-1]
	h.undone = append(h.undone, step)
	return inv, true
}

// Redo applies the last undone step again and returns its changes.
func (h *History) Redo(lib *Library) (applied []Change, ok bool) {
	if len(h.undone) == 0 {
		return nil, false
	}
	step := h.undone[len(h.undone)-1]
	if err := lib.applyAll(step); err != nil {
		return nil, false
	}
	h.undone = h.undone[:len(h.undone)-1]
	h.done = append(h.done, step)
	return step, true
}

// CanUndo reports whether Undo has a step to revert.
func (h *History) CanUndo() bool { return len(h.done) > 0 }

// CanRedo reports whether Redo has a step to apply.
func (h *History) CanRedo() bool { return len(h.undone) > 0 }

// Touched summarises what changes affect, for saving: the documents to
// write, the IDs of documents to delete, and whether the label set changed.
func (l *Library) Touched(changes []Change) (write []*Document, remove []string, labels bool) {
	seen := map[string]bool{}
	for _, c := range changes {
		if c.LabelsAfter != nil {
			labels = true
			continue
		}
		if c.DocID == "" || seen[c.DocID] {
			continue
		}
		seen[c.DocID] = true
		if d := l.Doc(c.DocID); d != nil {
			write = append(write, d)
		} else {
			remove = append(remove, c.DocID)
		}
	}
	return write, remove, labels
}

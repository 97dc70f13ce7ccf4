package annotate

import (
	"slices"
	"sort"
)

// UpdateAttached returns what Attached returns for document docID after
// changes, given attached, what it returned before them: a new
// annotation is put in its place by binary search, a deleted one taken
// out, one edited in place (same position, creation time and orphan
// state) replaced. So a list of thousands is not copied and sorted again
// after each add. Changes to other documents leave it as it is. ok is
// false when a change is one it does not follow (the document itself
// replaced, an annotation moved or orphaned): call Attached then. attached
// is not modified.
func UpdateAttached(attached []Annotation, docID string, changes []Change) (out []Annotation, ok bool) {
	out = attached
	copied := false
	own := func() {
		if !copied {
			out, copied = slices.Clone(out), true
		}
	}
	find := func(id string) int {
		for i := range out {
			if out[i].ID == id {
				return i
			}
		}
		return -1
	}
	for _, c := range changes {
		switch {
		case c.LabelsBefore != nil || c.LabelsAfter != nil:
			continue
		case c.DocID != docID:
			continue
		case c.DocBefore != nil || c.DocAfter != nil:
			return nil, false
		case c.Before == nil && c.After != nil:
			if c.After.Orphan {
				continue
			}
			a := *c.After
			i := sort.Search(len(out), func(i int) bool { return comparePosition(&out[i], &a) > 0 })
			own()
			out = slices.Insert(out, i, a)
		case c.Before != nil && c.After == nil:
			if i := find(c.Before.ID); i >= 0 {
				own()
				out = slices.Delete(out, i, i+1)
			}
		case c.Before != nil && c.After != nil:
			b, a := c.Before, c.After
			if b.ID != a.ID || b.Orphan != a.Orphan || b.Selector.Start != a.Selector.Start ||
				b.Selector.End != a.Selector.End || !b.Created.Equal(a.Created) {
				return nil, false
			}
			if a.Orphan {
				continue
			}
			i := find(a.ID)
			if i < 0 {
				return nil, false
			}
			own()
			out[i] = *a
		default:
			return nil, false
		}
	}
	return out, true
}

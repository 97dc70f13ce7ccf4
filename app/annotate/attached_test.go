package annotate

import (
	"math/rand"
	"testing"
	"time"
)

// TestUpdateAttachedFollowsAttached adds, deletes and edits annotations,
// with undo and redo, many at the same place and time, and checks after
// each step that UpdateAttached gives what Attached gives.
func TestUpdateAttachedFollowsAttached(t *testing.T) {
	text := benchText(4, 300)
	lib := NewLibrary()
	d := &Document{ID: NewID(), Source: text, Text: text, Annotations: benchAnnotations(5, text, 40)}
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var setup, h History
	if err := setup.Do(lib, lib.AddDocument(d, t0)); err != nil {
		t.Fatal(err)
	}
	d = lib.Doc(d.ID)
	list := d.Attached()
	rng := rand.New(rand.NewSource(6))
	labels := []string{"claim", "quote"}
	for step := 0; step < 400; step++ {
		now := t0.Add(time.Duration(rng.Intn(3)) * time.Second) // equal times too
		var applied []Change
		cur := lib.Doc(d.ID)
		switch op := rng.Intn(6); {
		case op <= 1 || len(cur.Annotations) == 0:
			s := rng.Intn(40) // many equal starts
			c, err := lib.AddAnnotation(d.ID, s, s+1+rng.Intn(3), labels[rng.Intn(2)], "", now)
			if err != nil {
				t.Fatal(err)
			}
			if err := h.Do(lib, c); err != nil {
				t.Fatal(err)
			}
			applied = []Change{c}
		case op == 2:
			a := cur.Annotations[rng.Intn(len(cur.Annotations))]
			c, err := lib.DeleteAnnotation(d.ID, a.ID, now)
			if err != nil {
				t.Fatal(err)
			}
			if err := h.Do(lib, c); err != nil {
				t.Fatal(err)
			}
			applied = []Change{c}
		case op == 3:
			a := cur.Annotations[rng.Intn(len(cur.Annotations))]
			c, err := lib.EditAnnotation(d.ID, a.ID, labels[rng.Intn(2)], "note", now)
			if err != nil {
				t.Fatal(err)
			}
			if err := h.Do(lib, c); err != nil {
				t.Fatal(err)
			}
			applied = []Change{c}
		case op == 4:
			applied, _ = h.Undo(lib)
		default:
			applied, _ = h.Redo(lib)
		}
		want := lib.Doc(d.ID).Attached()
		got, ok := UpdateAttached(list, d.ID, applied)
		if !ok {
			t.Fatalf("step %d: UpdateAttached does not follow %+v", step, applied)
		}
		if len(got) != len(want) {
			t.Fatalf("step %d: %d annotations, want %d", step, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("step %d: at %d got %s, want %s", step, i, got[i].ID, want[i].ID)
			}
		}
		list = got
	}
	// A change of the document itself is not followed.
	if _, ok := UpdateAttached(list, d.ID, []Change{{DocID: d.ID, DocBefore: d, DocAfter: d}}); ok {
		t.Error("a replaced document is followed")
	}
}

package annotate

import (
	"testing"
	"time"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// testLibrary returns a library with one document holding release.
func testLibrary(t *testing.T) (*Library, *Document) {
	t.Helper()
	lib := NewLibrary()
	d := &Document{ID: "doc1", Title: "Acme Robotics Opens New Plant in Lyon", Source: release, Text: release, Annotations: []Annotation{}, Created: t0, Modified: t0}
	var h History
	if err := h.Do(lib, lib.AddDocument(d, t0)); err != nil {
		t.Fatal(err)
	}
	lib.CurrentID = d.ID
	return lib, lib.Doc("doc1")
}

func span(t *testing.T, text, quote string) (int, int) {
	t.Helper()
	ix := NewIndex(text)
	b := indexOf(text, quote)
	if b < 0 {
		t.Fatalf("%q not in text", quote)
	}
	s := ix.CodePoint(b)
	return s, s + len([]rune(quote))
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestHistoryUndoRedo(t *testing.T) {
	lib, _ := testLibrary(t)
	var h History
	s, e := span(t, release, "employ 400 people")
	add, err := lib.AddAnnotation("doc1", s, e, "figure", "", t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(lib, add); err != nil {
		t.Fatal(err)
	}
	id := add.After.ID
	edit, _ := lib.EditAnnotation("doc1", id, "claim", "check this", t0.Add(time.Minute))
	if err := h.Do(lib, edit); err != nil {
		t.Fatal(err)
	}
	del, _ := lib.DeleteAnnotation("doc1", id, t0)
	if err := h.Do(lib, del); err != nil {
		t.Fatal(err)
	}
	if n := len(lib.Doc("doc1").Annotations); n != 0 {
		t.Fatalf("%d annotations after delete", n)
	}
	state := func() string {
		a, i := lib.Doc("doc1").Find(id)
		if i < 0 {
			return "none"
		}
		return a.LabelID + "/" + a.Comment
	}
	for _, step := range []struct {
		undo bool
		want string
	}{
		{true, "claim/check this"}, {true, "figure/"}, {true, "none"},
		{false, "figure/"}, {false, "claim/check this"}, {false, "none"}, {true, "claim/check this"},
	} {
		var ok bool
		if step.undo {
			_, ok = h.Undo(lib)
		} else {
			_, ok = h.Redo(lib)
		}
		if !ok || state() != step.want {
			t.Fatalf("undo=%v: ok=%v state %q, want %q", step.undo, ok, state(), step.want)
		}
	}
	// A new change clears the redo list.
	c, _ := lib.EditAnnotation("doc1", id, "quote", "", t0)
	_ = h.Do(lib, c)
	if h.CanRedo() {
		t.Error("redo still possible after a new change")
	}
	for h.CanUndo() {
		h.Undo(lib)
	}
	if _, ok := h.Undo(lib); ok {
		t.Error("undo past the beginning")
	}
}

func TestHistoryGroupAndAtomicity(t *testing.T) {
	lib, _ := testLibrary(t)
	var h History
	var cs []Change
	for _, q := range []string{"Lyon", "France", "Acme Robotics"} {
		s, e := span(t, release, q)
		c, err := lib.AddAnnotation("doc1", s, e, "place", "", t0)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	if err := h.Do(lib, cs...); err != nil {
		t.Fatal(err)
	}
	if n := len(lib.Doc("doc1").Annotations); n != 3 {
		t.Fatalf("%d annotations", n)
	}
	h.Undo(lib)
	if n := len(lib.Doc("doc1").Annotations); n != 0 {
		t.Fatalf("one undo left %d of a group of 3", n)
	}
	// A group with one change that does not fit applies nothing.
	bad := cs[1]
	bad.Before = bad.After // edit of an annotation that is not there
	if err := h.Do(lib, cs[0], bad); err == nil {
		t.Fatal("a change that does not fit was accepted")
	}
	if n := len(lib.Doc("doc1").Annotations); n != 0 {
		t.Errorf("a failed group left %d annotations", n)
	}
}

func TestHistoryDocumentsAndLabels(t *testing.T) {
	lib, d := testLibrary(t)
	var h History
	s, e := span(t, release, "Jane Doe")
	add, _ := lib.AddAnnotation(d.ID, s, e, "person", "", t0)
	_ = h.Do(lib, add)

	ren, err := lib.RenameDocument(d.ID, "Lyon plant", t0)
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Do(lib, ren)
	del, _ := lib.DeleteDocument(d.ID, t0)
	_ = h.Do(lib, del)
	if lib.Doc(d.ID) != nil || lib.CurrentID != "" {
		t.Fatal("document not deleted, or still current")
	}
	write, remove, _ := lib.Touched([]Change{del})
	if len(write) != 0 || len(remove) != 1 || remove[0] != d.ID {
		t.Errorf("Touched(delete) = %v, %v", write, remove)
	}
	applied, _ := h.Undo(lib)
	back := lib.Doc(d.ID)
	if back == nil || back.Title != "Lyon plant" || len(back.Annotations) != 1 {
		t.Fatalf("undo of delete: %+v", back)
	}
	if write, _, _ := lib.Touched(applied); len(write) != 1 {
		t.Errorf("Touched(undo) = %v", write)
	}
	h.Undo(lib)
	if lib.Doc(d.ID).Title != "Acme Robotics Opens New Plant in Lyon" {
		t.Error("rename not undone")
	}

	lc, err := lib.EditLabels(func(ls *LabelSet) error { return ls.Rename("person", "Spokesperson") }, t0)
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Do(lib, lc)
	if lib.Labels.Name("person") != "Spokesperson" {
		t.Error("label not renamed")
	}
	if _, _, labels := lib.Touched([]Change{lc}); !labels {
		t.Error("Touched misses the label change")
	}
	h.Undo(lib)
	if lib.Labels.Name("person") != "Person" {
		t.Error("label rename not undone")
	}
	if _, err := lib.EditLabels(func(ls *LabelSet) error { return ls.Rename("person", "Quote") }, t0); err == nil {
		t.Error("a clashing label edit was accepted")
	}
}

func TestUpdateSourceReanchors(t *testing.T) {
	lib, d := testLibrary(t)
	var h History
	var ids []string
	for _, q := range []string{"double our output in France", "The plant cost €120 million"} {
		s, e := span(t, release, q)
		c, _ := lib.AddAnnotation(d.ID, s, e, "claim", "", t0)
		_ = h.Do(lib, c)
		ids = append(ids, c.After.ID)
	}
	cut := "The plant cost €120 million and runs entirely on renewable power. Production starts in June.\n\n"
	edited := replaceOnce(replaceOnce(release, cut, ""), "today announced", "today formally announced")
	rel := fakeRelease(edited)
	c, rep, err := lib.UpdateSource(d.ID, edited, "", nil, rel, t0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Quote != 1 || rep.Orphaned != 1 {
		t.Errorf("report %+v", rep)
	}
	_ = h.Do(lib, c)
	doc := lib.Doc(d.ID)
	if doc.Text != edited || len(doc.Annotations) != 2 || len(doc.Orphans()) != 1 || doc.Orphans()[0].ID != ids[1] {
		t.Fatalf("after the edit: %d annotations, orphans %+v", len(doc.Annotations), doc.Orphans())
	}
	// Re-attach the orphan to a new selection, then undo everything.
	s, e := span(t, edited, "400 people")
	ra, err := lib.Reattach(d.ID, ids[1], s, e, t0)
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Do(lib, ra)
	if len(lib.Doc(d.ID).Orphans()) != 0 {
		t.Error("re-attached annotation still an orphan")
	}
	h.Undo(lib)
	h.Undo(lib)
	if lib.Doc(d.ID).Text != release || len(lib.Doc(d.ID).Orphans()) != 0 {
		t.Error("undoing the edit did not bring back the old text and anchors")
	}
}

func replaceOnce(s, old, new string) string {
	i := indexOf(s, old)
	if i < 0 {
		panic("test text lacks " + old)
	}
	return s[:i] + new + s[i+len(old):]
}

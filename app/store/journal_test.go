package store

import (
	"errors"
	"strings"
	"testing"

	"pressmark/app/annotate"
)

// annotateWord adds an annotation over the first occurrence of q in document
// id.
func annotateWord(t *testing.T, lib *annotate.Library, h *annotate.History, id, q string) {
	t.Helper()
	d := lib.Doc(id)
	start := strings.Index(d.Text, q)
	if start < 0 {
		t.Fatalf("%q not in %s", q, id)
	}
	ix := d.Index()
	c, err := lib.AddAnnotation(id, ix.CodePoint(start), ix.CodePoint(start+len(q)), "claim", "", t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(lib, c); err != nil {
		t.Fatal(err)
	}
}

// TestJournalKeepsWhatAClosedPageHadNotWritten is a reload a moment after
// some changes: one write in flight, others queued. The page journals them
// and is gone; the next page reads them over the store and writes them.
func TestJournalKeepsWhatAClosedPageHadNotWritten(t *testing.T) {
	lib, h := library(t)
	s := &slow{gate: make(chan struct{})}
	t.Cleanup(func() { close(s.gate) }) // lets the closed page's writer end
	var j MemoryJournal
	w := NewWriter(s, &j, nil)
	w.SaveDocument(lib.Doc("d1")) // in flight, waiting at the gate
	annotateWord(t, lib, h, "d1", "Plant")
	w.SaveDocument(lib.Doc("d1")) // queued
	add := lib.AddDocument(&annotate.Document{ID: "d2", Title: "Other", Source: "x", Text: "x"}, t0)
	if err := h.Do(lib, add); err != nil {
		t.Fatal(err)
	}
	w.SaveChanges(lib, []annotate.Change{add})
	w.SaveMeta(lib)
	if err := w.Journal(); err != nil {
		t.Fatal(err)
	}

	// The next page: the store holds nothing of it yet.
	next := &s.Memory
	got, skipped, err := Load(next, &j)
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	if len(got.Documents) != 2 || got.CurrentID != "d1" {
		t.Fatalf("loaded %d documents, current %q; want d1 and d2, current d1", len(got.Documents), got.CurrentID)
	}
	if n := len(got.Doc("d1").Annotations); n != 2 {
		t.Errorf("d1 has %d annotations, want the latest state's 2", n)
	}
	w2 := NewWriter(next, &j, nil)
	w2.Flush()
	if records, _ := j.Read(); len(records) != 0 {
		t.Errorf("the journal still holds %d records once they are written", len(records))
	}
	again, _, _ := Load(next, nil)
	if len(again.Documents) != 2 || len(again.Doc("d1").Annotations) != 2 || again.CurrentID != "d1" {
		t.Errorf("the store holds %d documents, current %q, after the next page wrote the journal", len(again.Documents), again.CurrentID)
	}
}

// TestJournalIsClearedOnceTheStoreCatchesUp: a page hidden and shown again
// (a tab switched away from) journals its unwritten records; once the
// store holds them, the journal must not hold them any more, or a later
// visit would read an old state over a newer one.
func TestJournalIsClearedOnceTheStoreCatchesUp(t *testing.T) {
	lib, h := library(t)
	s := &slow{gate: make(chan struct{})}
	var j MemoryJournal
	w := NewWriter(s, &j, nil)
	w.SaveDocument(lib.Doc("d1"))
	if err := w.Journal(); err != nil {
		t.Fatal(err)
	}
	if records, _ := j.Read(); len(records) != 1 {
		t.Fatalf("the journal holds %d records, want 1", len(records))
	}
	close(s.gate)
	w.Flush()
	if records, _ := j.Read(); len(records) != 0 {
		t.Fatalf("the journal holds %d records once the store has them", len(records))
	}
	// A later change is saved to the store alone; a later visit reads it.
	annotateWord(t, lib, h, "d1", "Acme")
	w.SaveDocument(lib.Doc("d1"))
	w.Flush()
	got, _, _ := Load(&s.Memory, &j)
	if n := len(got.Doc("d1").Annotations); n != 2 {
		t.Errorf("d1 has %d annotations, want the store's latest 2", n)
	}
}

// TestJournalKeepsADeletion: a document deleted just before the page
// closed stays deleted, though the store still holds it.
func TestJournalKeepsADeletion(t *testing.T) {
	lib, h := library(t)
	gated := &slow{gate: make(chan struct{})}
	t.Cleanup(func() { close(gated.gate) })
	data, _ := annotate.EncodeDocument(lib.Doc("d1"))
	_ = gated.Memory.PutDocument("d1", data)
	var j MemoryJournal
	w := NewWriter(gated, &j, nil)
	w.SaveDocument(lib.Doc("d1")) // held at the gate, or replaced by the deletion while queued
	del, err := lib.DeleteDocument("d1", t0)
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Do(lib, del)
	w.SaveChanges(lib, []annotate.Change{del})
	if err := w.Journal(); err != nil {
		t.Fatal(err)
	}
	next := &gated.Memory // the next page's store: the gate held every write
	got, _, _ := Load(next, &j)
	if d := got.Doc("d1"); d != nil {
		t.Fatal("the deleted document came back")
	}
	NewWriter(next, &j, nil).Flush()
	if docs, _ := next.Documents(); len(docs) != 0 {
		t.Errorf("the store still holds %d documents", len(docs))
	}
}

// TestJournalFailuresAreReported: a journal that cannot be written (a
// full localStorage) is an error for the caller to show, and a record
// whose write to the store fails stays in the journal.
func TestJournalFailuresAreReported(t *testing.T) {
	lib, _ := library(t)
	s := &slow{gate: make(chan struct{})}
	full := &MemoryJournal{Fail: ErrQuota}
	w := NewWriter(s, full, nil)
	w.SaveDocument(lib.Doc("d1"))
	if err := w.Journal(); !errors.Is(err, ErrQuota) || !strings.Contains(err.Error(), "could not be kept") {
		t.Errorf("Journal() = %v, want a quota error that says what was not kept", err)
	}
	close(s.gate)
	w.Flush()

	var j MemoryJournal
	failing := &slow{Memory: Memory{Fail: ErrQuota}, gate: make(chan struct{})}
	w = NewWriter(failing, &j, nil)
	w.SaveDocument(lib.Doc("d1"))
	if err := w.Journal(); err != nil {
		t.Fatal(err)
	}
	close(failing.gate)
	w.Flush()
	if records, _ := j.Read(); len(records) != 1 {
		t.Errorf("the journal holds %d records after the store refused the write, want 1", len(records))
	}
}

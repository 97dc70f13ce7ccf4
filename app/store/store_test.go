package store

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"pressmark/app/annotate"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func library(t *testing.T) (*annotate.Library, *annotate.History) {
	t.Helper()
	lib := annotate.NewLibrary()
	var h annotate.History
	text := "Acme Opens Plant\n\nZürich 🚀 — Acme today opened a plant employing 400 people."
	d := &annotate.Document{ID: "d1", Title: "Acme Opens Plant", Source: text, Text: text, Created: t0, Modified: t0}
	if err := h.Do(lib, lib.AddDocument(d, t0)); err != nil {
		t.Fatal(err)
	}
	c, err := lib.AddAnnotation("d1", 18, 24, "place", "city 🚀", t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(lib, c); err != nil {
		t.Fatal(err)
	}
	lib.CurrentID = "d1"
	return lib, &h
}

func TestWriterAndLoadRoundTrip(t *testing.T) {
	lib, h := library(t)
	var s Memory
	var errs []error
	var mu sync.Mutex
	w := NewWriter(&s, nil, func(err error) { mu.Lock(); errs = append(errs, err); mu.Unlock() })
	w.SaveDocument(lib.Doc("d1"))
	w.SaveMeta(lib)

	// A second document, then its deletion, saved as changes.
	add := lib.AddDocument(&annotate.Document{ID: "d2", Title: "Other", Source: "x", Text: "x"}, t0)
	_ = h.Do(lib, add)
	w.SaveChanges(lib, []annotate.Change{add})
	del, _ := lib.DeleteDocument("d2", t0)
	_ = h.Do(lib, del)
	w.SaveChanges(lib, []annotate.Change{del})
	lc, _ := lib.EditLabels(func(ls *annotate.LabelSet) error { return ls.Rename("place", "Location") }, t0)
	_ = h.Do(lib, lc)
	w.SaveChanges(lib, []annotate.Change{lc})
	w.Flush()
	if len(errs) != 0 {
		t.Fatal(errs)
	}

	got, skipped, err := Load(&s, nil)
	if err != nil || len(skipped) != 0 {
		t.Fatal(err, skipped)
	}
	if len(got.Documents) != 1 || got.CurrentID != "d1" || got.Labels.Name("place") != "Location" {
		t.Fatalf("loaded %d documents, current %q, place named %q", len(got.Documents), got.CurrentID, got.Labels.Name("place"))
	}
	a := got.Doc("d1").Annotations
	if len(a) != 1 || a[0].Selector.Exact != "Zürich" || a[0].Comment != "city 🚀" {
		t.Errorf("annotations %+v", a)
	}
}

func TestLoadKeepsGoingPastBadRecords(t *testing.T) {
	lib, _ := library(t)
	var s Memory
	data, _ := annotate.EncodeDocument(lib.Doc("d1"))
	_ = s.PutDocument("d1", data)
	_ = s.PutDocument("broken", []byte(`{"schema":1,`))
	_ = s.PutDocument("future", []byte(`{"schema":42,"id":"future"}`))
	_ = s.PutMeta([]byte(`{"schema":1,"current":"gone"}`))
	got, skipped, err := Load(&s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != 1 || len(skipped) != 2 {
		t.Fatalf("%d documents, skipped %v", len(got.Documents), skipped)
	}
	if !errors.Is(skipped[1], annotate.ErrNewer) && !errors.Is(skipped[0], annotate.ErrNewer) {
		t.Errorf("the newer record is not reported as such: %v", skipped)
	}
	if got.CurrentID != "" {
		t.Errorf("current %q points at no document", got.CurrentID)
	}
	// The unreadable records are still there for a later version.
	docs, _ := s.Documents()
	if len(docs) != 3 {
		t.Errorf("%d records left, want 3", len(docs))
	}
}

func TestWriterReportsFailuresAndRecovery(t *testing.T) {
	lib, _ := library(t)
	s := &Memory{Fail: ErrQuota}
	var mu sync.Mutex
	var reports []error
	w := NewWriter(s, nil, func(err error) { mu.Lock(); reports = append(reports, err); mu.Unlock() })
	w.SaveDocument(lib.Doc("d1"))
	w.Flush()
	mu.Lock()
	if len(reports) != 1 || !errors.Is(reports[0], ErrQuota) {
		t.Fatalf("reports %v, want one quota error", reports)
	}
	mu.Unlock()
	// Storage recovers: the next save succeeds and the recovery is reported.
	s.mu.Lock()
	s.Fail = nil
	s.mu.Unlock()
	w.SaveDocument(lib.Doc("d1"))
	w.Flush()
	mu.Lock()
	defer mu.Unlock()
	if len(reports) != 2 || reports[1] != nil {
		t.Fatalf("reports %v, want a nil report after recovery", reports)
	}
	if docs, _ := s.Documents(); !strings.Contains(string(docs["d1"]), "Zürich") {
		t.Error("the document was not saved after recovery")
	}
}

func TestOpenOutsideTheBrowser(t *testing.T) {
	s, err := Open()
	if !errors.Is(err, ErrUnavailable) || s == nil {
		t.Errorf("Open() = %v, %v", s, err)
	}
}

// slow is a Memory whose writes wait for a signal, to hold the queue.
type slow struct {
	Memory
	gate chan struct{}
	puts int
}

func (s *slow) PutDocument(id string, data []byte) error {
	<-s.gate
	s.puts++
	return s.Memory.PutDocument(id, data)
}

func (s *slow) DeleteDocument(id string) error {
	<-s.gate
	return s.Memory.DeleteDocument(id)
}

func TestWriterCoalescesQueuedWritesOfARecord(t *testing.T) {
	lib, h := library(t)
	s := &slow{gate: make(chan struct{})}
	w := NewWriter(s, nil, nil)
	w.SaveDocument(lib.Doc("d1")) // taken by the writer, waiting at the gate
	for _, q := range []string{"Acme", "Opens", "Plant"} {
		ix := lib.Doc("d1").Index()
		start := strings.Index(lib.Doc("d1").Text, q)
		c, _ := lib.AddAnnotation("d1", ix.CodePoint(start), ix.CodePoint(start+len(q)), "claim", "", t0)
		_ = h.Do(lib, c)
		w.SaveDocument(lib.Doc("d1"))
	}
	close(s.gate)
	w.Flush()
	if s.puts > 2 {
		t.Errorf("%d writes, want at most 2 (the queued ones coalesce)", s.puts)
	}
	got, _, _ := Load(&s.Memory, nil)
	if n := len(got.Doc("d1").Annotations); n != 4 {
		t.Errorf("stored %d annotations, want the latest state's 4", n)
	}
}

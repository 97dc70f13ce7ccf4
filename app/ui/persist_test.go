package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// fakeStorage is an app.BrowserStorage in memory that can be made to fail.
type fakeStorage struct {
	data map[string][]byte
	fail error
}

func (s *fakeStorage) Set(k string, v any) error {
	if s.fail != nil {
		return s.fail
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if s.data == nil {
		s.data = map[string][]byte{}
	}
	s.data[k] = b
	return nil
}

func (s *fakeStorage) Get(k string, v any) error {
	b, ok := s.data[k]
	if !ok {
		return nil
	}
	return json.Unmarshal(b, v)
}

func (s *fakeStorage) Del(k string)             { delete(s.data, k) }
func (s *fakeStorage) Len() int                 { return len(s.data) }
func (s *fakeStorage) Clear()                   { s.data = nil }
func (s *fakeStorage) ForEach(f func(k string)) {}
func (s *fakeStorage) Contains(k string) bool   { _, ok := s.data[k]; return ok }

func TestPersistRoundTrip(t *testing.T) {
	s := &fakeStorage{}
	if _, ok, err := loadDocument(s); ok || err != nil {
		t.Fatalf("empty storage: ok=%v err=%v", ok, err)
	}
	d := Document{Text: "Title\n\nBody with émoji 🎉", Format: "markdown", Restored: []string{"About Acme"}}
	if err := saveDocument(s, d); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.data[storageKey]; !ok || storageKey != "pressmark.current.v1" {
		t.Fatalf("not stored under %q: %v", "pressmark.current.v1", s.data)
	}
	got, ok, err := loadDocument(s)
	if !ok || err != nil || !reflect.DeepEqual(got, d) {
		t.Errorf("loadDocument() = %+v, %v, %v; want %+v", got, ok, err, d)
	}
}

func TestPersistErrorsAreReported(t *testing.T) {
	s := &fakeStorage{fail: fmt.Errorf("setting storage value failed: %w", errors.New("JavaScript error: The quota has been exceeded."))}
	err := saveDocument(s, Document{Text: "x"})
	if err == nil {
		t.Fatal("saveDocument() reported no error")
	}
	if msg := saveMessage(err); !strings.Contains(msg, "(The quota has been exceeded)") || strings.Contains(msg, "setting storage") {
		t.Errorf("saveMessage() = %q, want the innermost cause named", msg)
	}
	s = &fakeStorage{data: map[string][]byte{storageKey: []byte("{not json")}}
	if _, ok, err := loadDocument(s); ok || err == nil {
		t.Errorf("corrupt entry: ok=%v err=%v, want an error", ok, err)
	}
	if _, ok := s.data[storageKey]; !ok {
		t.Errorf("a corrupt entry must be left in place")
	}
}

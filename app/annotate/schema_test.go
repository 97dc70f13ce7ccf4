package annotate

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestDocumentStoreRoundTrip(t *testing.T) {
	lib, d := testLibrary(t)
	var h History
	s, e := span(t, release, "€120 million")
	c, _ := lib.AddAnnotation(d.ID, s, e, "figure", "capex 🚀", t0)
	_ = h.Do(lib, c)
	d = lib.Doc(d.ID)
	d.Restored = []string{"About Acme"}
	data, err := EncodeDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"schema":1`) {
		t.Errorf("no schema in %s", data[:80])
	}
	back, err := DecodeDocument(data)
	if err != nil {
		t.Fatal(err)
	}
	back.ix, d.ix = nil, nil
	if !reflect.DeepEqual(back, d) {
		t.Errorf("round trip changed the document:\n got %+v\nwant %+v", back, d)
	}
}

func TestDecodeRejects(t *testing.T) {
	for name, data := range map[string]string{
		"not json":        `{"schema":1,`,
		"newer":           `{"schema":99,"id":"x","text":"a"}`,
		"no id":           `{"schema":1,"text":"abc","annotations":[]}`,
		"past the end":    `{"schema":1,"id":"x","text":"abc","annotations":[{"id":"a","label":"claim","selector":{"exact":"abcd","prefix":"","suffix":"","start":0,"end":4}}]}`,
		"repeated id":     `{"schema":1,"id":"x","text":"abc","annotations":[{"id":"a","label":"l","selector":{"exact":"a","start":0,"end":1}},{"id":"a","label":"l","selector":{"exact":"b","start":1,"end":2}}]}`,
		"legacy, no text": `{"format":"html"}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := DecodeDocument([]byte(data)); err == nil {
				t.Fatal("accepted")
			} else if name == "newer" && !errors.Is(err, ErrNewer) {
				t.Errorf("err = %v, want ErrNewer", err)
			} else if name != "newer" && !errors.Is(err, ErrInvalid) {
				t.Errorf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestMigrateLegacy(t *testing.T) {
	// What app/ui/persist.go stored under "pressmark.current.v1".
	legacy := `{"text":"Acme Opens Plant\n\nLYON, France, March 3, 2025 — Acme today opened a plant.\n\nIt employs 400 people.","format":"text","restored":["About Acme"]}`
	d, err := MigrateLegacy([]byte(legacy), t0)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID == "" || d.Source == "" || d.Format != "text" || !reflect.DeepEqual(d.Restored, []string{"About Acme"}) {
		t.Errorf("migrated %+v", d)
	}
	if d.Title == "" || d.Text == "" || !d.Created.Equal(t0) {
		t.Errorf("not parsed: title %q, text %q", d.Title, d.Text)
	}
	if err := d.Check(); err != nil {
		t.Error(err)
	}
	// DecodeDocument recognises schema 0 by its missing schema key.
	if d, err := DecodeDocument([]byte(legacy)); err != nil || d.Source == "" {
		t.Errorf("DecodeDocument(legacy) = %+v, %v", d, err)
	}
}

func TestMetaRoundTrip(t *testing.T) {
	lib := NewLibrary()
	lib.CurrentID = "doc1"
	_, _ = lib.Labels.Add("Risk", "#123456")
	data, err := EncodeMeta(lib.Meta())
	if err != nil {
		t.Fatal(err)
	}
	m, err := DecodeMeta(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.CurrentID != "doc1" || !reflect.DeepEqual(m.Labels, lib.Labels) {
		t.Errorf("meta round trip: %+v", m)
	}
	if m, err := DecodeMeta([]byte(`{}`)); err != nil || len(m.Labels.Labels) != 9 {
		t.Errorf("empty meta: %+v, %v", m, err)
	}
	if _, err := DecodeMeta([]byte(`{"schema":7}`)); !errors.Is(err, ErrNewer) {
		t.Errorf("newer meta: %v", err)
	}
}

package annotate

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"pressmark/parser"
)

const accented = "Zürich 🚀 Launch\n\nLa société Café Crème annonce 🇫🇷 un chiffre d’affaires de 12 M€ [provisoire].\n\n東京 office opens in 2026, says Zoë Ångström."

// exportLibrary returns a library of two documents with annotations on
// emoji, accented and CJK text, a comment that needs CSV quoting, and an
// orphan.
func exportLibrary(t *testing.T) *Library {
	t.Helper()
	lib, d := testLibrary(t)
	var h History
	_ = h.Do(lib, lib.AddDocument(&Document{ID: "doc2", Title: "Zürich 🚀 Launch", Source: accented, Text: accented, Annotations: []Annotation{}, Created: t0, Modified: t0}, t0))
	lc, _ := lib.EditLabels(func(ls *LabelSet) error { return ls.Rename("claim", "Assertion") }, t0)
	_ = h.Do(lib, lc)
	add := func(docID, text, quote, label, comment string) {
		s, e := span(t, text, quote)
		c, err := lib.AddAnnotation(docID, s, e, label, comment, t0)
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Do(lib, c); err != nil {
			t.Fatal(err)
		}
	}
	add(d.ID, release, "employ 400 people", "figure", `jobs, "direct" only`+"\nsee p. 2")
	add(d.ID, release, "Jane Doe", "person", "")
	add(d.ID, release, "Jane Doe, chief executive", "claim", "overlaps the person")
	add("doc2", accented, "Café Crème", "organisation", "naïve 🚀 comment")
	add("doc2", accented, "🇫🇷", "place", "")
	add("doc2", accented, "12 M€ [provisoire]", "figure", "")
	add("doc2", accented, "Zoë Ångström", "person", "")
	add("doc2", accented, "東京", "place", "")
	// An orphan.
	c, _ := lib.AddAnnotation(d.ID, 0, 4, "quote", "lost", t0)
	c.After.Orphan = true
	_ = h.Do(lib, c)
	return lib
}

type flat struct {
	Label, Exact, Comment string
	Start, End            int
	Orphan                bool
}

// flatten lists a document's annotations by label name, for comparing
// libraries whose label IDs may differ.
func flatten(lib *Library, d *Document) []flat {
	var out []flat
	for _, a := range append(d.Attached(), d.Orphans()...) {
		out = append(out, flat{lib.Labels.Name(a.LabelID), a.Selector.Exact, a.Comment, a.Selector.Start, a.Selector.End, a.Orphan})
	}
	return out
}

func TestW3CRoundTripIntoEmptyLibrary(t *testing.T) {
	lib := exportLibrary(t)
	data, err := ExportW3C(lib.Documents, lib.Labels, t0)
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if c["@context"] != AnnoContext || c["type"] != "AnnotationCollection" || c["total"] != float64(9) {
		t.Errorf("collection head: %v %v %v", c["@context"], c["type"], c["total"])
	}
	item := c["first"].(map[string]any)["items"].([]any)[0].(map[string]any)
	body := item["body"].([]any)
	if body[0].(map[string]any)["purpose"] != "tagging" || body[1].(map[string]any)["purpose"] != "commenting" {
		t.Errorf("bodies: %v", body)
	}
	sels := item["target"].(map[string]any)["selector"].([]any)
	if sels[0].(map[string]any)["type"] != "TextQuoteSelector" || sels[1].(map[string]any)["type"] != "TextPositionSelector" {
		t.Errorf("selectors: %v", sels)
	}
	if src := item["target"].(map[string]any)["source"]; src != DocURN+"doc1" {
		t.Errorf("target source %v", src)
	}

	empty := NewLibrary()
	var h History
	cs, sum, err := empty.Import(data, t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Do(empty, cs...); err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 2 || sum.Annotations != 9 || sum.Orphans != 1 {
		t.Errorf("summary %+v", sum)
	}
	for _, d := range lib.Documents {
		got := empty.Doc(d.ID)
		if got == nil {
			t.Fatalf("document %s missing", d.ID)
		}
		if got.Text != d.Text || got.Source != d.Source || got.Title != d.Title {
			t.Errorf("document %s: text, source or title differ", d.ID)
		}
		if a, b := flatten(empty, got), flatten(lib, d); !reflect.DeepEqual(a, b) {
			t.Errorf("document %s annotations:\n got %+v\nwant %+v", d.ID, a, b)
		}
	}
	// Importing the same file again adds nothing.
	cs, sum, err = empty.Import(data, t0)
	if err != nil || sum.Annotations != 0 || sum.Documents != 0 {
		t.Errorf("re-import: %+v, %v, %d changes", sum, err, len(cs))
	}
	// Undo takes the whole import back.
	h.Undo(empty)
	if len(empty.Documents) != 0 || empty.Labels.Name("claim") != "Claim" {
		t.Errorf("undo of import left %d documents, claim named %q", len(empty.Documents), empty.Labels.Name("claim"))
	}
}

func TestW3CImportAnnotationsOnly(t *testing.T) {
	lib, d := testLibrary(t)
	s, e := span(t, release, "renewable power")
	file := `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
	 {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Energy"},
	  "target": {"source": "urn:pressmark:doc:doc1", "selector": {"type": "TextQuoteSelector", "exact": "renewable power", "prefix": "runs entirely on ", "suffix": ". Production"}}},
	 {"type": "Annotation", "body": [{"type": "TextualBody", "value": "a plain note"}, {"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
	  "target": {"source": "urn:pressmark:doc:doc1", "selector": [{"type": "TextPositionSelector", "start": 0, "end": 13}]}}
	]}`
	cs, sum, err := lib.Import([]byte(file), t0)
	if err != nil {
		t.Fatal(err)
	}
	var h History
	if err := h.Do(lib, cs...); err != nil {
		t.Fatal(err)
	}
	if sum.Annotations != 2 || sum.Labels != 1 {
		t.Errorf("summary %+v", sum)
	}
	got := flatten(lib, lib.Doc(d.ID))
	want := []flat{
		{Label: "Claim", Exact: "Acme Robotics", Comment: "a plain note", Start: 0, End: 13},
		{Label: "Energy", Exact: "renewable power", Start: s, End: e},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestImportRejectsInvalidFilesAndChangesNothing(t *testing.T) {
	good := `"body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"}, "target": {"source": "urn:pressmark:doc:doc1", "selector": {"type": "TextQuoteSelector", "exact": "Lyon"}}`
	for name, file := range map[string]string{
		"empty":                ``,
		"not json":             `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": `,
		"unknown format":       `{"annotations": []}`,
		"wrong context":        `{"@context": "http://schema.org", "type": "AnnotationPage", "items": []}`,
		"wrong type":           `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Collection"}`,
		"unknown document":     `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [{"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"}, "target": {"source": "urn:pressmark:doc:nope", "selector": {"type": "TextQuoteSelector", "exact": "Lyon"}}}]}`,
		"no selector":          `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [{"type": "Annotation", ` + good + `}, {"type": "Annotation", "target": {"source": "urn:pressmark:doc:doc1", "selector": []}}]}`,
		"bad position":         `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [{"type": "Annotation", ` + good + `}, {"type": "Annotation", "target": {"source": "urn:pressmark:doc:doc1", "selector": {"type": "TextPositionSelector", "start": 5, "end": 2}}}]}`,
		"pressmark newer":      `{"pressmark": 99, "documents": []}`,
		"pressmark bad doc":    `{"pressmark": 1, "documents": [{"id": "x", "text": "abc", "annotations": [{"id": "a", "label": "claim", "selector": {"exact": "zzzz", "start": 0, "end": 9}}]}]}`,
		"pressmark bad labels": `{"pressmark": 1, "labels": {"labels": [{"id": "a", "name": "A", "colour": "blue"}]}, "documents": []}`,
	} {
		t.Run(name, func(t *testing.T) {
			lib, _ := testLibrary(t)
			before, _ := ExportPressmark(lib.Documents, lib.Labels, t0)
			cs, _, err := lib.Import([]byte(file), t0)
			if err == nil {
				t.Fatalf("accepted, %d changes", len(cs))
			}
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrNewer) && !errors.Is(err, ErrLabelInvalid) {
				t.Errorf("unclassified error %v", err)
			}
			if cs != nil {
				t.Error("changes returned with an error")
			}
			after, _ := ExportPressmark(lib.Documents, lib.Labels, t0)
			if !bytes.Equal(before, after) {
				t.Error("the library changed")
			}
			t.Log(err)
		})
	}
}

func TestPressmarkRoundTrip(t *testing.T) {
	lib := exportLibrary(t)
	lib.Doc("doc1").Restored = []string{"About Acme Robotics"}
	lib.Doc("doc1").Rejected = []string{"country:France"}
	data, err := ExportPressmark(lib.Documents, lib.Labels, t0)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"release"`)) {
		t.Error("no release in the export")
	}
	empty := NewLibrary()
	cs, _, err := empty.Import(data, t0)
	if err != nil {
		t.Fatal(err)
	}
	var h History
	if err := h.Do(empty, cs...); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(empty.Labels, lib.Labels) {
		t.Errorf("labels: %+v", empty.Labels)
	}
	for _, d := range lib.Documents {
		got := empty.Doc(d.ID).Clone()
		want := d.Clone()
		got.ix, want.ix, got.Modified, want.Modified = nil, nil, want.Modified, got.Modified
		if !reflect.DeepEqual(got, want) {
			t.Errorf("document %s:\n got %+v\nwant %+v", d.ID, got, want)
		}
	}
}

func TestJSONLSpansAreCodePoints(t *testing.T) {
	lib := exportLibrary(t)
	data, err := ExportJSONL(lib.Documents, lib.Labels)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, line := range lines {
		var v struct {
			Text  string  `json:"text"`
			Label [][]any `json:"label"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatal(err)
		}
		d := lib.Documents[i]
		want := d.Attached()
		if v.Text != d.Text || len(v.Label) != len(want) {
			t.Fatalf("line %d: %d spans, want %d", i, len(v.Label), len(want))
		}
		runes := []rune(v.Text)
		for j, l := range v.Label {
			s, e := int(l[0].(float64)), int(l[1].(float64))
			if got := string(runes[s:e]); got != want[j].Selector.Exact || l[2] != lib.Labels.Name(want[j].LabelID) {
				t.Errorf("span %v = %q, want %q", l, got, want[j].Selector.Exact)
			}
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	lib := exportLibrary(t)
	data, err := ExportCSV(lib.Documents, lib.Labels)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader) {
		t.Errorf("header %v", rows[0])
	}
	var want [][]string
	for _, d := range lib.Documents {
		for _, f := range flatten(lib, d) {
			s, e := strconv.Itoa(f.Start), strconv.Itoa(f.End)
			if f.Orphan {
				s, e = "", ""
			}
			want = append(want, []string{d.Title, f.Label, f.Exact, f.Comment, s, e})
		}
	}
	if !reflect.DeepEqual(rows[1:], want) {
		t.Errorf("rows:\n%q\nwant\n%q", rows[1:], want)
	}
}

func TestMarkdownFootnotes(t *testing.T) {
	lib := exportLibrary(t)
	rels := map[string]*parser.Release{"doc2": fakeRelease(accented)}
	md := string(ExportMarkdown(lib.Documents, rels, lib.Labels))
	for _, want := range []string{
		"# Acme Robotics Opens New Plant in Lyon\n",
		"will employ 400 people[^1] by the end",
		"said Jane Doe[^2], chief executive[^3] of",
		"[^1]: Figure: jobs, \"direct\" only see p. 2\n[^2]: Person\n[^3]: Assertion: overlaps the person\n",
		"“Acme” — Quote: lost",
		"\n---\n\n# Zürich 🚀 Launch\n",
		"Café Crème[^4] annonce 🇫🇷[^5] un chiffre d’affaires de 12 M€ \\[provisoire\\][^6].",
		"東京[^7] office",
		"Zoë Ångström[^8].",
		"[^4]: Organisation: naïve 🚀 comment",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

package annotate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ImportSummary says what an import brings in.
type ImportSummary struct {
	Format      string `json:"format"` // "pressmark" or "w3c"
	Documents   int    `json:"documents"`
	Annotations int    `json:"annotations"`
	Labels      int    `json:"labels"`
	Orphans     int    `json:"orphans"` // imported annotations that could not be anchored
}

// Import reads a Pressmark JSON or W3C Web Annotation JSON-LD file and
// returns the changes that bring its documents, annotations and labels into
// the library, for History.Do (so an import can be undone). The whole file
// is checked first: a file that is not valid returns an error that says
// why, and no changes, so it changes nothing.
//
// A document whose ID and text match one already in the library is merged
// into it rather than duplicated; any other clash of IDs gets a new ID.
// Imported into a library with no documents, a Pressmark file's label set
// replaces the library's; otherwise labels are merged by ID, then by name.
func (l *Library) Import(data []byte, now time.Time) ([]Change, ImportSummary, error) {
	data = bytes.TrimPrefix(bytes.TrimSpace(data), []byte("\xef\xbb\xbf"))
	if len(data) == 0 {
		return nil, ImportSummary{}, errorf("the file is empty")
	}
	if data[0] == '[' {
		return l.importW3C(data, now)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, ImportSummary{}, errorf("the file is not JSON (%v)", err)
	}
	switch {
	case probe["pressmark"] != nil:
		return l.importPressmark(data, now)
	case probe["@context"] != nil:
		return l.importW3C(data, now)
	}
	return nil, ImportSummary{}, errorf("the file is neither a Pressmark export nor W3C Web Annotations (no \"pressmark\" or \"@context\" key)")
}

// merger accumulates an import's changes against a copy of the labels.
type merger struct {
	lib     *Library
	labels  LabelSet
	added   int // labels added
	docs    []Change
	annots  []Change
	summary ImportSummary
	now     time.Time
}

func newMerger(l *Library, format string, now time.Time) *merger {
	return &merger{lib: l, labels: l.Labels.Clone(), now: now, summary: ImportSummary{Format: format}}
}

// labelFor returns the ID of the label named name, adding it if needed.
func (m *merger) labelFor(name string) (string, error) {
	if l, ok := m.labels.ByName(name); ok {
		return l.ID, nil
	}
	l, err := m.labels.Add(name, "")
	if err != nil {
		return "", fmt.Errorf("label %q: %w", name, err)
	}
	m.added++
	return l.ID, nil
}

// addDocument brings in d with its annotations, merging it into an
// identical library document.
func (m *merger) addDocument(d *Document) error {
	if err := d.Check(); err != nil {
		return err
	}
	d.Annotations = anchorAttached(d.Text, d.Annotations)
	if have := m.lib.Doc(d.ID); have != nil {
		if have.Text == d.Text && have.Source == d.Source {
			return m.addAnnotations(have, d.Annotations)
		}
		d.ID = NewID()
	}
	for _, c := range m.docs {
		if c.DocID == d.ID {
			d.ID = NewID()
		}
	}
	m.summary.Documents++
	m.countAnnotations(d.Annotations)
	m.docs = append(m.docs, Change{DocID: d.ID, DocAfter: d, At: m.now})
	return nil
}

// addAnnotations brings annotations into an existing document, anchoring
// them in its text and skipping ones it already has.
func (m *merger) addAnnotations(d *Document, as []Annotation) error {
	as = append([]Annotation(nil), as...)
	if err := completeQuotes(d.Index(), as); err != nil {
		return err
	}
	for _, a := range anchorAttached(d.Text, as) {
		if err := a.Check(); err != nil {
			return err
		}
		if have, i := d.Find(a.ID); i >= 0 {
			if have.Selector == a.Selector && have.LabelID == a.LabelID && have.Comment == a.Comment {
				continue
			}
			a.ID = NewID()
		}
		a := a
		m.annots = append(m.annots, Change{DocID: d.ID, After: &a, At: m.now})
		m.countAnnotations([]Annotation{a})
	}
	return nil
}

// anchorAttached checks imported annotations against text, re-anchoring
// those whose selectors disagree with it; orphans stay orphans, as they
// were exported.
func anchorAttached(text string, as []Annotation) []Annotation {
	var idx []int
	var attached []Annotation
	for i, a := range as {
		if !a.Orphan {
			idx, attached = append(idx, i), append(attached, a)
		}
	}
	placed, _ := Reanchor(text, attached)
	out := append([]Annotation(nil), as...)
	for k, i := range idx {
		out[i] = placed[k]
	}
	return out
}

func (m *merger) countAnnotations(as []Annotation) {
	for _, a := range as {
		m.summary.Annotations++
		if a.Orphan {
			m.summary.Orphans++
		}
	}
}

// changes returns the import's changes: labels first, so that the
// annotations find them.
func (m *merger) changes() []Change {
	var out []Change
	if m.added > 0 || !equalLabels(m.labels, m.lib.Labels) {
		before, after := m.lib.Labels.Clone(), m.labels.Clone()
		out = append(out, Change{LabelsBefore: &before, LabelsAfter: &after, At: m.now})
	}
	m.summary.Labels = m.added
	return append(append(out, m.docs...), m.annots...)
}

func equalLabels(a, b LabelSet) bool {
	if len(a.Labels) != len(b.Labels) {
		return false
	}
	for i := range a.Labels {
		if a.Labels[i] != b.Labels[i] {
			return false
		}
	}
	return true
}

func (l *Library) importPressmark(data []byte, now time.Time) ([]Change, ImportSummary, error) {
	var f pressmarkFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, ImportSummary{}, errorf("the Pressmark file cannot be read (%v)", err)
	}
	if f.Pressmark > Schema {
		return nil, ImportSummary{}, fmt.Errorf("%w (file schema %d, this version reads up to %d)", ErrNewer, f.Pressmark, Schema)
	}
	if f.Pressmark < 1 {
		return nil, ImportSummary{}, errorf("the Pressmark file has no valid schema version")
	}
	m := newMerger(l, "pressmark", now)
	relabel := map[string]string{}
	if f.Labels != nil {
		if err := f.Labels.Validate(); err != nil {
			return nil, ImportSummary{}, err
		}
		if len(l.Documents) == 0 {
			m.labels = f.Labels.Clone()
			m.added = countNew(l.Labels, m.labels)
		} else {
			for _, fl := range f.Labels.Labels {
				if _, ok := m.labels.Find(fl.ID); ok {
					continue
				}
				if have, ok := m.labels.ByName(fl.Name); ok {
					relabel[fl.ID] = have.ID
					continue
				}
				m.labels.Labels = append(m.labels.Labels, fl)
				m.labels.Normalise()
				m.added++
			}
		}
	}
	for i, pd := range f.Documents {
		if pd.Document == nil {
			return nil, ImportSummary{}, errorf("document %d is empty", i+1)
		}
		d := pd.Document.Clone()
		if d.Text == "" && pd.Release != nil {
			d.Text = pd.Release.Text
		}
		if d.Annotations == nil {
			d.Annotations = []Annotation{}
		}
		for j := range d.Annotations {
			if to, ok := relabel[d.Annotations[j].LabelID]; ok {
				d.Annotations[j].LabelID = to
			}
		}
		if err := m.addDocument(d); err != nil {
			return nil, ImportSummary{}, fmt.Errorf("document %d: %w", i+1, err)
		}
	}
	cs := m.changes()
	return cs, m.summary, nil
}

func countNew(old, now LabelSet) int {
	n := 0
	for _, l := range now.Labels {
		if _, ok := old.Find(l.ID); !ok {
			n++
		}
	}
	return n
}

func (l *Library) importW3C(data []byte, now time.Time) ([]Change, ImportSummary, error) {
	items, docs, err := readW3C(data)
	if err != nil {
		return nil, ImportSummary{}, err
	}
	m := newMerger(l, "w3c", now)
	fileDocs := map[string]*Document{}
	var order []string
	for i, wd := range docs {
		if wd.Text == "" && wd.Source == "" {
			return nil, ImportSummary{}, errorf("document %d (%s) has no text", i+1, wd.ID)
		}
		d := &Document{
			ID: strings.TrimPrefix(wd.ID, DocURN), Title: wd.Title, Published: wd.Published, URL: wd.URL,
			Source: wd.Source, Format: wd.Format, Restored: wd.Restored, Text: wd.Text,
			Annotations: []Annotation{}, Created: now, Modified: now,
		}
		if d.ID == "" || d.ID == wd.ID {
			d.ID = NewID()
		}
		if d.Text == "" {
			if rel, err := d.Parse(); err == nil {
				d.setRelease(rel)
			}
		}
		if d.Title == "" {
			d.Title = d.autoTitle()
		}
		fileDocs[wd.ID] = d
		order = append(order, wd.ID)
	}
	existing := map[*Document][]Annotation{}
	var existingOrder []*Document
	for i, it := range items {
		target, a, err := m.fromW3C(it, now)
		if err != nil {
			return nil, ImportSummary{}, fmt.Errorf("annotation %d: %w", i+1, err)
		}
		if d := fileDocs[target]; d != nil {
			d.Annotations = append(d.Annotations, a)
			continue
		}
		d := l.findTarget(target)
		if d == nil {
			return nil, ImportSummary{}, errorf("annotation %d is on %q, which is neither in the file nor in the library", i+1, target)
		}
		if existing[d] == nil {
			existingOrder = append(existingOrder, d)
		}
		existing[d] = append(existing[d], a)
	}
	for _, id := range order {
		d := fileDocs[id]
		if err := completeQuotes(d.Index(), d.Annotations); err != nil {
			return nil, ImportSummary{}, err
		}
		if err := m.addDocument(d); err != nil {
			return nil, ImportSummary{}, err
		}
	}
	for _, d := range existingOrder {
		if err := m.addAnnotations(d, existing[d]); err != nil {
			return nil, ImportSummary{}, err
		}
	}
	return m.changes(), m.summary, nil
}

// findTarget returns the library document an annotation target names, by
// Pressmark URN or by URL.
func (l *Library) findTarget(source string) *Document {
	if id, ok := strings.CutPrefix(source, DocURN); ok {
		return l.Doc(id)
	}
	for _, d := range l.Documents {
		if d.URL != "" && d.URL == source {
			return d
		}
	}
	return nil
}

// completeQuotes fills in the quote of annotations that came with a
// position only, from the text ix indexes.
func completeQuotes(ix *Index, as []Annotation) error {
	for i, a := range as {
		if a.Selector.Exact != "" {
			continue
		}
		if !ix.Valid(a.Selector.Start, a.Selector.End) {
			return errorf("annotation %s has no quote and a range [%d, %d) outside the text", a.ID, a.Selector.Start, a.Selector.End)
		}
		as[i].Selector, _ = NewSelector(ix, a.Selector.Start, a.Selector.End)
	}
	return nil
}

// readW3C returns the annotations of a W3C file — a collection, a page, one
// annotation or an array of them — and the documents it carries.
func readW3C(data []byte) ([]w3cAnnotation, []w3cDocument, error) {
	if data[0] == '[' {
		var items []w3cAnnotation
		if err := json.Unmarshal(data, &items); err != nil {
			return nil, nil, errorf("the annotations cannot be read (%v)", err)
		}
		return items, nil, nil
	}
	var c w3cCollection
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, nil, errorf("the W3C file cannot be read (%v)", err)
	}
	if !hasAnnoContext(c.Context) {
		return nil, nil, errorf("the file's @context is not %s", AnnoContext)
	}
	switch c.Type {
	case "AnnotationCollection":
		items := c.Items
		if c.First != nil {
			items = append(items, c.First.Items...)
		}
		return items, c.Documents, nil
	case "AnnotationPage":
		return c.Items, c.Documents, nil
	case "Annotation":
		var a w3cAnnotation
		if err := json.Unmarshal(data, &a); err != nil {
			return nil, nil, errorf("the annotation cannot be read (%v)", err)
		}
		return []w3cAnnotation{a}, nil, nil
	}
	return nil, nil, errorf("unknown type %q: want AnnotationCollection, AnnotationPage or Annotation", c.Type)
}

func hasAnnoContext(ctx any) bool {
	switch v := ctx.(type) {
	case string:
		return v == AnnoContext || v == "https://www.w3.org/ns/anno.jsonld"
	case []any:
		for _, x := range v {
			if hasAnnoContext(x) {
				return true
			}
		}
	}
	return false
}

// fromW3C converts one W3C annotation, returning its target source.
func (m *merger) fromW3C(w w3cAnnotation, now time.Time) (string, Annotation, error) {
	if w.Type != "Annotation" {
		return "", Annotation{}, errorf("type %q is not Annotation", w.Type)
	}
	if w.Target.Source == "" {
		return "", Annotation{}, errorf("the target has no source")
	}
	a := Annotation{ID: strings.TrimPrefix(w.ID, AnnoURN), Orphan: w.Orphan, Created: parseTime(w.Created, now), Modified: parseTime(w.Modified, now)}
	if a.ID == "" || a.ID == w.ID {
		a.ID = NewID()
	}
	label := ""
	for _, rb := range w.Body {
		var b w3cBody
		if err := json.Unmarshal(rb, &b); err != nil {
			return "", Annotation{}, errorf("a body cannot be read (%v)", err)
		}
		switch b.Purpose {
		case "tagging", "classifying":
			if label == "" {
				label = b.Value
			}
		case "commenting", "describing", "":
			if a.Comment != "" {
				a.Comment += "\n\n"
			}
			a.Comment += b.Value
		}
	}
	if strings.TrimSpace(label) == "" {
		label = "Imported"
	}
	id, err := m.labelFor(label)
	if err != nil {
		return "", Annotation{}, err
	}
	a.LabelID = id
	quote, position := false, false
	for _, rs := range w.Target.Selector {
		var s w3cSelector
		if err := json.Unmarshal(rs, &s); err != nil {
			return "", Annotation{}, errorf("a selector cannot be read (%v)", err)
		}
		switch s.Type {
		case "TextQuoteSelector":
			if s.Exact == "" {
				return "", Annotation{}, errorf("a TextQuoteSelector has no exact text")
			}
			a.Selector.TextQuoteSelector = TextQuoteSelector{Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix}
			quote = true
		case "TextPositionSelector":
			if s.Start == nil || s.End == nil || *s.Start < 0 || *s.End <= *s.Start {
				return "", Annotation{}, errorf("a TextPositionSelector has no valid start and end")
			}
			a.Selector.Start, a.Selector.End = *s.Start, *s.End
			position = true
		}
	}
	if !quote && !position {
		return "", Annotation{}, errorf("the target has neither a TextQuoteSelector nor a TextPositionSelector")
	}
	if !position {
		// Anchoring finds the quote; an end past the start keeps Check happy.
		a.Selector.Start, a.Selector.End = 0, len([]rune(a.Selector.Exact))
	}
	return w.Target.Source, a, nil
}

func parseTime(s string, def time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	return def
}

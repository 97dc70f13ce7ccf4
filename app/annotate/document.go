package annotate

import (
	"slices"
	"strings"
	"time"

	"pressmark/parser"
)

// Document is one release kept in the library: the source as the user
// pasted it, the choices that shape its parse, the cleaned text its
// annotations are anchored to, and the annotations.
type Document struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published string   `json:"published,omitempty"` // from the release, ISO 8601
	URL       string   `json:"url,omitempty"`       // the release's canonical URL, when known
	Source    string   `json:"source"`              // the raw pasted text
	Format    string   `json:"format,omitempty"`    // "html", "markdown" or "text"; empty: detect
	Restored  []string `json:"restored,omitempty"`  // removed stretches put back: parser.WithRestored

	// Text is the release's cleaned text (parser.Release.Text) that the
	// annotations' selectors point into.
	Text        string       `json:"text"`
	Annotations []Annotation `json:"annotations"`
	// Rejected lists the entity suggestions the user turned down, as
	// SuggestionKey values.
	Rejected []string `json:"rejected,omitempty"`

	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`

	ix *Index // index of Text, built on demand
}

// NewDocument returns a document for a source, its parser choices and the
// release parsed from them.
func NewDocument(source, format string, restored []string, rel *parser.Release, now time.Time) *Document {
	d := &Document{ID: NewID(), Source: source, Format: format, Restored: slices.Clone(restored), Created: now, Modified: now}
	d.setRelease(rel)
	return d
}

// Options returns the parser options that reproduce the document's parse.
func (d *Document) Options() []parser.Option {
	var opts []parser.Option
	var f parser.Format
	if d.Format != "" && f.UnmarshalText([]byte(d.Format)) == nil {
		opts = append(opts, parser.WithFormat(f))
	}
	if len(d.Restored) > 0 {
		opts = append(opts, parser.WithRestored(d.Restored...))
	}
	return opts
}

// Parse parses the document's source with its choices.
func (d *Document) Parse() (*parser.Release, error) {
	return parser.ParseString(d.Source, d.Options()...)
}

// setRelease takes the title, date, URL and text from rel. It does not
// re-anchor; see Library.Update.
func (d *Document) setRelease(rel *parser.Release) {
	if rel == nil {
		return
	}
	if d.Title == "" || d.Title == d.autoTitle() {
		d.Title = rel.Title
	}
	d.Published, d.URL = rel.Published, rel.URL
	if d.Text != rel.Text {
		d.Text, d.ix = rel.Text, nil
	}
}

// autoTitle is the title the text implies: its first line.
func (d *Document) autoTitle() string {
	t, _, _ := strings.Cut(d.Text, "\n")
	return t
}

// Index returns the code-point index of Text.
func (d *Document) Index() *Index {
	if d.ix == nil || d.ix.text != d.Text {
		d.ix = NewIndex(d.Text)
	}
	return d.ix
}

// Find returns the annotation with the given ID and its position in
// Annotations, or -1.
func (d *Document) Find(id string) (Annotation, int) {
	for i, a := range d.Annotations {
		if a.ID == id {
			return a, i
		}
	}
	return Annotation{}, -1
}

// Attached returns the annotations that are anchored, in document order:
// by start, longer first, then by creation.
func (d *Document) Attached() []Annotation {
	out := make([]Annotation, 0, len(d.Annotations))
	for _, a := range d.Annotations {
		if !a.Orphan {
			out = append(out, a)
		}
	}
	SortByPosition(out)
	return out
}

// Orphans returns the annotations that could not be re-anchored, oldest
// first.
func (d *Document) Orphans() []Annotation {
	var out []Annotation
	for _, a := range d.Annotations {
		if a.Orphan {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Annotation) int { return a.Created.Compare(b.Created) })
	return out
}

// SortByPosition sorts annotations in document order: by start, longer
// first, then by creation; equal ones keep their order (a stable sort).
//
// Annotations are large values, and a stable merge sort moves each many
// times (with a write barrier per pointer, in wasm): with thousands of
// annotations that made every redraw of the list slow. This sorts their
// indices instead, breaking ties by index, and moves each annotation once;
// a slice already in order is left as it is.
func SortByPosition(as []Annotation) {
	sorted := true
	for i := 1; i < len(as) && sorted; i++ {
		sorted = comparePosition(&as[i-1], &as[i]) <= 0
	}
	if sorted {
		return
	}
	idx := make([]int32, len(as))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		if c := comparePosition(&as[i], &as[j]); c != 0 {
			return c
		}
		return int(i - j)
	})
	out := make([]Annotation, len(as))
	for k, i := range idx {
		out[k] = as[i]
	}
	copy(as, out)
}

// comparePosition orders two annotations as SortByPosition does.
func comparePosition(a, b *Annotation) int {
	if a.Selector.Start != b.Selector.Start {
		return a.Selector.Start - b.Selector.Start
	}
	if a.Selector.End != b.Selector.End {
		return b.Selector.End - a.Selector.End
	}
	return a.Created.Compare(b.Created)
}

// Clone returns a deep copy of d.
func (d *Document) Clone() *Document {
	c := *d
	c.Restored = slices.Clone(d.Restored)
	c.Annotations = slices.Clone(d.Annotations)
	c.Rejected = slices.Clone(d.Rejected)
	return &c
}

// Check reports whether the document is well formed: an ID, a source or
// text, and well-formed annotations with unique IDs within the text.
func (d *Document) Check() error {
	if d.ID == "" {
		return errorf("a document has no id")
	}
	if d.Source == "" && d.Text == "" {
		return errorf("document %q has neither source nor text", d.Title)
	}
	n := d.Index().Len()
	seen := map[string]bool{}
	for _, a := range d.Annotations {
		if err := a.Check(); err != nil {
			return errorf("document %q: %v", d.Title, err)
		}
		if seen[a.ID] {
			return errorf("document %q: annotation id %s is repeated", d.Title, a.ID)
		}
		seen[a.ID] = true
		if !a.Orphan && a.Selector.End > n {
			return errorf("document %q: annotation %s ends at %d, past the text's %d code points", d.Title, a.ID, a.Selector.End, n)
		}
	}
	return nil
}

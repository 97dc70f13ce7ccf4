package annotate

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrNewer is returned for data written by a newer Pressmark, whose schema
// this version does not know. The data is left alone.
var ErrNewer = errors.New("this was saved by a newer version of Pressmark")

// LegacyKey is the local-storage key of schema 0: the app's interim store
// of the one document being edited.
const LegacyKey = "pressmark.current.v1"

// Meta is the library's stored record beside its documents: the label set
// and the current document.
type Meta struct {
	Schema    int      `json:"schema"`
	Labels    LabelSet `json:"labels"`
	CurrentID string   `json:"current,omitempty"`
}

// Meta returns the library's meta record.
func (l *Library) Meta() Meta {
	return Meta{Schema: Schema, Labels: l.Labels.Clone(), CurrentID: l.CurrentID}
}

// storedDocument is a document as stored: the document's keys and the
// schema version beside them.
type storedDocument struct {
	Schema int `json:"schema"`
	*Document
}

// EncodeDocument returns the stored form of d.
func EncodeDocument(d *Document) ([]byte, error) {
	return json.Marshal(storedDocument{Schema: Schema, Document: d})
}

// DecodeDocument reads a stored document of any known schema.
func DecodeDocument(data []byte) (*Document, error) {
	var probe struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, errorf("a stored document is not JSON: %v", err)
	}
	if probe.Schema == nil || *probe.Schema == 0 {
		return DecodeLegacy(data)
	}
	if *probe.Schema > Schema {
		return nil, fmt.Errorf("%w (document schema %d, this version reads up to %d)", ErrNewer, *probe.Schema, Schema)
	}
	sd := storedDocument{Document: &Document{}}
	if err := json.Unmarshal(data, &sd); err != nil {
		return nil, errorf("a stored document cannot be read: %v", err)
	}
	d := sd.Document
	if d.Annotations == nil {
		d.Annotations = []Annotation{}
	}
	if err := d.Check(); err != nil {
		return nil, err
	}
	return d, nil
}

// EncodeMeta returns the stored form of m.
func EncodeMeta(m Meta) ([]byte, error) {
	m.Schema = Schema
	return json.Marshal(m)
}

// DecodeMeta reads a stored meta record of any known schema. A record with
// no labels gets the default set.
func DecodeMeta(data []byte) (Meta, error) {
	var m Meta
	if err := json.Unmarshal(data, &m); err != nil {
		return Meta{}, errorf("the stored settings are not JSON: %v", err)
	}
	if m.Schema > Schema {
		return Meta{}, fmt.Errorf("%w (settings schema %d, this version reads up to %d)", ErrNewer, m.Schema, Schema)
	}
	if len(m.Labels.Labels) == 0 {
		m.Labels = DefaultLabels()
	}
	if err := m.Labels.Validate(); err != nil {
		return Meta{}, err
	}
	m.Schema = Schema
	return m, nil
}

// DecodeLegacy reads schema 0, the value the app kept under LegacyKey:
// {"text": source, "format": hint, "restored": [...]}. The document it
// returns has a new ID, no title and no cleaned text: the caller parses its
// source (Library.UpdateSource or NewDocument) to fill them in.
func DecodeLegacy(data []byte) (*Document, error) {
	var v struct {
		Text     *string  `json:"text"`
		Source   *string  `json:"source"`
		Format   string   `json:"format"`
		Restored []string `json:"restored"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, errorf("the saved document cannot be read: %v", err)
	}
	src := v.Text
	if src == nil {
		src = v.Source
	}
	if src == nil || strings.TrimSpace(*src) == "" && len(v.Restored) == 0 {
		return nil, errorf("the saved document has no text")
	}
	switch v.Format {
	case "", "text", "markdown", "html":
	default:
		v.Format = ""
	}
	return &Document{ID: NewID(), Source: *src, Format: v.Format, Restored: v.Restored, Annotations: []Annotation{}}, nil
}

// MigrateLegacy reads schema 0 (see DecodeLegacy) and parses the source, so
// that the document has its title and cleaned text. A source the parser
// cannot use still gives a document, titled "Untitled", so nothing is lost.
func MigrateLegacy(data []byte, now time.Time) (*Document, error) {
	d, err := DecodeLegacy(data)
	if err != nil {
		return nil, err
	}
	d.Created, d.Modified = now, now
	if rel, err := d.Parse(); err == nil {
		d.setRelease(rel)
	}
	if d.Title == "" {
		d.Title = "Untitled"
	}
	return d, nil
}

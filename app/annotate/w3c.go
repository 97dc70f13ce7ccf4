package annotate

import (
	"encoding/json"
	"strings"
	"time"
)

// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).

// AnnoContext is the JSON-LD context of the Web Annotation vocabulary.
const AnnoContext = "http://www.w3.org/ns/anno.jsonld"

// URN prefixes for the identifiers Pressmark gives documents and
// annotations in exports.
const (
	DocURN  = "urn:pressmark:doc:"
	AnnoURN = "urn:pressmark:anno:"
)

// w3cCollection is an AnnotationCollection with its first page embedded.
// DocumentsKey carries the annotated documents' texts, so that the file can
// be imported into an empty library; as an absolute IRI it survives JSON-LD
// processing, and other tools ignore it.
type w3cCollection struct {
	Context   any             `json:"@context"`
	ID        string          `json:"id,omitempty"`
	Type      string          `json:"type"`
	Label     string          `json:"label,omitempty"`
	Total     int             `json:"total"`
	Generator string          `json:"generator,omitempty"`
	Created   string          `json:"created,omitempty"`
	Documents []w3cDocument   `json:"pressmark:documents,omitempty"`
	First     *w3cPage        `json:"first,omitempty"`
	Items     []w3cAnnotation `json:"items,omitempty"` // accepted on import only
}

type w3cPage struct {
	Type       string          `json:"type"`
	StartIndex int             `json:"startIndex"`
	Items      []w3cAnnotation `json:"items"`
}

type w3cDocument struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published string   `json:"published,omitempty"`
	URL       string   `json:"url,omitempty"`
	Source    string   `json:"source"`
	Format    string   `json:"format,omitempty"`
	Restored  []string `json:"restored,omitempty"`
	Text      string   `json:"text"`
}

type w3cAnnotation struct {
	Context  any       `json:"@context,omitempty"`
	ID       string    `json:"id,omitempty"`
	Type     string    `json:"type"`
	Created  string    `json:"created,omitempty"`
	Modified string    `json:"modified,omitempty"`
	Body     oneOrMany `json:"body,omitempty"`
	Target   w3cTarget `json:"target"`
	Orphan   bool      `json:"pressmark:orphan,omitempty"`
}

type w3cBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose,omitempty"`
	Value   string `json:"value"`
}

type w3cTarget struct {
	Source   string    `json:"source"`
	Selector oneOrMany `json:"selector"`
}

type w3cSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// oneOrMany holds a JSON-LD value that may be one object or an array of
// them; it is written as an array.
type oneOrMany []json.RawMessage

func (o *oneOrMany) UnmarshalJSON(b []byte) error {
	if t := strings.TrimSpace(string(b)); strings.HasPrefix(t, "[") {
		var many []json.RawMessage
		if err := json.Unmarshal(b, &many); err != nil {
			return err
		}
		*o = many
		return nil
	}
	*o = oneOrMany{json.RawMessage(b)}
	return nil
}

func raw(v any) json.RawMessage {
	b, _ := json.Marshal(v)
	return b
}

// ExportW3C writes the annotations of docs as a W3C Web Annotation
// AnnotationCollection. Each annotation's body tags it with its label's
// name (purpose "tagging") and carries its comment (purpose "commenting");
// its target names the document as urn:pressmark:doc:<id> and selects the
// text with a TextQuoteSelector and a TextPositionSelector (code points
// into the cleaned text, which the collection's "pressmark:documents"
// entries carry). Orphans are included, flagged "pressmark:orphan".
func ExportW3C(docs []*Document, labels LabelSet, now time.Time) ([]byte, error) {
	c := w3cCollection{
		Context:   AnnoContext,
		ID:        "urn:pressmark:collection:" + NewID(),
		Type:      "AnnotationCollection",
		Label:     "Pressmark annotations",
		Generator: "Pressmark",
		Created:   now.UTC().Format(time.RFC3339),
		First:     &w3cPage{Type: "AnnotationPage", Items: []w3cAnnotation{}},
	}
	for _, d := range docs {
		c.Documents = append(c.Documents, w3cDocument{
			ID: DocURN + d.ID, Title: d.Title, Published: d.Published, URL: d.URL,
			Source: d.Source, Format: d.Format, Restored: d.Restored, Text: d.Text,
		})
		as := append(d.Attached(), d.Orphans()...)
		for _, a := range as {
			c.First.Items = append(c.First.Items, toW3C(d, a, labels))
		}
	}
	c.Total = len(c.First.Items)
	return json.MarshalIndent(c, "", "  ")
}

func toW3C(d *Document, a Annotation, labels LabelSet) w3cAnnotation {
	body := oneOrMany{raw(w3cBody{Type: "TextualBody", Purpose: "tagging", Value: labels.Name(a.LabelID)})}
	if a.Comment != "" {
		body = append(body, raw(w3cBody{Type: "TextualBody", Purpose: "commenting", Value: a.Comment}))
	}
	s := a.Selector
	start, end := s.Start, s.End
	return w3cAnnotation{
		ID: AnnoURN + a.ID, Type: "Annotation",
		Created: a.Created.UTC().Format(time.RFC3339), Modified: a.Modified.UTC().Format(time.RFC3339),
		Body: body,
		Target: w3cTarget{Source: DocURN + d.ID, Selector: oneOrMany{
			raw(w3cSelector{Type: "TextQuoteSelector", Exact: s.Exact, Prefix: s.Prefix, Suffix: s.Suffix}),
			raw(w3cSelector{Type: "TextPositionSelector", Start: &start, End: &end}),
		}},
		Orphan: a.Orphan,
	}
}

package annotate

import (
	"bytes"
	"encoding/json"
)

// jsonlLine is one document in the span format doccano imports and spaCy
// users convert: the text and [start, end, label] triples.
type jsonlLine struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Text  string  `json:"text"`
	Label [][]any `json:"label"`
}

// ExportJSONL writes one JSON line per document:
// {"id", "title", "text", "label": [[start, end, "Label"], …]}, spans in
// code points into text, in document order. Orphans have no span and are
// left out.
//
// doccano and spaCy's Python count characters as code points, as these
// spans do; tools that count UTF-16 units or bytes need converting.
func ExportJSONL(docs []*Document, labels LabelSet) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		line := jsonlLine{ID: d.ID, Title: d.Title, Text: d.Text, Label: [][]any{}}
		for _, a := range d.Attached() {
			line.Label = append(line.Label, []any{a.Selector.Start, a.Selector.End, labels.Name(a.LabelID)})
		}
		if err := enc.Encode(line); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

package annotate

import (
	"bytes"
	"encoding/csv"
	"strconv"
)

// CSVHeader is the first row of ExportCSV.
var CSVHeader = []string{"document", "label", "quote", "comment", "start", "end"}

// ExportCSV writes one row per annotation (RFC 4180): the document's
// title, the label's name, the quoted text, the comment, and the start and
// end in code points into the cleaned text. Documents come in the given
// order, annotations in document order; orphans follow their document's
// other annotations with empty start and end.
func ExportCSV(docs []*Document, labels LabelSet) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(CSVHeader); err != nil {
		return nil, err
	}
	for _, d := range docs {
		for _, a := range d.Attached() {
			s := a.Selector
			if err := w.Write([]string{d.Title, labels.Name(a.LabelID), s.Exact, a.Comment, strconv.Itoa(s.Start), strconv.Itoa(s.End)}); err != nil {
				return nil, err
			}
		}
		for _, a := range d.Orphans() {
			if err := w.Write([]string{d.Title, labels.Name(a.LabelID), a.Selector.Exact, a.Comment, "", ""}); err != nil {
				return nil, err
			}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

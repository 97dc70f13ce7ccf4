package annotate

import (
	"encoding/json"
	"time"

	"pressmark/parser"
)

// pressmarkFile is the lossless export: the label set and each document
// with its source, choices, cleaned text, annotations and the release
// parsed from it.
type pressmarkFile struct {
	Pressmark int            `json:"pressmark"` // the schema version, and the key that tells the format
	Exported  time.Time      `json:"exported"`
	Labels    *LabelSet      `json:"labels"`
	Documents []pressmarkDoc `json:"documents"`
}

type pressmarkDoc struct {
	*Document
	Release *parser.Release `json:"release,omitempty"`
}

// ExportPressmark writes docs and the label set as Pressmark JSON.
// Importing the file restores them: sources, restored stretches, cleaned
// texts, annotations (orphans included), rejected suggestions and labels.
// Each document also carries its parsed release, for other tools; a source
// the parser cannot use is exported without one.
func ExportPressmark(docs []*Document, labels LabelSet, now time.Time) ([]byte, error) {
	f := pressmarkFile{Pressmark: Schema, Exported: now.UTC(), Labels: &labels, Documents: []pressmarkDoc{}}
	for _, d := range docs {
		pd := pressmarkDoc{Document: d}
		if rel, err := d.Parse(); err == nil {
			pd.Release = rel
		}
		f.Documents = append(f.Documents, pd)
	}
	return json.MarshalIndent(f, "", "  ")
}

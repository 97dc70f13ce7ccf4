package annotate

import (
	"bytes"
	"encoding/json"
)

// DocumentEncoder writes documents in their stored form, exactly as
// EncodeDocument does, but remembers each annotation's encoding: encoding
// a document again after one annotation was added or changed costs the
// encoding of that one annotation and of the document's other fields, not
// of all its annotations (thousands, on a long release). The zero value is
// ready to use; it is not safe for concurrent use.
type DocumentEncoder struct {
	seen map[string]encodedAnnotation // by annotation ID
}

// encodedAnnotation is an annotation and its JSON.
type encodedAnnotation struct {
	a    Annotation
	data []byte
}

// annotationsKey is how the document's annotations start in its JSON. A
// string value cannot hold it unescaped (its quotes would be \"), so its
// one occurrence is the key itself.
var annotationsKey = []byte(`,"annotations":[`)

// Encode returns the stored form of d, the bytes EncodeDocument returns.
func (e *DocumentEncoder) Encode(d *Document) ([]byte, error) {
	if d.Annotations == nil { // null, not []: leave it to EncodeDocument
		return EncodeDocument(d)
	}
	shell := *d
	shell.Annotations = []Annotation{}
	head, err := EncodeDocument(&shell)
	if err != nil {
		return nil, err
	}
	at := bytes.Index(head, annotationsKey)
	if at < 0 || bytes.Contains(head[at+len(annotationsKey):], annotationsKey) {
		return EncodeDocument(d)
	}
	at += len(annotationsKey) // head[at] is the array's closing ]

	if e.seen == nil {
		e.seen = make(map[string]encodedAnnotation, len(d.Annotations))
	}
	parts := make([][]byte, len(d.Annotations))
	size := len(head)
	for i, a := range d.Annotations {
		if prev, ok := e.seen[a.ID]; ok && prev.a == a {
			parts[i] = prev.data
		} else {
			data, err := json.Marshal(a)
			if err != nil {
				return nil, err
			}
			e.seen[a.ID] = encodedAnnotation{a, data}
			parts[i] = data
		}
		size += len(parts[i]) + 1
	}
	// Forget annotations that are gone, once they outnumber the others.
	if len(e.seen) > 2*len(d.Annotations)+64 {
		keep := make(map[string]encodedAnnotation, len(d.Annotations))
		for _, a := range d.Annotations {
			keep[a.ID] = e.seen[a.ID]
		}
		e.seen = keep
	}

	out := make([]byte, 0, size)
	out = append(out, head[:at]...)
	for i, p := range parts {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, p...)
	}
	return append(out, head[at:]...), nil
}

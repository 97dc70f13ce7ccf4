package annotate

import (
	"bytes"
	"encoding/json"
	"unsafe"
)

// DocumentEncoder writes documents in their stored form, exactly as
// EncodeDocument does, but remembers each annotation's encoding and the
// last source and text it encoded: encoding a document again after one
// annotation was added or changed costs the encoding of that one
// annotation and of the document's small fields, not of all its
// annotations (thousands, on a long release) nor of its source and text (a
// megabyte each, on a long one: 25–30 ms in the browser). The zero value
// is ready to use; it is not safe for concurrent use.
type DocumentEncoder struct {
	seen   map[string]encodedAnnotation // by annotation ID
	source encodedText
	text   encodedText
}

// encodedText is a string and its JSON.
type encodedText struct {
	s    string
	data []byte
}

// quoted returns the JSON of s, from c when c holds s.
func (c *encodedText) quoted(s string) ([]byte, error) {
	if c.data != nil && len(c.s) == len(s) && (unsafe.StringData(c.s) == unsafe.StringData(s) || c.s == s) {
		return c.data, nil
	}
	data, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	*c = encodedText{s, data}
	return data, nil
}

// Where the source and the text start in a document's JSON written with
// both empty. A string value cannot hold either unescaped (its quotes
// would be \"), so each occurs once, as the key itself.
var (
	emptySourceKey = []byte(`"source":""`)
	emptyTextKey   = []byte(`"text":""`)
)

// spliceTexts writes d's source and text into head, the JSON of d with both
// empty, or returns ok false should either key not occur exactly once.
func (e *DocumentEncoder) spliceTexts(head []byte, d *Document) (out []byte, ok bool, err error) {
	src, err := e.source.quoted(d.Source)
	if err != nil {
		return nil, false, err
	}
	text, err := e.text.quoted(d.Text)
	if err != nil {
		return nil, false, err
	}
	out = make([]byte, 0, len(head)+len(src)+len(text))
	rest := head
	for _, part := range [...]struct {
		key, value []byte
	}{{emptySourceKey, src}, {emptyTextKey, text}} {
		i := bytes.Index(rest, part.key)
		if i < 0 || bytes.Contains(rest[i+len(part.key):], part.key) {
			return nil, false, nil
		}
		end := i + len(part.key) - len(`""`)
		out = append(append(out, rest[:end]...), part.value...)
		rest = rest[end+len(`""`):]
	}
	return append(out, rest...), true, nil
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
	shell.Source, shell.Text = "", ""
	head, err := EncodeDocument(&shell)
	if err != nil {
		return nil, err
	}
	head, ok, err := e.spliceTexts(head, d)
	if err != nil {
		return nil, err
	}
	if !ok {
		return EncodeDocument(d)
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

package annotate

import (
	"bytes"
	"math/rand"
	"testing"
	"time"
)

// TestDocumentEncoderMatchesEncodeDocument encodes a document again and
// again through one encoder while annotations are added, edited, deleted
// and orphaned, and titles and comments carry quotes, markup and the
// annotations key itself: each time the bytes are EncodeDocument's.
func TestDocumentEncoderMatchesEncodeDocument(t *testing.T) {
	text := benchText(1, 600)
	d := &Document{ID: NewID(), Title: `A "title" with ,"annotations":[ and "source":"" and "text":"" in it <b>`, Source: text, Text: text,
		Annotations: benchAnnotations(2, text, 50), Rejected: []string{`,"annotations":[]`}, Created: time.Unix(5, 0).UTC()}
	var e DocumentEncoder
	rng := rand.New(rand.NewSource(3))
	check := func(step string) {
		t.Helper()
		got, err := e.Encode(d)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		want, err := EncodeDocument(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: the encoder wrote\n%.400s\nEncodeDocument\n%.400s", step, got, want)
		}
		back, err := DecodeDocument(got)
		if err != nil || len(back.Annotations) != len(d.Annotations) {
			t.Fatalf("%s: decoding gives %v annotations, %v", step, len(back.Annotations), err)
		}
	}
	check("first")
	if len(e.seen) != len(d.Annotations) {
		t.Fatalf("the encoder remembers %d annotations of %d", len(e.seen), len(d.Annotations))
	}
	for step := 0; step < 200; step++ {
		d = d.Clone()
		switch i := rng.Intn(len(d.Annotations)); rng.Intn(7) {
		case 0:
			d.Annotations = append(d.Annotations, benchAnnotations(int64(step), text, 1)...)
		case 1:
			d.Annotations[i].Comment = `said "<script>" & more ,"annotations":[]`
			d.Annotations[i].Modified = time.Unix(int64(step), 0).UTC()
		case 2:
			d.Annotations = append(d.Annotations[:i], d.Annotations[i+1:]...)
		case 3:
			d.Annotations[i].Orphan = !d.Annotations[i].Orphan
		case 4:
			// An edit of the source, the same length: the encoder must not
			// take it for the source it remembers.
			b := []byte(d.Source)
			b[rng.Intn(len(b))] = "xyz\""[rng.Intn(4)]
			d.Source = string(b)
		case 5:
			d.Text = d.Text + ` and "text":"" more`
		default:
			d.Title = d.Title + "!"
		}
		check("step " + string(rune('0'+step%10)))
	}
	d.Annotations = []Annotation{}
	check("no annotations")
	d.Annotations = nil
	check("nil annotations")
}

func BenchmarkEncodeDocument2000(b *testing.B) {
	text := benchText(1, 5000)
	d := &Document{ID: NewID(), Title: "Figures", Source: text, Text: text, Annotations: benchAnnotations(2, text, 2000)}
	extra := benchAnnotations(3, text, b.N+1)
	b.Run("EncodeDocument", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := EncodeDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("DocumentEncoder", func(b *testing.B) {
		var e DocumentEncoder
		if _, err := e.Encode(d); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			d := d.Clone() // one more annotation each time, as after an add
			d.Annotations = append(d.Annotations, extra[i%len(extra)])
			if _, err := e.Encode(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEncodeLongDocument encodes a document with a megabyte of source
// and of text again after each added annotation, as the store's writer
// does while a long release is annotated.
func BenchmarkEncodeLongDocument(b *testing.B) {
	text := benchText(1, 170000) // ~1 MB
	d := &Document{ID: NewID(), Title: "Long", Source: text, Text: text, Annotations: benchAnnotations(2, text, 200)}
	extra := benchAnnotations(3, text, 64)
	var e DocumentEncoder
	if _, err := e.Encode(d); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(2 * len(text)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d := d.Clone()
		d.Annotations = append(d.Annotations, extra[i%len(extra)])
		if _, err := e.Encode(d); err != nil {
			b.Fatal(err)
		}
	}
}

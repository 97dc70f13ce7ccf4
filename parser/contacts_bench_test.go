package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkContactsSeed runs findContacts on the seed release as Parse
// does, after classify and metadata.
func BenchmarkContactsSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	d := splitDoc(b, src)
	classify(d)
	extractMetadata(d)
	b.ReportAllocs()
	for b.Loop() {
		d.rel = &Release{Schema: Schema}
		findContacts(d)
	}
}

package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkMatchCueSeed runs matchCueIndex on every segment of the seed
// release, before and after the body, as classify asks it.
func BenchmarkMatchCueSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	d := splitDoc(b, src)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.segs {
			matchCueIndex(d, s, false)
			matchCueIndex(d, s, true)
		}
	}
}

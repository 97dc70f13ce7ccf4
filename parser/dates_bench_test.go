package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// seedSegments returns the seed's blocks after segmentation and repair,
// the texts the metadata pass reads dates and datelines from.
func seedSegments(b *testing.B) []string {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	cfg := config{maxSize: DefaultMaxSize, detect: true}
	d, err := decode(input{bytes: src}, &cfg)
	if err != nil {
		b.Fatal(err)
	}
	split(d)
	repair(d)
	var out []string
	for _, s := range d.segs {
		out = append(out, s.Text)
	}
	return out
}

// BenchmarkDatesSeed runs this package's date readers once over every
// block of the seed: findDates, parseDate and parseDateline, as the
// metadata pass calls them.
func BenchmarkDatesSeed(b *testing.B) {
	segs := seedSegments(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range segs {
			findDates(s)
			parseDate(s)
			parseDateline(s)
		}
	}
}

// BenchmarkEntitiesSeed runs findEntities over the seed's cleaned text,
// reporting its CPU time too (cpu-ns/op).
func BenchmarkEntitiesSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	rel, err := Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(rel.Text)))
	loopCPU(b, func() {
		d := &doc{rel: &Release{Text: rel.Text, Published: rel.Published, Publisher: rel.Publisher, Distributor: rel.Distributor}}
		findEntities(d)
	})
}

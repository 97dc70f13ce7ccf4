package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// splitDoc decodes, splits and repairs src once: the document classify
// receives in a parse.
func splitDoc(b *testing.B, src []byte) *doc {
	b.Helper()
	cfg := config{maxSize: DefaultMaxSize, detect: true}
	d, err := decode(input{bytes: src}, &cfg)
	if err != nil {
		b.Fatal(err)
	}
	split(d)
	repair(d)
	return d
}

// seedDoc reads the seed release and splits it as splitDoc does.
func seedDoc(b *testing.B) *doc {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	return splitDoc(b, src)
}

// freshCopy returns a copy of d whose segments and Release the classify and
// metadata passes may change without touching d.
func freshCopy(d *doc, segs []segment) *doc {
	c := *d
	c.rel = &Release{Schema: Schema}
	c.removals = nil // c's removals are its own
	c.segs = make([]*segment, len(d.segs))
	for i, s := range d.segs {
		segs[i] = *s
		if s.Removed != nil {
			r := *s.Removed
			segs[i].Removed = &r
		}
		c.segs[i] = &segs[i]
	}
	return &c
}

func benchClassifyMetadata(b *testing.B, src []byte) {
	d := splitDoc(b, src)
	segs := make([]segment, len(d.segs))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	cpu0, cpuOK := processCPU()
	n := 0
	for b.Loop() {
		c := freshCopy(d, segs)
		classify(c)
		extractMetadata(c)
		n++
	}
	if cpu1, ok := processCPU(); cpuOK && ok && n > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(n), "cpu-ns/op")
	}
}

// BenchmarkClassifyMetadataSeed measures the classify and metadata passes
// alone on the seed release, as Parse runs them (after split and repair).
// The copy of the segments each iteration starts from is part of the time.
func BenchmarkClassifyMetadataSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchClassifyMetadata(b, src)
}

// BenchmarkClassifyMetadata25KB measures the two passes on 25 KB of corpus
// text.
func BenchmarkClassifyMetadata25KB(b *testing.B) {
	benchClassifyMetadata(b, benchInput(b, 25<<10))
}

package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// benchInput reads testdata inputs in name order and repeats them until the
// result holds at least n bytes (plain text and Markdown only, so that the
// result is one coherent format).
func benchInput(b *testing.B, n int) []byte {
	b.Helper()
	var all []byte
	for _, pat := range []string{"*.input.txt", "*.input.md"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", pat))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			all = append(all, data...)
			all = append(all, '\n', '\n')
		}
	}
	if len(all) == 0 {
		b.Fatal("no inputs in testdata/")
	}
	out := make([]byte, 0, n+len(all))
	for len(out) < n {
		out = append(out, all...)
	}
	return out[:n]
}

func benchParse(b *testing.B, src []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSeed parses the seed release (4 KB of newswire Markdown).
func BenchmarkParseSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchParse(b, src)
}

// BenchmarkParse25KB parses a long release: 25 KB of corpus text.
func BenchmarkParse25KB(b *testing.B) { benchParse(b, benchInput(b, 25<<10)) }

// BenchmarkParse1MB parses 1 MB built by repeating corpus text.
func BenchmarkParse1MB(b *testing.B) { benchParse(b, benchInput(b, 1<<20)) }

// BenchmarkSegmentSeed measures this package's own passes on the seed:
// decoding, segmentation and repair, without classification or entities.
func BenchmarkSegmentSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	benchSegment(b, src)
}

// BenchmarkSegment1MB measures decoding, segmentation and repair of 1 MB.
func BenchmarkSegment1MB(b *testing.B) { benchSegment(b, benchInput(b, 1<<20)) }

func benchSegment(b *testing.B, src []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		cfg := config{maxSize: DefaultMaxSize, detect: true}
		d, err := decode(src, &cfg)
		if err != nil {
			b.Fatal(err)
		}
		split(d)
		repair(d)
	}
}

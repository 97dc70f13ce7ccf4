package evaluation

import (
	"bytes"
	"io"
	"net/url"
	"path/filepath"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"

	"pressmark/parser"
)

// BenchmarkScrapingHub times Pressmark and go-readability on every page of
// the ScrapingHub benchmark, in the same run: one operation extracts the
// text of all pages, and ns/page is the mean per page. Each side does what
// a user needs, from the page's bytes to its text.
//
//	go test -run '^$' -bench ScrapingHub -benchmem ./parser/evaluation -args -shared $(realpath ../shared)
func BenchmarkScrapingHub(b *testing.B) {
	if *sharedDir == "" {
		b.Skip("no -shared given: pass -args -shared /abs/path/to/shared to benchmark on ScrapingHub")
	}
	pages, err := loadScrapingHub(filepath.Join(*sharedDir, "extbench", "scrapinghub"))
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p.html))
	}
	perPage := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	}
	b.Run("pressmark", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			for _, p := range pages {
				if _, err := parser.Parse(p.html); err != nil {
					b.Fatalf("%s: %v", p.id, err)
				}
			}
		}
		perPage(b)
	})
	b.Run("readability", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			for _, p := range pages {
				u, _ := url.Parse(p.url)
				a, err := readability.FromReader(bytes.NewReader(p.html), u)
				if err != nil {
					continue // a page go-readability cannot read costs it nothing more
				}
				if a.Node != nil {
					a.RenderText(io.Discard)
				}
			}
		}
		perPage(b)
	})
}

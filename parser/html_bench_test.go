package parser

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// extbench is where the shared extraction benchmarks live, beside the repo.
const extbench = "../../shared/extbench/scrapinghub"

// scrapingHubPage is one page of the ScrapingHub article-extraction benchmark.
type scrapingHubPage struct {
	name string
	html []byte
	body string // ground-truth articleBody
}

// loadScrapingHub reads up to n pages (all when n <= 0), skipping the test
// when the benchmark is absent.
func loadScrapingHub(tb testing.TB, n int) []scrapingHubPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(extbench, "ground-truth.json"))
	if err != nil {
		tb.Skipf("SKIP: ScrapingHub benchmark not found at %s: %v", extbench, err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	names := make([]string, 0, len(truth))
	for k := range truth {
		names = append(names, k)
	}
	sort.Strings(names)
	if n > 0 && n < len(names) {
		names = names[:n]
	}
	pages := make([]scrapingHubPage, 0, len(names))
	for _, k := range names {
		f, err := os.Open(filepath.Join(extbench, "html", k+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, scrapingHubPage{name: k, html: b, body: truth[k].ArticleBody})
	}
	return pages
}

// wordBag counts the lower-cased letter-and-digit words of s.
func wordBag(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}

// bagF1 is the F1 score of the words of got against those of want.
func bagF1(got, want string) float64 {
	g, w := wordBag(got), wordBag(want)
	common, ng, nw := 0, 0, 0
	for k, c := range g {
		common += min(c, w[k])
		ng += c
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 || nw == 0 || common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nw)
	return 2 * p * r / (p + r)
}

// qualityFloor is the lowest mean body F1 TestHTMLExtractionQuality
// accepts; the segmenter measures 0.969.
const qualityFloor = 0.94

// TestHTMLExtractionQuality measures the body the HTML segmenter keeps on the
// ScrapingHub pages against their ground truth (bag-of-words F1). The floor
// is below the measured mean so that a regression, not noise, fails it; run
// with -v to see the figure.
func TestHTMLExtractionQuality(t *testing.T) {
	pages := loadScrapingHub(t, 0)
	var sum float64
	low := 0
	for _, p := range pages {
		_, segs := htmlSegs(t, string(p.html))
		var b strings.Builder
		for _, s := range segs {
			if s.Removed == nil && !(s.Kind == BlockHeading && s.Level == 1) {
				b.WriteString(s.Text)
				b.WriteString("\n")
			}
		}
		f := bagF1(b.String(), p.body)
		if f < 0.5 {
			low++
			t.Logf("low F1 %.2f on %s", f, p.name)
		}
		sum += f
	}
	mean := sum / float64(len(pages))
	t.Logf("ScrapingHub: %d pages, mean body F1 %.3f, %d pages below 0.5", len(pages), mean, low)
	if mean < qualityFloor {
		t.Errorf("mean body F1 %.3f fell below %.2f", mean, qualityFloor)
	}
}

// BenchmarkParseHTML parses the first ScrapingHub pages end to end.
func BenchmarkParseHTML(b *testing.B) {
	pages := loadScrapingHub(b, 20)
	size := 0
	for _, p := range pages {
		size += len(p.html)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(pages[i%len(pages)].html); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegmentHTML runs the HTML segmenter alone over the same pages.
func BenchmarkSegmentHTML(b *testing.B) {
	pages := loadScrapingHub(b, 20)
	size := 0
	for _, p := range pages {
		size += len(p.html)
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		htmlSegs(b, string(pages[i%len(pages)].html))
	}
}

package evaluation

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// pageResult compares Pressmark and go-readability on one benchmark page.
type pageResult struct {
	ID             string `json:"id"`
	Pressmark      score  `json:"pressmark"`
	Readability    score  `json:"readability"`
	PressmarkErr   string `json:"pressmark_error,omitempty"`
	ReadabilityErr string `json:"readability_error,omitempty"`
	// Title checks, for the Readability test pages only.
	PressmarkTitle   *bool `json:"pressmark_title,omitempty"`
	ReadabilityTitle *bool `json:"readability_title,omitempty"`
}

// benchResult is one benchmark run for both extractors.
type benchResult struct {
	Name  string       `json:"name"`
	Dir   string       `json:"dir"`
	Pages []pageResult `json:"pages"`
	// Summary holds the totals, filled in before writing -json.
	Summary *benchTotals `json:"summary,omitempty"`
	// Mean wall time per page, in milliseconds, for each extractor.
	PressmarkMillis   float64 `json:"pressmark_ms_per_page"`
	ReadabilityMillis float64 `json:"readability_ms_per_page"`
}

// benchPage is one page to extract: its HTML, URL and expected text.
type benchPage struct {
	id, url, text string
	title         *string // nil when the benchmark has no title for it
	html          []byte
}

// runBench runs both extractors over pages and times them.
func runBench(name, dir string, pages []benchPage, timeout time.Duration) *benchResult {
	res := &benchResult{Name: name, Dir: dir}
	var pm, rd time.Duration
	for _, p := range pages {
		po := runPressmark(p.html, timeout)
		ro := runReadability(p.html, p.url)
		pm += po.elapsed
		rd += ro.elapsed
		r := pageResult{
			ID:             p.id,
			Pressmark:      tokenScore(po.body(), p.text),
			Readability:    tokenScore(ro.body(), p.text),
			PressmarkErr:   po.err,
			ReadabilityErr: ro.err,
		}
		if p.title != nil {
			pt, rt := sameField(fieldTitle, po.title, p.title), sameField(fieldTitle, ro.title, p.title)
			r.PressmarkTitle, r.ReadabilityTitle = &pt, &rt
		}
		res.Pages = append(res.Pages, r)
	}
	if n := len(pages); n > 0 {
		res.PressmarkMillis = float64(pm.Microseconds()) / 1000 / float64(n)
		res.ReadabilityMillis = float64(rd.Microseconds()) / 1000 / float64(n)
	}
	return res
}

// loadScrapingHub reads the ScrapingHub article-extraction benchmark:
// ground-truth.json maps page ids to their articleBody and URL, and
// html/<id>.html.gz holds each page.
func loadScrapingHub(dir string) ([]benchPage, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	var pages []benchPage
	for id, t := range truth {
		src, err := gunzipFile(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, benchPage{id: id, url: t.URL, text: t.ArticleBody, html: src})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

func gunzipFile(path string) ([]byte, error) {
	f, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	z, err := gzip.NewReader(bytes.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer z.Close()
	return io.ReadAll(z)
}

// loadReadabilityPages reads Mozilla Readability's test pages: each
// directory holds source.html, expected.html (whose text is the expected
// article) and expected-metadata.json (whose title is the expected title).
func loadReadabilityPages(dir string) ([]benchPage, error) {
	dirs, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil {
		return nil, err
	}
	var pages []benchPage
	for _, s := range dirs {
		d := filepath.Dir(s)
		src, err := os.ReadFile(s)
		if err != nil {
			return nil, err
		}
		exp, err := os.ReadFile(filepath.Join(d, "expected.html"))
		if err != nil {
			return nil, err
		}
		text, err := htmlText(exp)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d, err)
		}
		var meta struct {
			Title *string `json:"title"`
		}
		if data, err := os.ReadFile(filepath.Join(d, "expected-metadata.json")); err == nil {
			if err := json.Unmarshal(data, &meta); err != nil {
				return nil, fmt.Errorf("%s: %w", d, err)
			}
		}
		title := meta.Title
		if title == nil {
			title = new(string)
		}
		// Readability's own tests load every page from this address.
		pages = append(pages, benchPage{id: filepath.Base(d), url: "http://fakehost/test/page.html",
			text: text, title: title, html: src})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

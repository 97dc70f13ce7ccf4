package evaluation

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var (
	sharedDir  = flag.String("shared", "", "absolute path of the shared material (corpus/, extbench/); the evaluation skips without it")
	jsonOut    = flag.String("json", "", "also write the full results as JSON to this file (after -args, since go test has a -json flag of its own)")
	docTimeout = flag.Duration("doc-timeout", 30*time.Second, "give up on one document after this long")
)

// results is everything one evaluation run measured, as written by -json.
type results struct {
	Generated   time.Time     `json:"generated"`
	Corpus      *corpusResult `json:"corpus,omitempty"`
	ScrapingHub *benchResult  `json:"scrapinghub,omitempty"`
	Readability *benchResult  `json:"readability_test_pages,omitempty"`
}

// TestEvaluate measures extraction quality on the shared corpus and
// benchmarks (see the package comment). It is a measurement, not a gate:
// it fails only when the material cannot be read, never on a missed target.
func TestEvaluate(t *testing.T) {
	if *sharedDir == "" {
		t.Skip("SKIPPED: no -shared flag; run `make eval` (go test -run TestEvaluate ./parser/evaluation -shared /abs/path/to/shared)")
	}
	corpusDir := filepath.Join(*sharedDir, "corpus")
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("SKIPPED: release corpus not found at %s: %v", corpusDir, err)
	}
	var w io.Writer = os.Stdout
	all := results{Generated: time.Now().UTC()}

	c, err := evalCorpus(corpusDir, *docTimeout)
	if err != nil {
		t.Fatalf("release corpus: %v", err)
	}
	all.Corpus = c
	printCorpus(w, c)
	fmt.Fprintln(w)
	printCorpusDetails(w, c)
	fmt.Fprintln(w)

	shDir := filepath.Join(*sharedDir, "extbench", "scrapinghub")
	if pages, err := loadScrapingHub(shDir); err != nil {
		t.Errorf("ScrapingHub benchmark at %s: %v", shDir, err)
	} else {
		all.ScrapingHub = runBench("ScrapingHub", shDir, pages, *docTimeout)
		printBench(w, all.ScrapingHub, true)
		fmt.Fprintln(w)
	}

	rpDir := filepath.Join(*sharedDir, "extbench", "readability-test-pages")
	if pages, err := loadReadabilityPages(rpDir); err != nil || len(pages) == 0 {
		t.Errorf("Readability test pages at %s: %d pages, %v", rpDir, len(pages), err)
	} else {
		all.Readability = runBench("Readability test pages", rpDir, pages, *docTimeout)
		printBench(w, all.Readability, false)
		fmt.Fprintln(w)
	}

	printSummary(w, c, all.ScrapingHub, all.Readability)

	if *jsonOut != "" {
		cs := summarizeCorpus(c)
		c.Summary = &cs
		for _, b := range []*benchResult{all.ScrapingHub, all.Readability} {
			if b != nil {
				bs := summarizeBench(b)
				b.Summary = &bs
			}
		}
		data, err := json.MarshalIndent(all, "", " ")
		if err != nil {
			t.Fatalf("encoding results: %v", err)
		}
		if err := os.WriteFile(*jsonOut, append(data, '\n'), 0o644); err != nil {
			t.Fatalf("writing -json: %v", err)
		}
	}
}

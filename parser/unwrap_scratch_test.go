package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// scratchTestInputs returns the inputs of testdata and, when present, of
// the shared corpus.
func scratchTestInputs(t *testing.T) [][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	m, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
	files = append(files, m...)
	var srcs [][]byte
	for _, f := range files {
		srcs = append(srcs, readDocument(t, f))
	}
	if len(srcs) == 0 {
		t.Fatal("no inputs in testdata")
	}
	return srcs
}

// releaseJSON parses src and returns the Release as JSON, or the error.
func releaseJSON(t *testing.T, src []byte) (*Release, string) {
	t.Helper()
	rel, err := Parse(src)
	if err != nil {
		return nil, err.Error()
	}
	b, err := json.Marshal(rel)
	if err != nil {
		t.Fatal(err)
	}
	return rel, string(b)
}

// TestSegScratchReuse checks that the segment blocks Parse returns to
// segScratchPool are not part of any Release: each Release stays as it was
// built after every other input has been parsed (reusing the blocks, of
// other sizes), and parses running at once give what a parse alone gives.
func TestSegScratchReuse(t *testing.T) {
	srcs := scratchTestInputs(t)
	rels := make([]*Release, len(srcs))
	want := make([]string, len(srcs))
	for k, src := range srcs {
		rels[k], want[k] = releaseJSON(t, src)
	}
	for k := len(srcs) - 1; k >= 0; k-- {
		if _, got := releaseJSON(t, srcs[k]); got != want[k] {
			t.Errorf("input %d: a second parse differs from the first", k)
		}
	}
	for k, rel := range rels {
		if rel == nil {
			continue
		}
		if b, _ := json.Marshal(rel); string(b) != want[k] {
			t.Errorf("input %d: the Release changed after later parses", k)
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for k := range srcs {
				k = (k + w*7) % len(srcs)
				if _, got := releaseJSON(t, srcs[k]); got != want[k] {
					t.Errorf("input %d: a parse among others differs from one alone", k)
				}
			}
		})
	}
	wg.Wait()
}

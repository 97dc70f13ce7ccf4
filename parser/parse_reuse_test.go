package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The Markdown walker and the plain-text lines are kept between parses
// (markdown_scratch.go, text_scratch.go). These tests check that nothing of
// one parse leaks into the next, and that parses running at once do not
// share them: Parse is safe for concurrent use.

// reuseFormats are the ways the reuse tests read an input: as detected,
// and forced to each format that keeps scratch space between parses.
var reuseFormats = []Option{WithMaxSize(DefaultMaxSize), WithFormat(FormatMarkdown), WithFormat(FormatText)}

// parseJSON parses src with opt and returns the release as JSON, or the
// error's text.
func parseJSON(src []byte, opt Option) string {
	rel, err := Parse(src, opt)
	if err != nil {
		return "error: " + err.Error()
	}
	b, err := json.Marshal(rel)
	if err != nil {
		return "marshal: " + err.Error()
	}
	return string(b)
}

// FuzzParseReuse parses a, then b, then a again, each way of reuseFormats,
// and checks both parses of a give the same release: the second reuses
// the scratch space b left.
func FuzzParseReuse(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	var prev []byte
	for _, in := range inputs {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		if prev != nil {
			f.Add(prev, b)
		}
		prev = b
	}
	for i := 1; i < len(markdownSeeds); i++ {
		f.Add([]byte(markdownSeeds[i-1]), []byte(markdownSeeds[i]))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		for _, opt := range reuseFormats {
			first := parseJSON(a, opt)
			parseJSON(b, opt)
			if again := parseJSON(a, opt); again != first {
				t.Fatalf("the parse of a after b differs from the first:\n%s\nwant\n%s", again, first)
			}
		}
	})
}

// TestParseConcurrent parses every testdata input, each way of
// reuseFormats, in four goroutines at once, each starting at another input, and
// checks every release is the one a parse alone gives. Run it with -race.
func TestParseConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if len(files) < 2 {
		t.Fatal("fewer than two inputs in testdata/")
	}
	type job struct {
		src  []byte
		opt  Option
		want string
	}
	var jobs []job
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range reuseFormats {
			jobs = append(jobs, job{src, opt, parseJSON(src, opt)})
		}
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(jobs))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for k := range jobs {
					j := jobs[(k+w*len(jobs)/workers)%len(jobs)] // each goroutine starts elsewhere
					if got := parseJSON(j.src, j.opt); got != j.want {
						errs <- got
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("a parse running alongside others gave a different release:\n%.300s", got)
	}
}

package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// filterMisses collects, while installed as filterCheck, every text a
// start filter turned away that its expression matches.
type filterMisses struct {
	mu      sync.Mutex
	checked int
	misses  map[string]string // pattern → a text it matches
}

func (f *filterMisses) check(re *regexp.Regexp, s string) {
	m := re.MatchString(s)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.checked++
	if m {
		f.misses[re.String()] = s
	}
}

// withFilterCheck runs parse with filterCheck installed and fails t for
// every expression a filter hid a match from.
func withFilterCheck(t *testing.T, parse func()) {
	t.Helper()
	f := &filterMisses{misses: map[string]string{}}
	filterCheck = f.check
	defer func() { filterCheck = nil }()
	parse()
	if f.checked == 0 {
		t.Fatal("no text was turned away by a filter: the test proves nothing")
	}
	for p, s := range f.misses {
		t.Errorf("the start filter of %q turned away %q, which it matches", p, s)
	}
	t.Logf("%d texts turned away, each checked against its expression", f.checked)
}

// TestStartFiltersOnTestdata parses every testdata input with each text
// that a start filter (of a lazy expression or of the cue index) turns away
// run through the expression anyway: none may match.
func TestStartFiltersOnTestdata(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if len(files) == 0 {
		t.Fatal("no inputs in testdata/")
	}
	withFilterCheck(t, func() {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			Parse(src)
		}
	})
}

// TestStartFiltersOnShared does the same over the shared corpus and the
// extraction benchmarks: the texts the parser really meets.
func TestStartFiltersOnShared(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("SKIPPED under wasm: parsing 340 documents takes minutes there; run natively")
	}
	files := sharedDocuments(t)
	withFilterCheck(t, func() {
		for _, f := range files {
			src := readDocument(t, f)
			Parse(src)
		}
	})
}

// TestCueCandidatesSameAsFilters checks the cue index against the filters
// it merges, on every line of the test inputs and a few edge cases.
func TestCueCandidatesSameAsFilters(t *testing.T) {
	if len(cues) > maxIndexedCues {
		t.Logf("%d cues: those past %d are tried by their own filters", len(cues), maxIndexedCues)
	}
	texts := []string{"", " ", "###", "- ENDS -", "Über uns", "À propos de Acme", "\u212aontakt", "Contact:", "MEDIA CONTACT", "é"}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			texts = append(texts, ln, strings.TrimSpace(ln))
		}
	}
	for _, s := range texts {
		got := cueCandidates(s)
		for n := range min(len(cues), maxIndexedCues) {
			if want := cueFilter(n).may(s); got.has(n, s) != want {
				t.Errorf("cue %d on %q: index says %v, filter says %v", n, s, got.has(n, s), want)
			}
		}
	}
}

// testdataLines returns every line of the test inputs, trimmed and as
// written.
func testdataLines(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if len(files) == 0 {
		t.Fatal("no inputs in testdata/")
	}
	return linesOf(t, files)
}

// sharedLinesIfAny is sharedLines, or nil (said in the log) when the shared
// corpus is absent.
func sharedLinesIfAny(t *testing.T) []string {
	t.Helper()
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
	if len(files) == 0 {
		t.Logf("SKIPPED the shared corpus: none at %s (set PRESSMARK_SHARED)", dir)
		return nil
	}
	return linesOf(t, files)
}

// linesOf returns every line of files, trimmed and as written.
func linesOf(t *testing.T, files []string) []string {
	t.Helper()
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			lines = append(lines, ln, strings.TrimSpace(ln))
		}
	}
	return lines
}

// sharedLines returns every line of the shared corpus's inputs, trimmed and
// as written, for differential tests of hand-written prefilters.
func sharedLines(t *testing.T) []string {
	t.Helper()
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
	if len(files) == 0 {
		t.Fatalf("no documents under %s", dir)
	}
	return linesOf(t, files)
}

// TestMatchOrgLineSameAsRegexp compares matchOrgLine with the expression
// it guards on every line of the shared corpus.
func TestMatchOrgLineSameAsRegexp(t *testing.T) {
	matched := 0
	for _, ln := range sharedLines(t) {
		want := orgLineRE.get().MatchString(ln)
		if want {
			matched++
		}
		if got := matchOrgLine(ln); got != want {
			t.Errorf("matchOrgLine(%q) = %v, the expression says %v", ln, got, want)
		}
	}
	if matched == 0 {
		t.Error("no line matched: the test proves nothing")
	}
}

package parser

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sharedDir is the read-only material beside the repository: the release
// corpus and the extraction benchmarks. PRESSMARK_SHARED overrides it.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SKIPPED: the shared corpus is not at %s (set PRESSMARK_SHARED to run this test)", dir)
	}
	return dir
}

// sharedDocuments lists every document of the release corpus and both
// extraction benchmarks in the shared folder (skipping the test when it is
// absent), for reading with readDocument.
func sharedDocuments(t *testing.T) []string {
	t.Helper()
	dir := sharedDir(t)
	var files []string
	for _, pat := range []string{"corpus/*.input.*", "extbench/readability-test-pages/*/source.html", "extbench/scrapinghub/html/*"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no documents under %s", dir)
	}
	return files
}

// readDocument reads the file f, gunzipped when its name ends in .gz.
func readDocument(t *testing.T, f string) []byte {
	t.Helper()
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(f, ".gz") {
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if b, err = io.ReadAll(z); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return b
}

// TestInvariantsOnShared parses every document of the release corpus and
// both extraction benchmarks (some 340 real pages and releases) and checks
// every invariant of checkRelease on each.
func TestInvariantsOnShared(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("SKIPPED under wasm: parsing 340 documents takes minutes there; run natively")
	}
	files := sharedDocuments(t)
	for _, f := range files {
		src := readDocument(t, f)
		rel, err := Parse(src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, e := range checkRelease(src, rel) {
			t.Errorf("%s: %s", f, e)
		}
	}
}

package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestMarkdownWalkerReuse parses the Markdown and plain-text inputs of
// testdata in turn, twice over, so that each second parse reuses a walker
// or a slice of lines that read another document, and checks both parses
// of a document give the same release.
func TestMarkdownWalkerReuse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.md"))
	texts, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.txt"))
	if len(files) < 2 || len(texts) < 2 {
		t.Fatal("fewer than two Markdown or plain-text inputs in testdata/")
	}
	files = append(files, texts...)
	first := map[string]string{}
	for round := 0; round < 2; round++ {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rel, err := Parse(src)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			b, _ := json.Marshal(rel)
			if round == 0 {
				first[f] = string(b)
			} else if string(b) != first[f] {
				t.Errorf("%s: the second parse differs from the first", f)
			}
		}
	}
}

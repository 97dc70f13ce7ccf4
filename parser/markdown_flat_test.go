package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlatMarkdownSameAsGoldmark reads every input of testdata and of the
// shared corpus as Markdown, through markdownParser with its shortcuts (a
// flat document read mostly without goldmark, see markdown_flat.go) and
// through goldmark as it comes, and checks that the segments, links and
// removed stretches are the same. It fails if no input is flat, since then
// it would check nothing of the flat path.
func TestFlatMarkdownSameAsGoldmark(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if dir := os.Getenv("PRESSMARK_SHARED"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
		files = append(files, more...)
	} else {
		t.Logf("the shared corpus is left out (set PRESSMARK_SHARED)")
	}
	flat := 0
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fast, slow := splitMarkdownWith(src, markdownParser, false), splitMarkdownWith(src, stockMarkdown, true)
			if fast == nil || slow == nil {
				t.Skip("does not decode")
			}
			var fl mdFlat
			if fl.scan([]byte(fast.src)) {
				flat++
				// segmentMarkdownWith sizes its lines by this count.
				if want := strings.Count(fast.src, "\n"); fl.breaks != want {
					t.Errorf("scan counted %d line breaks, the source holds %d", fl.breaks, want)
				}
			}
			compareMarkdownDocs(t, fast, slow)
		})
	}
	t.Logf("%d of %d inputs are flat", flat, len(files))
	if flat == 0 {
		t.Error("no input is flat: the flat path went unchecked")
	}
}

// TestFlatLine checks which lines flatLine lets into a flat document.
func TestFlatLine(t *testing.T) {
	for _, c := range []struct {
		line       string
		cont, want bool
	}{
		{"Plain words\n", false, true},
		{"   three spaces\n", false, true},
		{"    four spaces: code\n", false, false},
		{"    four spaces continuing a paragraph\n", true, true},
		{"\ttab\n", false, false},
		{"  \ttab after spaces\n", true, false},
		{"# heading\n", false, false},
		{"- item\n", true, false},
		{"+ item\n", false, false},
		{"* item\n", false, false},
		{"===\n", true, false},
		{"___\n", false, false},
		{"> quote\n", false, false},
		{"```\n", false, false},
		{"~~~\n", false, false},
		{"1. item\n", false, false},
		{"12) item\n", true, false},
		{"2021 was a year\n", false, true},
		{"2021\n", false, true},
		{"35", false, true},
		{"<https://example.com>\n", false, true},
		{"<div>\n", false, false},
		{"<p\n", false, false},
		{"Twitter - <https://x>\n", false, true},
		{"[id]: https://example.com\n", false, true},
		{"\fform feed\n", false, true},
	} {
		if got := flatLine([]byte(c.line), c.cont); got != c.want {
			t.Errorf("flatLine(%q, %v) = %v, want %v", c.line, c.cont, got, c.want)
		}
	}
}

// TestFlatSeed checks that the seed, paragraphs and nothing else, plain
// or holding links, is read as a flat document without goldmark.
func TestFlatSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		t.Fatal(err)
	}
	var f mdFlat
	if !f.scan(src) {
		t.Fatal("the seed is not flat")
	}
	if f.own != len(f.paras) {
		t.Errorf("%d of the seed's %d paragraphs are plain or simple, want all", f.own, len(f.paras))
	}
}

package parser

import (
	"bytes"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	gmparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// TestMarkdownPlainChangesNothing reads every testdata input as Markdown,
// once with the plain blocks hidden from goldmark's inline phase and once
// without, and checks that the segments, links and removed stretches are the
// same.
func TestMarkdownPlainChangesNothing(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if len(files) == 0 {
		t.Fatal("no inputs in testdata/")
	}
	checkMarkdownPlain(t, files)
}

// TestMarkdownPlainChangesNothingShared does the same over the shared
// corpus and extraction benchmarks, HTML pages included (read as Markdown,
// they are a hard test of the plain lines).
func TestMarkdownPlainChangesNothingShared(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("SKIPPED under wasm: reading 340 documents takes minutes there; run natively")
	}
	checkMarkdownPlain(t, sharedDocuments(t))
}

func checkMarkdownPlain(t *testing.T, files []string) {
	t.Helper()
	split := func(src []byte, off bool) *doc {
		cfg := config{maxSize: DefaultMaxSize, format: FormatMarkdown, noPlainMD: off}
		d, err := decode(input{bytes: src}, &cfg)
		if err != nil {
			return nil
		}
		segs := segmentMarkdown(d)
		d.segs = segs
		return d
	}
	for _, f := range files {
		src := readDocument(t, f)
		fast, slow := split(src, false), split(src, true)
		if fast == nil || slow == nil {
			continue
		}
		if len(fast.segs) != len(slow.segs) {
			t.Errorf("%s: %d segments, want %d", f, len(fast.segs), len(slow.segs))
			continue
		}
		for i := range fast.segs {
			if !reflect.DeepEqual(fast.segs[i], slow.segs[i]) {
				t.Errorf("%s: segment %d is\n%+v\nwant\n%+v", f, i, *fast.segs[i], *slow.segs[i])
				break
			}
		}
		if !reflect.DeepEqual(fast.links, slow.links) || !reflect.DeepEqual(fast.rel.Removed, slow.rel.Removed) {
			t.Errorf("%s: links or removed stretches differ", f)
		}
	}
}

// TestMarkdownPlainLines checks which lines plainLines lets through.
func TestMarkdownPlainLines(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      bool
	}{
		{"words", "Plain words, dates (12 Nov) and 50%.\nSecond line.", true},
		{"link", "See [the site](https://example.com).", false},
		{"emphasis", "A *big* day.", false},
		{"underscore", "snake_case", false},
		{"code", "run `go`", false},
		{"autolink", "mail <a@b.c>", false},
		{"escape", "a \\* star", false},
		{"entity", "AT&amp;T", false},
		{"bang", "Wow!", false},
		{"hard break", "one  \ntwo", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			segs := text.NewSegments()
			for start := 0; start < len(src); {
				end := len(src)
				if k := bytes.IndexByte(src[start:], '\n'); k >= 0 {
					end = start + k + 1
				}
				segs.Append(text.NewSegment(start, end))
				start = end
			}
			if got := plainLines(segs, src); got != tt.want {
				t.Errorf("plainLines(%q) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

// TestMDPlainHasOutOfOrder checks mdPlain.has answers for every block
// whatever order it is asked in: the hidden blocks in reverse, and blocks
// it did not hide (empty headings, blocks goldmark read, containers).
func TestMDPlainHasOutOfOrder(t *testing.T) {
	src := []byte("# Title\n\nplain one\n\n#\n\n> plain two\n> goes on\n\n- plain three\n- *read*\n\n##\n\nplain four\n")
	p, root := hidePlain(src)
	hidden := map[ast.Node]bool{}
	for _, h := range p.hidden {
		hidden[h.node] = true
	}
	if len(hidden) < 4 {
		t.Fatalf("%d blocks hidden, want at least 4", len(hidden))
	}
	var all []ast.Node
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Type() == ast.TypeBlock {
			all = append(all, n)
		}
		return ast.WalkContinue, nil
	})
	slices.Reverse(all)
	for round := 0; round < 2; round++ {
		for _, n := range all {
			if got := p.has(n); got != hidden[n] {
				t.Errorf("round %d: has(%s %q) = %v, want %v", round, n.Kind(), n.Lines().Value(src), got, hidden[n])
			}
		}
	}
}

// hidePlain parses src with markdownParser, its plain blocks hidden from
// the inline phase and given back, and returns what was hidden and the tree.
func hidePlain(src []byte) (*mdPlain, ast.Node) {
	p := &mdPlain{src: src}
	pc := gmparser.NewContext()
	pc.Set(mdPlainKey, p)
	root := markdownParser.Parse(text.NewReader(src), gmparser.WithContext(pc))
	p.restore()
	return p, root
}

// FuzzMDPlainHiddenInOrder checks what mdPlain.has's binary search leans
// on: the hidden blocks' first lines start in increasing order, on any
// input.
func FuzzMDPlainHiddenInOrder(f *testing.F) {
	for _, s := range markdownSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p, _ := hidePlain(src)
		for i := 1; i < len(p.hidden); i++ {
			if a, b := p.hidden[i-1].lines.At(0).Start, p.hidden[i].lines.At(0).Start; a >= b {
				t.Fatalf("hidden block %d starts at %d, after block %d at %d", i, b, i-1, a)
			}
		}
	})
}

// BenchmarkSegmentMarkdownEmptyHeadings splits a Markdown text of many
// empty headings between plain paragraphs: mdPlain.has must not search
// every hidden block for each heading.
func BenchmarkSegmentMarkdownEmptyHeadings(b *testing.B) {
	src := []byte(strings.Repeat("#\n\nplain words here\n\n", 16000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		splitMarkdownWith(src, markdownParser, false)
	}
}

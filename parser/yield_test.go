package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// longInput is every plain-text and Markdown testdata input, repeated
// until it holds at least n bytes.
func longInput(t *testing.T, n int) []byte {
	t.Helper()
	var all []byte
	for _, pat := range []string{"*.input.txt", "*.input.md"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", pat))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			all = append(append(all, b...), '\n', '\n')
		}
	}
	if len(all) == 0 {
		t.Fatal("no inputs in testdata/")
	}
	out := make([]byte, 0, n+len(all))
	for len(out) < n {
		out = append(out, all...)
	}
	return out
}

// TestWithYieldProgress checks that the hook is called often on a long
// input, with fractions in [0, 1] that never decrease and end at 1.
func TestWithYieldProgress(t *testing.T) {
	for _, format := range []Format{FormatText, FormatMarkdown, FormatHTML} {
		t.Run(format.String(), func(t *testing.T) {
			src := longInput(t, 128<<10)
			if format == FormatHTML {
				src = []byte("<html><body><p>" + strings.ReplaceAll(string(src), "\n\n", "</p>\n<p>") + "</p></body></html>")
			}
			var got []float64
			if _, err := Parse(src, WithFormat(format), WithYield(func(done float64) { got = append(got, done) })); err != nil {
				t.Fatal(err)
			}
			if len(got) < 2*len(passes) {
				t.Fatalf("the hook was called %d times on %d bytes; want at least %d", len(got), len(src), 2*len(passes))
			}
			for i, f := range got {
				if f < 0 || f > 1 {
					t.Fatalf("call %d reported %v, outside [0, 1]", i, f)
				}
				if i > 0 && f < got[i-1] {
					t.Fatalf("call %d reported %v after %v: progress went back", i, f, got[i-1])
				}
			}
			if last := got[len(got)-1]; last != 1 {
				t.Errorf("the last call reported %v, want 1", last)
			}
			if mid := got[len(got)/2]; mid <= 0 || mid >= 1 {
				t.Errorf("the middle call reported %v: progress should move between 0 and 1", mid)
			}
		})
	}
}

// TestWithYieldSameRelease checks that the hook changes nothing in the
// Release, on every testdata input and on a long one.
func TestWithYieldSameRelease(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata inputs: %v", err)
	}
	cases := map[string][]byte{"long": longInput(t, 64<<10)}
	for _, f := range inputs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases[filepath.Base(f)] = b
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			calls := 0
			plain, err1 := Parse(src)
			hooked, err2 := Parse(src, WithYield(func(float64) { calls++ }))
			if (err1 == nil) != (err2 == nil) {
				t.Fatalf("errors differ: %v without the hook, %v with it", err1, err2)
			}
			if calls == 0 && err2 == nil {
				t.Error("the hook was never called")
			}
			a, _ := json.Marshal(plain)
			b, _ := json.Marshal(hooked)
			if string(a) != string(b) {
				t.Error("the Release differs with the hook")
			}
		})
	}
}

// TestWithYieldNil checks that a nil hook counts as none: Parse does not
// call it (which would fail as ErrInternal) and parses as usual.
func TestWithYieldNil(t *testing.T) {
	rel, err := Parse(longInput(t, 64<<10), WithYield(nil))
	if err != nil || rel == nil || len(rel.Blocks) == 0 {
		t.Fatalf("Parse with a nil hook: %v", err)
	}
}

// TestWithYieldInsideMarkdown checks that goldmark's single call on a long
// Markdown input yields as it goes: the hook is called from inside it.
func TestWithYieldInsideMarkdown(t *testing.T) {
	src := longInput(t, 256<<10)
	inside := 0
	_, err := Parse(src, WithFormat(FormatMarkdown), WithYield(func(float64) {
		pcs := make([]uintptr, 32)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
		for {
			f, more := frames.Next()
			if strings.HasPrefix(f.Function, "github.com/yuin/goldmark/parser.") {
				inside++
				break
			}
			if !more {
				break
			}
		}
	}))
	if err != nil {
		t.Fatal(err)
	}
	if inside < 20 {
		t.Errorf("the hook was called %d times while goldmark parsed %d bytes; want 20 or more", inside, len(src))
	}
}

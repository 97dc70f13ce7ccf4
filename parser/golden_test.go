package parser

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden parses every testdata/NAME.input.* and compares the Release,
// as the CLI prints it, with testdata/NAME.golden.json. With -update it
// rewrites the golden files instead; review every diff like code.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden inputs in testdata/")
	}
	for _, in := range inputs {
		name := strings.SplitN(filepath.Base(in), ".input.", 2)[0]
		ext := filepath.Ext(in)
		if ext != ".txt" && ext != ".md" && ext != ".html" {
			continue
		}
		t.Run(name+ext, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			rel, err := Parse(src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, e := range checkRelease(src, rel) {
				t.Error(e)
			}
			got := marshalRelease(t, rel)
			golden := filepath.Join("..", "testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run 'make golden' to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file (run 'make golden' and review the diff):\n%s", in, firstDiff(want, got))
			}
		})
	}
}

// marshalRelease encodes rel as the CLI does for one file.
func marshalRelease(t testing.TB, rel *Release) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rel); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// firstDiff shows the first line where want and got differ, with context.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			k := 0
			for k < len(wl) && k < len(gl) && wl[k] == gl[k] {
				k++
			}
			from := max(0, k-40)
			for from > 0 && !utf8.RuneStart(wl[from]) {
				from--
			}
			return "line " + strconv.Itoa(i+1) + ", byte " + strconv.Itoa(k+1) + ":\n  want: …" +
				clip(wl[from:]) + "\n  got:  …" + clip(gl[from:])
		}
	}
	return "(no line differs)"
}

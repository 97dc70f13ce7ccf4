package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

// FuzzParseString checks that ParseString gives what Parse gives, on
// testdata and on inputs that make decode copy or convert the text (a
// byte-order mark, NUL bytes, invalid UTF-8, UTF-16, control bytes).
func FuzzParseString(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		utf8BOM + "Acme Opens Plant\n\nLYON, France — Acme today opened a plant.",
		"Acme Opens\x00 Plant\n\nLYON — Acme today opened a plant.",
		"Acme Opens Plant\n\nZ\xfcrich \x96 Acme today opened a plant.",
		"\xff\xfeA\x00c\x00m\x00e\x00 \x00o\x00p\x00e\x00n\x00s\x00",
		"Acme \x1b[1mOpens\x1b[0m Plant\n\nAcme today opened a plant.",
		"   \n\t ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want, wantErr := Parse(src)
		got, gotErr := ParseString(string(src))
		if (wantErr == nil) != (gotErr == nil) || wantErr != nil && wantErr.Error() != gotErr.Error() {
			t.Fatalf("ParseString error %v, Parse error %v", gotErr, wantErr)
		}
		if wantErr != nil {
			return
		}
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		if string(g) != string(w) {
			t.Fatalf("ParseString gives\n%s\nParse gives\n%s", g, w)
		}
	})
}

// TestParseStringKeepsTheString checks that decode reads a string it is
// given in place: the document's source is the string itself, after a
// byte-order mark, unless decode had to change the text.
func TestParseStringKeepsTheString(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		skip     int // bytes of the input before the source; -1: a copy
	}{
		{"UTF-8", "Acme Opens Plant\n\nAcme today opened a plant in Lyon.", 0},
		{"byte-order mark", utf8BOM + "Acme Opens Plant\n\nAcme today opened a plant.", 3},
		{"NUL bytes, replaced", "Acme\x00 Opens Plant\n\nAcme today opened a plant.", -1},
		{"Windows-1252", "Acme Opens Plant\n\nZ\xfcrich \x96 Acme today opened a plant.", -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := config{maxSize: DefaultMaxSize, detect: true}
			in := input{bytes: unsafe.Slice(unsafe.StringData(tt.in), len(tt.in)), text: tt.in, isText: true}
			d, err := decode(in, &cfg)
			if err != nil {
				t.Fatal(err)
			}
			shared := unsafe.StringData(d.src) == unsafe.StringData(tt.in[max(tt.skip, 0):])
			if shared != (tt.skip >= 0) {
				t.Errorf("the source shares the input's memory: %v, want %v (source %q)", shared, tt.skip >= 0, d.src)
			}
			if tt.skip >= 0 && d.src != strings.TrimPrefix(tt.in, utf8BOM) {
				t.Errorf("source %q", d.src)
			}
		})
	}
}

package parser

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexDoubleSpace checks indexDoubleSpace against strings.Index on
// built strings, with pairs at every place of an eight-byte word and across
// words, bytes that differ from a space by one bit, and every line of the
// testdata inputs.
func TestIndexDoubleSpace(t *testing.T) {
	var cases []string
	for n := 0; n <= 20; n++ {
		for at := 0; at+1 < n; at++ {
			b := []byte(strings.Repeat("a b", n)[:n])
			b[at], b[at+1] = ' ', ' '
			cases = append(cases, string(b))
		}
		cases = append(cases, strings.Repeat("x ", n), strings.Repeat(" ", n), strings.Repeat("\x00 ", n), strings.Repeat("0 ", n))
	}
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{' ', 'a', '\x00', 0x60, 0xa0, 0x21, '\t'}
	for k := 0; k < 20000; k++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, strings.Split(string(src), "\n")...)
	}
	for _, s := range cases {
		if got, want := indexDoubleSpace(s), strings.Index(s, "  "); got != want {
			t.Fatalf("indexDoubleSpace(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzIndexDoubleSpace checks indexDoubleSpace against strings.Index on
// any text.
func FuzzIndexDoubleSpace(f *testing.F) {
	for _, s := range []string{"", " ", "  ", "a  b", "abcdefg  h", "abcdefgh  ", "\xa0\xa0 \x00  ", strings.Repeat("ab ", 9) + " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexDoubleSpace(s), strings.Index(s, "  "); got != want {
			t.Fatalf("indexDoubleSpace(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzSpacedText checks spacedText against strings.IndexByte and
// strings.Contains on any text.
func FuzzSpacedText(f *testing.F) {
	for _, s := range []string{"", " ", "  ", "\t", "a b c d e f g h", "abcdefg  h", "abcdefgh\t", "1234567 \t", "a\u00a0 b", "\x09\x29\x89"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.IndexByte(s, '\t') >= 0 || strings.Contains(s, "  ")
		if got := spacedText(s); got != want {
			t.Fatalf("spacedText(%q) = %v, want %v", s, got, want)
		}
	})
}

package parser

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"
)

// notTextByRunes is notText as first written, one decoded rune at a time:
// the reference the byte-wise scan must agree with.
func notTextByRunes(s string) string {
	var n, bad, letters int
	for _, r := range s {
		n++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r == utf8.RuneError, r < 0x20, r >= 0x7f && r < 0xa0:
			bad++
		case letters == 0 && unicode.IsLetter(r):
			letters++
		}
	}
	switch {
	case bad*10 > n:
		return sprintf("%d%% of its characters are control bytes or unreadable", (100*bad+n/2)/n)
	case letters == 0:
		return "it holds no letters"
	}
	return ""
}

// TestNotTextAgrees checks notText, scanText and blankControls against their
// rune-by-rune and byte-by-byte definitions on test inputs and on random
// strings of control bytes, ASCII, DEL and multi-byte runes.
func TestNotTextAgrees(t *testing.T) {
	texts := []string{"", "a", "\x01\x01abc", "12345678", "abcdefgh\x7f", "\x00\x00\x00\x00\x00\x00\x00\x00x"}
	files, _ := filepath.Glob("../testdata/*.input.*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	pieces := []string{"a", "Z", "1", " ", "\t", "\n", "\x01", "\x1f", "\x7f", "\x80", "\xff", "é", "—", "\u0085", "日", ".", "~"}
	texts = append(texts, randomPieces(3, pieces, 20000, 40)...)
	for _, s := range texts {
		if got, want := notText(s), notTextByRunes(s); got != want {
			t.Fatalf("notText(%q) = %q, want %q", s, got, want)
		}
		want := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
				want++
			}
		}
		out, got := blankControls(s)
		if got != want {
			t.Fatalf("blankControls(%q) counted %d, want %d", s, got, want)
		}
		b := []byte(s)
		for i, c := range b {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
				b[i] = ' '
			}
		}
		if out != string(b) {
			t.Fatalf("blankControls(%q) = %q, want %q", s, out, b)
		}
		if _, got := scanText(s); got != want {
			t.Fatalf("scanText(%q) counted %d control bytes, want %d", s, got, want)
		}
	}
}

// randomPieces returns n texts, each of up to max pieces drawn at random
// (from the seed given) and set side by side.
func randomPieces(seed int64, pieces []string, n, max int) []string {
	rng := rand.New(rand.NewSource(seed))
	texts := make([]string, n)
	for k := range texts {
		var b []byte
		for range rng.Intn(max) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		texts[k] = string(b)
	}
	return texts
}

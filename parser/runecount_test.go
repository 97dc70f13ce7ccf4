package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestRuneCount compares runeCount with utf8.RuneCountInString on texts of
// every length up to 40 mixing ASCII, longer runes, and invalid and cut
// sequences, and on every test input.
func TestRuneCount(t *testing.T) {
	pieces := []string{"a", "Zz", " ", "é", "—", "€", "😀", "\xff", "\xe2\x80", "\x80", "\xf0\x9f", "12345678", "\x00"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for b.Len() < i%40 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for k := 0; k <= len(s); k++ {
			if got, want := runeCount(s[k:]), utf8.RuneCountInString(s[k:]); got != want {
				t.Fatalf("runeCount(%q) = %d, want %d", s[k:], got, want)
			}
		}
	}
	for _, l := range testdataLines(t) {
		if got, want := runeCount(l), utf8.RuneCountInString(l); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", l, got, want)
		}
	}
}

// FuzzRuneCount checks runeCount against utf8.RuneCountInString on any
// text.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abcdefgh", "abcdefgé", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8x", "😀12345678\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}

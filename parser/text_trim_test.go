package parser

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// trimSpanRef is trimSpan as first written, a rune decoded at every step:
// the reference its ASCII shortcut must agree with.
func trimSpanRef(s string, i, j int) (int, int) {
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !isSpace(r) {
			break
		}
		i += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !isSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// checkTrimSpan fails t unless trimSpan agrees with trimSpanRef on every
// stretch of s that starts and ends at a place of s, up to 64 bytes in.
func checkTrimSpan(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s) && i < 64; i++ {
		for j := i; j <= len(s); j++ {
			gi, gj := trimSpan(s, i, j)
			wi, wj := trimSpanRef(s, i, j)
			if gi != wi || gj != wj {
				t.Fatalf("trimSpan(%q, %d, %d) = %d, %d, want %d, %d", s, i, j, gi, gj, wi, wj)
			}
		}
	}
}

// TestTrimSpanSameAsRef checks trimSpan against the rune-by-rune trim on
// random strings of ASCII and Unicode white space, letters, broken UTF-8
// and continuation bytes, and on every line of testdata and the shared
// documents.
func TestTrimSpanSameAsRef(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2003", "\u200b", "\ufeff", "\u3000", "a", "é", "\x80", "\xe2\x80", "\xa0", "\xc2", "—", "\x85", "\u0085"}
	for range 20000 {
		var b []byte
		for range rng.Intn(12) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		checkTrimSpan(t, string(b))
	}
	for _, text := range contactFinderTexts(t) {
		i, j := trimSpan(text, 0, len(text))
		if wi, wj := trimSpanRef(text, 0, len(text)); i != wi || j != wj {
			t.Fatalf("trimSpan differs from the reference on a line: %q", text)
		}
	}
}

// FuzzTrimSpan checks trimSpan against the rune-by-rune trim on any text.
func FuzzTrimSpan(f *testing.F) {
	for _, s := range []string{"", " a ", "\u00a0x\u00a0", "\xc2 \xa0", "\u0085a\x85"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			s = s[:256]
		}
		checkTrimSpan(t, s)
	})
}

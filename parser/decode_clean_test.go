package parser

import (
	"bytes"
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkScanClean fails t unless scanTextClean(s) says what scanText says of
// s and calls s clean exactly when it holds no NUL and is valid UTF-8.
func checkScanClean(t *testing.T, s string) {
	t.Helper()
	why, controls, clean := scanTextClean(s)
	wantWhy, wantControls := scanText(s)
	if why != wantWhy || controls != wantControls {
		t.Fatalf("scanTextClean(%q) = %q, %d; scanText says %q, %d", s, why, controls, wantWhy, wantControls)
	}
	if want := !strings.Contains(s, "\x00") && utf8.ValidString(s); clean != want {
		t.Fatalf("scanTextClean(%q) clean = %v, want %v", s, clean, want)
	}
}

// TestScanTextClean checks scanTextClean on edge cases, every testdata
// and shared document and random strings of NULs, invalid bytes, U+FFFD
// and text.
func TestScanTextClean(t *testing.T) {
	texts := []string{"", "\x00", "abcdefgh\x00", "abcdefg\x00", "\xef\xbf\xbd", "a\xef\xbf\xbdb", "\xe2\x80", "abcdefgh\xe2\x80",
		"\xff", "plain text of sixteen", "\xc3\xa9\x00é", strings.Repeat("a", 64) + "\x00", strings.Repeat("é", 9) + "\x80"}
	files := contactTestFiles(t)
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	pieces := []string{"a", "Z", "1", " ", "\n", "\x00", "\x01", "\x7f", "\x80", "\xff", "\xe2\x80", "\xef\xbf\xbd", "é", "—", "日", "abcdefgh"}
	texts = append(texts, randomPieces(5, pieces, 20000, 40)...)
	for _, s := range texts {
		checkScanClean(t, s)
	}
}

// FuzzScanTextClean checks scanTextClean against scanText, strings.Contains
// and utf8.ValidString on any text.
func FuzzScanTextClean(f *testing.F) {
	for _, s := range []string{"", "a\x00b", "abcdefgh\xe2\x80", "\xef\xbf\xbd", "plain"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkScanClean(t, string(b))
		// decode takes a clean input, not UTF-16, for the text as it is.
		cfg := config{maxSize: DefaultMaxSize, detect: true}
		d, err := decode(input{bytes: b}, &cfg)
		if utf16, _, _ := utf16Order(b); err == nil && !utf16 && len(d.rel.Warnings) == 0 &&
			!bytes.HasPrefix(b, []byte(utf8BOM)) && !bytes.Contains(b, []byte{0}) && utf8.Valid(b) && d.src != string(b) {
			t.Fatalf("decode(%q).src = %q", b, d.src)
		}
	})
}

// TestTextASCII8 checks textASCII8 against its definition byte by byte:
// every byte value at every place among plain letters, every pair of byte
// values side by side (where a borrow could spill over), and random loads.
func TestTextASCII8(t *testing.T) {
	byBytes := func(x uint64) bool {
		for k := 0; k < 8; k++ {
			if c := byte(x >> (8 * k)); c >= utf8.RuneSelf || isControlByte(c) {
				return false
			}
		}
		return true
	}
	check := func(x uint64) {
		if got, want := textASCII8(x), byBytes(x); got != want {
			t.Fatalf("textASCII8(%#016x) = %v, want %v", x, got, want)
		}
	}
	const letters = 0x6161616161616161
	for c := range uint64(256) {
		for k := range 8 {
			check(letters&^(0xff<<(8*k)) | c<<(8*k))
		}
		for c2 := range uint64(256) {
			for k := range 7 {
				check(letters&^(0xffff<<(8*k)) | c<<(8*k) | c2<<(8*k+8))
			}
		}
	}
	rng := rand.New(rand.NewSource(8))
	for range 1 << 20 {
		x := rng.Uint64() & 0x7f7f7f7f7f7f7f7f
		check(x)
		check(x | 0x2020202020202020)
	}
}

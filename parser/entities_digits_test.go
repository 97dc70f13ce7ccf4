package parser

import (
	"strings"
	"testing"
)

// TestDigitBytes8 checks digitBytes8 against a byte-by-byte test for every
// byte value in every place of the word, among bytes around the digits.
func TestDigitBytes8(t *testing.T) {
	fill := []byte{' ', '/', ':', 'a', 0x80, 0xff, '0' - 1, '9' + 1}
	for _, f := range fill {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				var b [8]byte
				for k := range b {
					b[k] = f
				}
				b[pos] = byte(c)
				want := false
				for _, x := range b {
					want = want || isDigitByte(x)
				}
				if got := digitBytes8(load64(string(b[:]))); got != want {
					t.Fatalf("digitBytes8(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// TestDigitBits8 checks digitBits8's mask byte by byte, and indexDigit,
// which jumps by it, against a byte-by-byte search at every offset of
// texts with digits before, across and after its eight-byte loads.
func TestDigitBits8(t *testing.T) {
	checkBytes8(t, "digitBits8", digitBits8, isDigitByte, 'a', '0', '9', '/', ':', 0xff)
	texts := []string{"", "7", "abcdefgh1", "abcdefg12345678", "no digits at all here, none", "é1€2 ３4", "x\x809\xb9"}
	// One digit, or none, at every place of 40 bytes, around the other
	// bytes of digitFirst8's masks: '/', ':' and bytes beyond ASCII.
	for _, fill := range []string{"a/:\x80\xb9\xff", "////////", "::::::::", "\xb0\xb9\xc0"} {
		b := []byte(strings.Repeat(fill, 40)[:40])
		texts = append(texts, string(b))
		for j := range b {
			c := append([]byte(nil), b...)
			c[j] = '0' + byte(j%10)
			texts = append(texts, string(c))
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := -1
			for j := i; j < len(s); j++ {
				if isDigitByte(s[j]) {
					want = j
					break
				}
			}
			if got := indexDigit(s, i); got != want {
				t.Errorf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

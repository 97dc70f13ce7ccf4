package parser

import "testing"

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

package parser

import "testing"

// checkBytes8 checks f, an eight-byte test that returns the high bit of
// each byte it takes, against want, byte by byte: every byte value in
// every position, among neighbours of each of fills.
func checkBytes8(t *testing.T, name string, f func(uint64) uint64, want func(byte) bool, fills ...byte) {
	t.Helper()
	for _, fill := range fills {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				var w uint64
				for i, x := range b {
					if want(x) {
						w |= 0x80 << (8 * i)
					}
				}
				if got := f(load64(string(b[:]))); got != w {
					t.Fatalf("%s(% x) = %#x, want %#x", name, b, got, w)
				}
			}
		}
	}
}

package parser

import (
	"math/rand"
	"strings"
	"testing"
)

// randomTokenTexts returns n texts of words, '.', apostrophes, '’', spaces,
// letters beyond ASCII, broken UTF-8 and long words, of every length up to
// a few blocks.
func randomTokenTexts(n int) []string {
	parts := []string{"a", "Z", "7", "ab", "Nov", "May", "said", "the", ".", "'", "’", " ", "  ", "\n", ",", "-", "é", "É", "ß",
		"\xff", "\xc3", "—", "U.S", "O'Neil", "2021", "x.", ".y", strings.Repeat("w", 62), strings.Repeat("q", 70), "\u00a0", "ǅ"}
	rng := rand.New(rand.NewSource(5))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for b.Len() < i%300 {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}

// TestPackHigh8 checks packHigh8 on every set of high bits.
func TestPackHigh8(t *testing.T) {
	for y := range uint64(256) {
		var spread uint64
		for k := range 8 {
			if y>>k&1 != 0 {
				spread |= 0x80 << (8 * k)
			}
		}
		if got := packHigh8(spread); got != y {
			t.Fatalf("packHigh8(%#x) = %#x, want %#x", spread, got, y)
		}
	}
}

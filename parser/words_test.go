package parser

import (
	"strings"
	"testing"
)

// TestFieldCountUpTo checks fieldCountUpTo against len(strings.Fields),
// capped at the limit, for every limit up to past the count (zero: none).
func TestFieldCountUpTo(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b\tc\nd", "Jane\u00a0Doe", "x\u2003y\u0085z", "\xff \xfe", "  many   spaces  here  ", "日本 語"} {
		n := len(strings.Fields(s))
		for limit := 0; limit <= n+2; limit++ {
			want := n
			if limit > 0 && limit < n {
				want = limit
			}
			if got := fieldCountUpTo(s, limit); got != want {
				t.Errorf("fieldCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

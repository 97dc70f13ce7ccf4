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

// FuzzFieldCountUpTo checks fieldCountUpTo against len(strings.Fields),
// capped at the limit, on any text.
func FuzzFieldCountUpTo(f *testing.F) {
	f.Add("a b\tc\nd", 2)
	f.Add("x\u2003y\u0085z \xff", 0)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = max(limit%12, 0)
		want := len(strings.Fields(s))
		if limit > 0 && limit < want {
			want = limit
		}
		if got := fieldCountUpTo(s, limit); got != want {
			t.Errorf("fieldCountUpTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	})
}

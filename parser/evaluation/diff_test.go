package evaluation

import "fmt"

// nearest returns the block most like the gold paragraph p by token F1,
// or "" when no block shares a token with it.
func nearest(p string, blocks []string) string {
	best, bestF1 := "", 0.0
	for _, b := range blocks {
		if f := tokenScore(b, p).f1(); f > bestF1 {
			best, bestF1 = b, f
		}
	}
	return best
}

// firstDifference describes where got first departs from want, white space
// collapsed, showing a little of each around that point.
func firstDifference(got, want string) string {
	g, w := []rune(collapse(got)), []rune(collapse(want))
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	from := max(0, i-20)
	around := func(r []rune) string { return string(r[from:min(len(r), i+30)]) }
	switch {
	case i == len(g) && i == len(w):
		return "identical"
	case i == len(g):
		return fmt.Sprintf("block ends at %d, gold goes on: …%q", i, around(w))
	case i == len(w):
		return fmt.Sprintf("gold ends at %d, block goes on: …%q", i, around(g))
	}
	return fmt.Sprintf("at %d: block …%q, gold …%q", i, around(g), around(w))
}

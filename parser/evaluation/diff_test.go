package evaluation

import "fmt"

// nearest returns the block that best explains a missed gold paragraph p:
// the one sharing the longest start with it (at least 20 characters), which
// shows splits and truncations, or else the one most like it by token F1;
// "" when no block shares a token with it.
func nearest(p string, blocks []string) string {
	best, bestPrefix := "", 19
	for _, b := range blocks {
		if n := commonPrefix(collapse(b), collapse(p)); n > bestPrefix {
			best, bestPrefix = b, n
		}
	}
	if best != "" {
		return best
	}
	bestF1 := 0.0
	for _, b := range blocks {
		if f := tokenScore(b, p).f1(); f > bestF1 {
			best, bestF1 = b, f
		}
	}
	return best
}

// commonPrefix counts the runes a and b share at their start.
func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n
}

// firstDifference describes where got first departs from want, white space
// collapsed, showing a little of each around that point.
func firstDifference(got, want string) string {
	g, w := []rune(collapse(got)), []rune(collapse(want))
	i := commonPrefix(string(g), string(w))
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

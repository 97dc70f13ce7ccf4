package parser

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// TestDropOverlapsKeyedMatchesDropOverlaps checks the packed-key sort
// against dropOverlaps on random spans, many of them overlapping or tied.
// Tied spans carry equal values, so either order of a tie is the same.
func TestDropOverlapsKeyedMatchesDropOverlaps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		n := rng.Intn(60)
		ss := make([]entSpan, n)
		for i := range ss {
			start := rng.Intn(40)
			end := start + rng.Intn(8) - 1
			kind := EntityKind(rng.Intn(18) - 1)
			ss[i] = entSpan{kind, start, end, fmt.Sprint(kind, start, end)}
		}
		want := dropOverlaps(append([]entSpan(nil), ss...))
		got, _ := dropOverlapsKeyed(ss, 100, nil, nil)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: got %v, want %v", round, got, want)
		}
		// A text too long for the packed keys: keptSpans sorts the spans.
		long, _ := dropOverlapsKeyed(append([]entSpan(nil), ss...), spanPosMax, nil, nil)
		if !reflect.DeepEqual(long, want) {
			t.Fatalf("round %d, long text: got %v, want %v", round, long, want)
		}
	}
}

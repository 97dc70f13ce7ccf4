package annotate

import (
	"math/rand"
	"slices"
	"testing"
	"time"
)

// TestSortByPositionIsStable checks SortByPosition against a stable sort
// on annotations with many equal starts, ends and creation times.
func TestSortByPositionIsStable(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for round := 0; round < 50; round++ {
		as := make([]Annotation, rng.Intn(300))
		for i := range as {
			s := rng.Intn(20)
			as[i] = Annotation{ID: string(rune('a'+i%26)) + string(rune('0'+i/26%10)) + string(rune('A'+i/260)),
				Selector: Selector{TextPositionSelector: TextPositionSelector{Start: s, End: s + 1 + rng.Intn(5)}}, Created: t0.Add(time.Duration(rng.Intn(3)) * time.Second)}
		}
		want := slices.Clone(as)
		slices.SortStableFunc(want, func(a, b Annotation) int { return comparePosition(&a, &b) })
		got := slices.Clone(as)
		SortByPosition(got)
		for i := range want {
			if got[i].ID != want[i].ID {
				t.Fatalf("round %d: at %d got %s, want %s", round, i, got[i].ID, want[i].ID)
			}
		}
	}
}

// BenchmarkAttached2000 lists 2,000 annotations in document order, as the
// annotation list and the highlights do after every change.
func BenchmarkAttached2000(b *testing.B) {
	text := benchText(1, 5000)
	d := &Document{Text: text, Annotations: benchAnnotations(2, text, 2000)}
	b.ReportAllocs()
	for b.Loop() {
		if len(d.Attached()) != 2000 {
			b.Fatal("lost annotations")
		}
	}
}

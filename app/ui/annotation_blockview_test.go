package ui

import (
	"math/rand"
	"slices"
	"testing"

	"pressmark/parser"
)

// TestMarksByBlockMatchesOverlap checks marksByBlock against testing every
// block against every mark, on random marks that span several blocks,
// with blocks in order and out of order.
func TestMarksByBlockMatchesOverlap(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for round := 0; round < 40; round++ {
		var blocks []parser.Block
		pos := 0
		for i := 0; i < 1+rng.Intn(12); i++ {
			n := 1 + rng.Intn(30)
			blocks = append(blocks, parser.Block{Start: pos, End: pos + n})
			pos += n + rng.Intn(3)
		}
		if round%4 == 3 {
			rng.Shuffle(len(blocks), func(i, j int) { blocks[i], blocks[j] = blocks[j], blocks[i] })
		}
		marks := make([]Mark, rng.Intn(40))
		for i := range marks {
			s := rng.Intn(pos + 1)
			marks[i] = Mark{ID: string(rune('a' + i)), Start: s, End: s + 1 + rng.Intn(60)}
		}
		per := marksByBlock(blocks, marks)
		for i, b := range blocks {
			var want []Mark
			for _, m := range marks {
				if m.Start < b.End && m.End > b.Start {
					want = append(want, m)
				}
			}
			if !slices.Equal(per[i], want) {
				t.Fatalf("round %d, block %d [%d,%d): got %v, want %v", round, i, b.Start, b.End, per[i], want)
			}
		}
	}
}

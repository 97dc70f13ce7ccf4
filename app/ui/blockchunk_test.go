package ui

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// TestChunkedBlocks checks that chunks cover the drawn blocks in order,
// end at the same places whatever is drawn, and never split a list.
func TestChunkedBlocks(t *testing.T) {
	blocks := make([]parser.Block, 1000)
	for i := 90; i < 130; i++ { // a list across the first chunk's end
		blocks[i].Kind = parser.BlockListItem
	}
	all := map[int]bool{} // where chunks end when every block is drawn
	for _, u := range chunkedBlocks(blocks, len(blocks), nil, false) {
		all[u.(*blockChunk).To] = true
	}
	if all[chunkSize] || !all[130] {
		t.Errorf("chunk ends %v: the first chunk should end after the list, at 130", all)
	}
	for _, shown := range []int{50, 350, 1000, 5000} {
		next := 0
		for _, u := range chunkedBlocks(blocks, shown, nil, false) {
			c := u.(*blockChunk)
			if c.From != next || c.To <= c.From {
				t.Fatalf("shown %d: chunk [%d, %d) after %d", shown, c.From, c.To, next)
			}
			if c.To < min(shown, len(blocks)) && !all[c.To] {
				t.Errorf("shown %d: a chunk ends at %d, where none does once all is drawn", shown, c.To)
			}
			if c.To < len(blocks) && c.To < shown && blocks[c.To].Kind == parser.BlockListItem && blocks[c.To-1].Kind == parser.BlockListItem {
				t.Errorf("shown %d: a chunk ends at %d, inside a list", shown, c.To)
			}
			next = c.To
		}
		if want := min(shown, len(blocks)); next != want {
			t.Errorf("shown %d: chunks end at %d, want %d", shown, next, want)
		}
	}
}

// TestChunkGrowthKeepsDrawnChunks checks that drawing a release a chunk at
// a time, as the Article does, never changes a chunk already drawn: each
// step adds one chunk and leaves the others' inputs as they were.
func TestChunkGrowthKeepsDrawnChunks(t *testing.T) {
	blocks := make([]parser.Block, 457)
	for i := 95; i < 140; i++ {
		blocks[i].Kind = parser.BlockListItem
	}
	var before []app.UI
	for shown := chunkEnd(blocks, 0); ; shown = chunkEnd(blocks, shown) {
		now := chunkedBlocks(blocks, shown, nil, false)
		if len(now) != len(before)+1 {
			t.Fatalf("shown %d: %d chunks after %d, want one more", shown, len(now), len(before))
		}
		for i, u := range before {
			if b, c := u.(*blockChunk), now[i].(*blockChunk); b.From != c.From || b.To != c.To {
				t.Errorf("shown %d: chunk %d went from [%d, %d) to [%d, %d)", shown, i, b.From, b.To, c.From, c.To)
			}
		}
		before = now
		if shown >= len(blocks) {
			break
		}
	}
}

// TestChunkMarks checks that each chunk gets the marks of its own blocks.
func TestChunkMarks(t *testing.T) {
	blocks := make([]parser.Block, 250)
	for i := range blocks {
		blocks[i] = parser.Block{Start: 10 * i, End: 10*i + 9}
	}
	marks := []Mark{{ID: "a", Start: 5, End: 7}, {ID: "b", Start: 1502, End: 1504}}
	per := marksByBlock(blocks, marks)
	for _, u := range chunkedBlocks(blocks, len(blocks), per, true) {
		c := u.(*blockChunk)
		if !c.Marked || len(c.Marks) != c.To-c.From {
			t.Fatalf("chunk [%d, %d): marked %v, %d mark lists", c.From, c.To, c.Marked, len(c.Marks))
		}
		for k, here := range c.Marks {
			i := c.From + k
			want := (i == 0) || (i == 150)
			if got := len(here) == 1; got != want {
				t.Errorf("block %d: marks %v", i, here)
			}
		}
	}
}

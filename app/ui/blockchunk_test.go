package ui

import (
	"testing"

	"pressmark/parser"
)

// TestChunkedBlocks checks that chunks cover the drawn blocks in order,
// end at the same places whatever is drawn, and never split a list.
func TestChunkedBlocks(t *testing.T) {
	blocks := make([]parser.Block, 1000)
	for i := 190; i < 230; i++ { // a list across the first chunk's end
		blocks[i].Kind = parser.BlockListItem
	}
	all := map[int]bool{} // where chunks end when every block is drawn
	for _, u := range chunkedBlocks(blocks, len(blocks), nil) {
		all[u.(*blockChunk).To] = true
	}
	if all[200] || !all[230] {
		t.Errorf("chunk ends %v: the first chunk should end after the list, at 230", all)
	}
	for _, shown := range []int{150, 350, 1000, 5000} {
		next := 0
		for _, u := range chunkedBlocks(blocks, shown, nil) {
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

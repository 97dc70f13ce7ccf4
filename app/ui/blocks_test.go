package ui

import (
	"reflect"
	"testing"

	"pressmark/parser"
)

func TestGroupBlocks(t *testing.T) {
	k := func(kinds ...parser.BlockKind) []parser.Block {
		bs := make([]parser.Block, len(kinds))
		for i, kind := range kinds {
			bs[i].Kind = kind
		}
		return bs
	}
	P, H, L, Q := parser.BlockParagraph, parser.BlockHeading, parser.BlockListItem, parser.BlockQuote
	tests := []struct {
		name   string
		blocks []parser.Block
		want   []blockGroup
	}{
		{"empty", nil, nil},
		{"paragraphs stay apart", k(P, P), []blockGroup{{P, 0, 1}, {P, 1, 1}}},
		{"one list", k(P, L, L, L, P), []blockGroup{{P, 0, 1}, {L, 1, 3}, {P, 4, 1}}},
		{"two lists split by a heading", k(L, L, H, L, Q), []blockGroup{{L, 0, 2}, {H, 2, 1}, {L, 3, 1}, {Q, 4, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupBlocks(tt.blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("groupBlocks() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHeadingLevel(t *testing.T) {
	for level, want := range map[int]int{0: 2, 1: 2, 2: 2, 3: 3, 6: 6, 9: 6} {
		if got := headingLevel(level); got != want {
			t.Errorf("headingLevel(%d) = %d, want %d", level, got, want)
		}
	}
}

package parser

import (
	"fmt"
	"strings"
)

// htmlTable counts what a <table> holds while it is open, so that when it
// closes the segmenter can tell a table of figures (removed as kind table)
// from a small layout table such as a contact block (one segment) and from a
// page laid out in a table (left as it is).
type htmlTable struct {
	node       int32
	firstBlock int // index of the table's first block in htmlWalker.blocks
	rows       int
	cells      int // cells with visible text
	numeric    int // cells whose text is mostly digits: 1,234 (12.5)% $0.45
	numRows    int // rows with at least one numeric cell
	lastNumRow int
	money      int  // cells with a currency sign, percent sign or parenthesis
	nested     bool // holds another table

	inCell                             bool
	cellLetters, cellDigits, cellMoney int // htmlText counters when the cell opened
}

// endCell counts the cell that just closed.
func (t *htmlTable) endCell(tx *htmlText) {
	if !t.inCell {
		return
	}
	t.inCell = false
	l, d := tx.letters-t.cellLetters, tx.digits-t.cellDigits
	if tx.money > t.cellMoney {
		t.money++
	}
	if l+d == 0 {
		return
	}
	t.cells++
	if d > 0 && l*2 < d {
		t.numeric++
		if t.lastNumRow != t.rows {
			t.numRows++
			t.lastNumRow = t.rows
		}
	}
}

// Thresholds for tables.
const (
	finTableMinFigures = 4    // numeric cells in a table of figures
	layoutCellMax      = 120  // longest cell text of a small layout table, in bytes
	layoutTableMax     = 1000 // longest text of a small layout table, in bytes
	tableCaptionLines  = 3    // title lines above a table of figures that go with it
	tableCaptionMax    = 120  // longest such line, in bytes
)

// captionLike reports whether b reads like a title line of the table below
// it: short, centred or bold, not a sentence, not part of a table.
func (w *htmlWalker) captionLike(b *hblock) bool {
	t := b.seg.Text
	if b.removed != nil || b.merged || b.row >= 0 || len(t) > tableCaptionMax || len(b.seg.Lines) > 2 {
		return false
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "Inc.") && !strings.HasSuffix(t, "Corp.") && !strings.HasSuffix(t, "Ltd.") {
		return false
	}
	return b.bold || w.nodes[b.owner].flags&nodeCentered != 0
}

// closeTable decides what the blocks of a table that just closed become.
func (w *htmlWalker) closeTable(t *htmlTable, at int) {
	blocks := w.blocks[t.firstBlock:]
	if len(blocks) == 0 {
		return
	}
	prose, total, longest := 0, 0, 0
	for _, b := range blocks {
		n := len(b.seg.Text)
		total += n
		longest = max(longest, n)
		if n > 200 {
			prose++
		}
	}
	span := Span{min(w.nodes[t.node].start, blocks[0].seg.Source.Start), max(at, blocks[len(blocks)-1].seg.Source.End)}
	figures := t.numeric >= finTableMinFigures && t.numRows >= 2 && t.numeric*3 >= t.cells && prose <= 2
	switch {
	case figures && (t.money >= 2 || financialWords(blocks)):
		// The table's own title lines ("UNAUDITED CONDENSED …", "(in millions)") go with it.
		k := t.firstBlock
		for k > 0 && t.firstBlock-k < tableCaptionLines && w.captionLike(w.blocks[k-1]) {
			k--
		}
		if k < t.firstBlock {
			span.Start = w.blocks[k].seg.Source.Start
			blocks = w.blocks[k:]
			t.firstBlock = k
		}
		m := mergeBlocks(blocks, t.node)
		m.seg.Source = span
		m.removed = &removal{Kind: RemovedTable, Reason: fmt.Sprintf(
			"financial table: %d rows holding %d figures", max(t.rows, t.numRows), t.numeric)}
		w.blocks = append(w.blocks[:t.firstBlock], m)
	case figures && !t.nested && longest <= layoutCellMax:
		// A table of data, not of money: one segment per row.
		w.blocks = append(w.blocks[:t.firstBlock], mergeRows(blocks)...)
	case !t.nested && t.rows >= 3 && t.cells >= 2*t.rows && longest <= layoutCellMax && !contactCells(blocks):
		// A grid of text, such as a timetable: one segment per row, as a
		// reader takes it in, rather than one paragraph of every cell.
		w.blocks = append(w.blocks[:t.firstBlock], mergeRows(blocks)...)
	case !t.nested && len(blocks) >= 2 && longest <= layoutCellMax && total <= layoutTableMax:
		// A small layout table, such as a contact block: one segment.
		m := mergeBlocks(blocks, t.node)
		m.seg.Source = span
		w.blocks = append(w.blocks[:t.firstBlock], m)
	}
}

// contactCells reports whether a cell holds an e-mail address or a phone
// number (seven digits or more): a contact block laid out in a table,
// whose columns are people, reads as one segment.
func contactCells(blocks []*hblock) bool {
	for _, b := range blocks {
		digits := 0
		for i := 0; i < len(b.seg.Text); i++ {
			switch c := b.seg.Text[i]; {
			case c == '@':
				return true
			case c >= '0' && c <= '9':
				digits++
			}
		}
		if digits >= 7 {
			return true
		}
	}
	return false
}

// mergeRows folds the cells of each table row into one block.
func mergeRows(blocks []*hblock) []*hblock {
	var out []*hblock
	for i := 0; i < len(blocks); {
		j := i + 1
		for blocks[i].row >= 0 && j < len(blocks) && blocks[j].row == blocks[i].row {
			j++
		}
		if j-i > 1 {
			out = append(out, mergeBlocks(blocks[i:j], blocks[i].owner))
		} else {
			out = append(out, blocks[i])
		}
		i = j
	}
	return out
}

// finWords are words that the headers and labels of financial statements use.
var finWords = []string{"million", "thousand", "months ended", "year ended", "quarter", "fiscal",
	"revenue", "net income", "per share", "assets", "earnings", "net sales", "operating", "cash"}

// financialWords reports whether the text of a table's first blocks speaks of
// money the way financial statements do.
func financialWords(blocks []*hblock) bool {
	n := 0
	for _, b := range blocks[:min(len(blocks), 40)] {
		t := strings.ToLower(b.seg.Text)
		for _, w := range finWords {
			if strings.Contains(t, w) {
				n++
			}
		}
	}
	return n >= 2
}

// mergeBlocks folds consecutive blocks into one whose lines are the blocks'
// lines and whose links keep pointing at their text.
func mergeBlocks(blocks []*hblock, owner int32) *hblock {
	first, last := blocks[0].seg, blocks[len(blocks)-1].seg
	seg := &segment{
		Source:      Span{first.Source.Start, last.Source.End},
		Kind:        BlockParagraph,
		BlankBefore: first.BlankBefore,
	}
	var b strings.Builder
	bold := true
	for _, hb := range blocks {
		s := hb.seg
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(s.Text)
		for _, l := range s.Links {
			l.Start += off
			l.End += off
			seg.Links = append(seg.Links, l)
		}
		seg.Lines = append(seg.Lines, s.Lines...)
		bold = bold && hb.bold
	}
	seg.Text = b.String()
	return &hblock{seg: seg, owner: owner, row: -1, bold: bold, merged: true}
}

package parser

import "strings"

// segments returns the blocks as the doc's segments, folding each run of
// removed blocks of the same group (a page's header, menu or footer; a share
// bar) into one segment.
func (w *htmlWalker) segments(d *doc) []*segment {
	segs := make([]*segment, 0, len(w.blocks))
	for i := 0; i < len(w.blocks); {
		b := w.blocks[i]
		j := i + 1
		if b.removed != nil && b.group != 0 {
			for j < len(w.blocks) && w.blocks[j].group == b.group && w.blocks[j].removed != nil &&
				w.blocks[j].removed.Reason == b.removed.Reason {
				j++
			}
			if j-i > 1 {
				m := mergeBlocks(w.blocks[i:j], b.group)
				m.removed = b.removed
				b = m
			}
		}
		i = j
		if b.removed != nil {
			if b.removed.Reason == reasonOutside {
				// The site's own menus and footers: their words stay in
				// Removed, their hundreds of targets do not swamp the
				// release's links.
				b.seg.Links = nil
			}
			d.remove(b.seg, b.removed.Kind, b.removed.Reason)
		}
		segs = append(segs, b.seg)
	}
	return segs
}

// Limits for a headline set across several paragraphs.
const (
	headlinePartMax = 100 // longest part, in bytes
	headlineParts   = 3
)

// mergeHeadlines joins a headline that the markup sets across consecutive
// short, bold (or large), centred paragraphs with no blank paragraph between
// them — as SEC exhibits do — into one segment.
func (w *htmlWalker) mergeHeadlines() {
	out := w.blocks[:0]
	for i := 0; i < len(w.blocks); {
		j := i + 1
		for j < len(w.blocks) && j-i < headlineParts && w.headlinePart(w.blocks[j-1]) &&
			w.headlinePart(w.blocks[j]) && !w.blocks[j].spaced && !headlineEnds(w.blocks[j-1].seg.Text) {
			j++
		}
		if j-i > 1 {
			m := mergeBlocks(w.blocks[i:j], w.blocks[i].owner)
			m.seg.Kind = w.blocks[i].seg.Kind
			m.seg.Level = w.blocks[i].seg.Level
			m.seg.Repairs = append(m.seg.Repairs, Repair{Kind: RepairRejoined, Detail: "headline set across paragraphs"})
			out = append(out, m)
		} else {
			out = append(out, w.blocks[i])
		}
		i = j
	}
	w.blocks = out
}

// headlinePart reports whether b may be one line of a headline set across
// paragraphs: short, all bold, centred, not in a table.
func (w *htmlWalker) headlinePart(b *hblock) bool {
	return !b.merged && b.removed == nil && b.bold && b.row < 0 && len(b.seg.Text) <= headlinePartMax &&
		len(b.seg.Lines) <= 1 && w.nodes[b.owner].flags&nodeCentered != 0
}

// headlineEnds reports whether s ends with sentence punctuation.
func headlineEnds(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";")
}

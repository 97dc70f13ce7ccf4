package parser

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Blocks: text gathered into segments, with lines and links.

// onText handles a text token.
func (w *htmlWalker) onText(s []byte, start, end int) {
	if w.inTitle {
		t := strings.Join(strings.Fields(string(s)), " ")
		w.meta.set("title", t, rankPageTitle)
		w.meta.set("page-title", t, 1)
		return
	}
	if w.ldJSON {
		w.meta.fromJSONLD(s)
		return
	}
	if w.skip > 0 {
		return
	}
	hidden := w.hiddenRoot != 0
	if hidden && w.cur != nil && !w.cur.hidden {
		return // hidden words inside a shown paragraph: not on the page
	}
	before := len(w.text.b)
	if w.cur == nil {
		// Look for visible text before starting a block.
		if !visible(s) {
			return
		}
		w.startBlock(start)
		w.cur.hidden = hidden
		before = 0
	}
	if !w.text.write(s) {
		return
	}
	w.brs = 0
	if w.lineSrc < 0 {
		w.lineSrc = start
	}
	w.lastEnd = end
	if w.bold == 0 {
		w.notBold = true
	}
	w.linkText = w.linkText || w.inLink
	if w.inLink && w.linkStart < 0 {
		// the link starts at its first visible character
		w.linkStart = before
		if before > 0 && w.text.b[before] == ' ' {
			w.linkStart++
		}
	}
	if hidden {
		return // not counted towards the page's text
	}
	added := len(w.text.b) - before
	n := &w.nodes[w.top()]
	n.text += int32(added)
	for _, c := range s {
		if c == ',' {
			n.commas++
		}
	}
}

// startBlock begins a block whose first visible text is at start.
func (w *htmlWalker) startBlock(start int) {
	owner := int32(0)
	kind, level := BlockParagraph, 0
	row := int32(-1)
	decided := false
	for i := len(w.stack) - 1; i > 0; i-- {
		n := &w.nodes[w.stack[i]]
		if htmlTagClass(n.tag) != tagBlock {
			continue
		}
		if owner == 0 {
			owner = w.stack[i]
			if n.flags&nodeListPara != 0 {
				kind, decided = BlockListItem, true
			}
		}
		if row < 0 && n.tag == atom.Tr {
			row = w.stack[i]
		}
		if decided {
			continue
		}
		switch n.tag {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			kind, level, decided = BlockHeading, headingLevel(n.tag), true
		case atom.Li, atom.Dd, atom.Dt:
			kind, decided = BlockListItem, true
		case atom.Blockquote:
			kind, decided = BlockQuote, true
		case atom.Td, atom.Th, atom.Table, atom.Body, atom.Article, atom.Section, atom.Main:
			decided = true
		}
	}
	if w.pendStart < 0 {
		w.pendStart = start
	}
	seg := &segment{Source: Span{Start: w.pendStart}, Kind: kind, Level: level}
	if len(w.blocks) > 0 {
		seg.BlankBefore = 1
	}
	w.cur = &hblock{seg: seg, owner: owner, row: row, spaced: w.spacer > 0}
	seg.BlankBefore += min(w.spacer, 2)
	if w.leadIn && w.spacer == 0 {
		seg.BlankBefore = 0
	}
	w.spacer, w.leadIn = 0, false
	w.text.reset()
	w.lineStart = 0
	w.lineSrc = start
	w.notBold = false
	w.brs = 0
}

// lineBreak handles a <br>: the block goes on on a new line, and two breaks
// in a row end the block as a blank line ends a paragraph.
func (w *htmlWalker) lineBreak(start, end int) {
	if w.cur == nil {
		w.spacer++
		return
	}
	w.brs++
	if w.brs >= 2 {
		w.flush(start)
		return
	}
	if len(w.cur.seg.Lines) == 0 && !w.notBold && len(w.text.b) <= leadInMax && !headlineEnds(string(w.text.b)) {
		// A bold first line set off by <br> is a heading of what follows
		// ("About Acme", "Media contact"): its own segment, as a line of
		// its own is in text.
		w.flush(start)
		w.leadIn = true
		return
	}
	w.endLine()
	w.text.breakLine()
}

// leadInMax is the longest bold first line, in bytes, split from the lines
// under it.
const leadInMax = 80

// endLine records the current line of the block.
func (w *htmlWalker) endLine() {
	if w.cur == nil || w.lineSrc < 0 {
		return
	}
	t := strings.TrimSpace(string(w.text.b[w.lineStart:]))
	if t != "" {
		w.cur.seg.Lines = append(w.cur.seg.Lines, line{Text: t, Source: Span{w.lineSrc, w.lastEnd}})
	}
	w.lineStart = len(w.text.b)
	w.lineSrc = -1
}

// flush ends the current block, if any.
func (w *htmlWalker) flush(at int) {
	w.pendStart, w.leadIn = -1, false
	if w.cur == nil {
		return
	}
	w.recordLink()
	w.endLine()
	b := w.cur
	w.cur = nil
	b.seg.Text = string(w.text.b)
	b.seg.Source.End = w.lastEnd
	b.bold = !w.notBold
	if b.hidden {
		b.removed = &removal{Kind: RemovedOther, Reason: reasonHidden}
		b.group = -1 // consecutive hidden blocks fold into one segment
	}
	if b.seg.Text == "" {
		return
	}
	w.blocks = append(w.blocks, b)
}

// recordLink records the link being built on the current block. The link
// stays open: when it spans blocks, it goes on in the next one.
func (w *htmlWalker) recordLink() {
	if w.inLink && w.cur != nil && w.linkStart >= 0 && w.linkStart < len(w.text.b) {
		txt := string(w.text.b[w.linkStart:])
		w.cur.seg.Links = append(w.cur.seg.Links, Link{Text: txt, URL: w.linkHref, Start: w.linkStart, End: len(w.text.b)})
	}
	w.linkStart = -1
}

// reasonHidden explains a removed stretch of hidden text.
const reasonHidden = "hidden: the page does not show this text"

// onPreText handles the text of a <pre>, whose line breaks are the author's:
// each line of the input is a line of the block, and a blank line ends the
// block, as in plain text. raw is the token as it stands in the input, so
// that every line keeps its exact span.
func (w *htmlWalker) onPreText(raw string, start int) {
	for off := 0; off < len(raw); {
		end := strings.IndexByte(raw[off:], '\n')
		last := end < 0
		if last {
			end = len(raw)
		} else {
			end += off
		}
		piece := strings.TrimSuffix(raw[off:end], "\r")
		if strings.TrimSpace(piece) != "" {
			w.onText([]byte(html.UnescapeString(piece)), start+off, start+off+len(piece))
		} else if !last && w.cur != nil && w.lineSrc < 0 {
			w.flush(start + off) // a blank line
		}
		if !last && w.cur != nil && w.lineSrc >= 0 {
			w.endLine()
			w.text.breakLine()
		}
		off = end + 1
	}
}

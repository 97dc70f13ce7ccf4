package parser

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// linkRunMin is the shortest run of link-only blocks taken for a list of
// links ("You may also like…") rather than text.
const linkRunMin = 3

// removeLinkRuns removes runs of blocks that are each nothing but a link:
// lists of other stories set as paragraphs.
func (w *htmlWalker) removeLinkRuns() {
	linkOnly := func(b *hblock) bool {
		if b.removed != nil || len(b.seg.Links) == 0 {
			return false
		}
		n := 0
		for _, l := range b.seg.Links {
			n += l.End - l.Start
		}
		return n*10 >= len(b.seg.Text)*9
	}
	for i := 0; i < len(w.blocks); {
		j := i
		for j < len(w.blocks) && linkOnly(w.blocks[j]) {
			j++
		}
		if j-i >= linkRunMin {
			for _, b := range w.blocks[i:j] {
				b.removed = &removal{Kind: RemovedNavigation, Reason: reasonLinkList}
				b.group = -int32(i) - 1 // one group per run
			}
		}
		i = max(j, i+1)
	}
}

// junkInside returns, for every node inside the content roots, the kind of
// furniture it belongs to (share bar, related links…) and the node that
// says so.
func (w *htmlWalker) junkInside(roots []int32) ([]junkKind, []int32) {
	junk := make([]junkKind, len(w.nodes))
	node := make([]int32, len(w.nodes))
	for _, r := range roots {
		rootText := w.nodes[r].text
		for i := r + 1; i <= w.nodes[r].last; i++ {
			nd := &w.nodes[i]
			switch {
			case nd.parent != r && junk[nd.parent] != junkNone:
				junk[i], node[i] = junk[nd.parent], node[nd.parent]
			case nd.cue.junk != junkNone && nd.text*2 < rootText:
				junk[i], node[i] = nd.cue.junk, i
			case nd.cue.unlikely && nd.cue.weight <= 0 && nd.text*2 < rootText:
				junk[i], node[i] = junkFurniture, i
			case linkList(nd) && nd.text*5 < rootText*2:
				junk[i], node[i] = junkLinks, i
			}
		}
	}
	return junk, node
}

// linkList reports whether a container is mostly links: a menu, a tag cloud,
// a list of related stories.
func linkList(n *hnode) bool {
	switch n.tag {
	case atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.Section, atom.Nav, atom.Aside, atom.Table,
		atom.Header, atom.Footer, atom.Form:
		return n.text > 0 && n.links*10 > n.text*6
	}
	return false
}

// chromeContainer returns the outermost ancestor of node i that holds no
// content root: the header, menu, sidebar or footer it belongs to.
func (w *htmlWalker) chromeContainer(i int32, roots []int32) int32 {
	for {
		p := w.nodes[i].parent
		if p <= 0 {
			return i
		}
		for _, r := range roots {
			if w.within(r, p) {
				return i
			}
		}
		i = p
	}
}

// keepTitle keeps in the body the heading that titles the page, even when it
// lies outside the main content: the one that matches the page's stated
// title, or else the last <h1> before the content, or the first inside it.
func (w *htmlWalker) keepTitle(roots []int32) {
	want := normTitle(w.meta.values["title"])
	maxLen := 2*len(want) + 16
	best, bestScore := -1, 0
	firstRoot := roots[0]
	for i, b := range w.blocks {
		if b.removed != nil && b.removed.Reason != reasonOutside && b.removed.Reason != junkReasons[junkFurniture].reason {
			continue
		}
		s := b.seg
		isHead := s.Kind == BlockHeading && s.Level <= 2
		sc := 0
		if want == "" || len(s.Text) > maxLen || len(s.Text) < 8 {
			// too long or short to be the stated title
		} else if t := normTitle(s.Text); len(t) >= 8 {
			switch {
			case t == want:
				sc = 6
			case strings.Contains(want, t) && len(t)*2 >= len(want):
				sc = 4
			case strings.Contains(t, want) && len(want)*2 >= len(t):
				sc = 3
			}
			if sc > 0 && !isHead {
				sc--
			}
		}
		if sc == 0 && isHead && s.Level == 1 && (best < 0 || bestScore == 0) {
			// no stated title to go by: the last h1 before the content, or the first inside it
			if b.owner < firstRoot || best < 0 {
				best = i
			}
			continue
		}
		if sc > 0 && isHead && s.Level == 1 {
			sc++
		}
		if sc > bestScore {
			best, bestScore = i, sc
		}
	}
	if best < 0 {
		return
	}
	b := w.blocks[best]
	if b.removed != nil && (b.removed.Reason == reasonOutside || b.removed.Reason == junkReasons[junkFurniture].reason) {
		b.removed, b.group = nil, 0
	}
	if bestScore > 0 {
		// The page's own heading, without the " | Site" a <title> carries.
		w.meta.values["title"] = b.seg.Text
	}
}

// normTitle lower-cases s and reduces it to letters, digits and single spaces.
func normTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r > 0x7f && !isSpaceRune(r) && r != '\u2013' && r != '\u2014' && r != '\u2019' && r != '\u201c' && r != '\u201d':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

func isSpaceRune(r rune) bool {
	return r == '\u00a0' || (r >= '\u2000' && r <= '\u200b') || r == '\u3000'
}

package parser

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// The stack of open elements: HTML's implied end tags, kept simple.

// find returns the stack position of the innermost open element a, or -1. It
// does not look past a table boundary unless a is itself a table element.
func (w *htmlWalker) find(a atom.Atom) int {
	tableTag := a == atom.Table || a == atom.Tr || a == atom.Td || a == atom.Th ||
		a == atom.Tbody || a == atom.Thead || a == atom.Tfoot || a == atom.Caption
	for i := len(w.stack) - 1; i > 0; i-- {
		t := w.nodes[w.stack[i]].tag
		if t == a {
			return i
		}
		if !tableTag && (t == atom.Td || t == atom.Th || t == atom.Table) {
			return -1
		}
		if t == atom.Svg || t == atom.Math {
			// foreign content closes only on its own end tags
			if a != atom.Svg && a != atom.Math {
				return -1
			}
		}
	}
	return -1
}

// has reports whether an element a is open.
func (w *htmlWalker) has(a atom.Atom) bool {
	for _, i := range w.stack[1:] {
		if w.nodes[i].tag == a {
			return true
		}
	}
	return false
}

// inHead reports whether the innermost open element is or lies in <head>.
func (w *htmlWalker) inHead() bool {
	for i := len(w.stack) - 1; i > 0; i-- {
		if w.nodes[w.stack[i]].tag == atom.Head {
			return true
		}
	}
	return false
}

// closeHead closes an open <head> whose end tag is missing.
func (w *htmlWalker) closeHead(at int) {
	if i := w.find(atom.Head); i > 0 {
		for len(w.stack) > i {
			w.pop(at)
		}
	}
}

// skipDepthOK reports whether text is being kept (no skipped element open
// other than <head>).
func (w *htmlWalker) skipDepthOK() bool {
	for i := len(w.stack) - 1; i > 0; i-- {
		n := &w.nodes[w.stack[i]]
		if n.tag != atom.Head && n.flags&nodeSkip != 0 && n.tag != atom.Title {
			return false
		}
	}
	return true
}

// implicitClose closes the elements that a start tag a ends by HTML's rules
// (a <p> before a block, an <li> before the next <li>, table cells and rows).
func (w *htmlWalker) implicitClose(a atom.Atom, at int) {
	closeTo := func(target atom.Atom, stops ...atom.Atom) {
		for i := len(w.stack) - 1; i > 0; i-- {
			t := w.nodes[w.stack[i]].tag
			if t == target {
				for len(w.stack) > i {
					w.pop(at)
				}
				return
			}
			for _, s := range stops {
				if t == s {
					return
				}
			}
		}
	}
	if closesP(a) {
		closeTo(atom.P, atom.Td, atom.Th, atom.Table, atom.Button, atom.Li, atom.Div, atom.Blockquote, atom.Section, atom.Article)
	}
	switch a {
	case atom.Li:
		closeTo(atom.Li, atom.Ul, atom.Ol, atom.Menu, atom.Td, atom.Table)
	case atom.Dt, atom.Dd:
		closeTo(atom.Dd, atom.Dl, atom.Td, atom.Table)
		closeTo(atom.Dt, atom.Dl, atom.Td, atom.Table)
	case atom.Tr:
		closeTo(atom.Tr, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot)
	case atom.Td, atom.Th:
		closeTo(atom.Td, atom.Tr, atom.Table)
		closeTo(atom.Th, atom.Tr, atom.Table)
	case atom.Tbody, atom.Thead, atom.Tfoot:
		closeTo(atom.Tr, atom.Table)
		closeTo(atom.Tbody, atom.Table)
		closeTo(atom.Thead, atom.Table)
		closeTo(atom.Tfoot, atom.Table)
	case atom.Option:
		closeTo(atom.Option, atom.Select)
	case atom.A:
		closeTo(atom.A, atom.Td, atom.Th, atom.Table)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if headingLevel(w.nodes[w.top()].tag) > 0 {
			w.pop(at)
		}
	}
}

// push opens an element.
func (w *htmlWalker) push(a atom.Atom, attrs *tagAttrs, start int, class tagClass) {
	parent := w.top()
	n := hnode{tag: a, parent: parent, start: start, end: -1}
	pf := w.nodes[parent].flags
	n.flags = pf & (nodeSkip | nodeCentered | nodeHidden)
	if attrs.hidden && n.flags&nodeHidden == 0 {
		n.flags |= nodeHidden
		w.hiddenRoot = int32(len(w.nodes))
	}
	if class == tagSkip || attrs.marker {
		n.flags |= nodeSkip
	}
	switch {
	case attrs.centered || a == atom.Center:
		n.flags |= nodeCentered
	case attrs.aligned:
		n.flags &^= nodeCentered
	}
	if attrs.itemprop == "articlebody" {
		n.flags |= nodeArticleBody
	}
	if a == atom.A && attrs.href != "" {
		n.flags |= nodeLink
	}
	if (a == atom.B || a == atom.Strong || attrs.large || attrs.weight > 0) && attrs.weight >= 0 {
		n.flags |= nodeBold
		w.bold++
	}
	if a == atom.Pre || a == atom.Listing {
		w.pre++
	}
	if n.flags&nodeSkip != 0 {
		w.skip++
	}
	if class == tagBlock {
		w.nodes[parent].flags |= nodeHasBlocks
	}
	n.cue = tagCue(a, attrs)
	n.class = classHash(attrs.class)
	if bytes.Contains(attrs.class, []byte("MsoList")) {
		n.flags |= nodeListPara
	}
	w.nodes = append(w.nodes, n)
	w.stack = append(w.stack, int32(len(w.nodes)-1))
}

// pop closes the innermost open element.
func (w *htmlWalker) pop(at int) {
	i := w.top()
	w.stack = w.stack[:len(w.stack)-1]
	n := &w.nodes[i]
	n.end = at
	n.last = int32(len(w.nodes) - 1)
	if n.flags&nodeSkip != 0 {
		w.skip--
	}
	if n.flags&nodeBold != 0 {
		w.bold--
	}
	if i == w.hiddenRoot {
		if w.cur != nil && w.cur.hidden {
			w.flush(at)
		}
		w.hiddenRoot = 0
	}
	if n.tag == atom.Pre || n.tag == atom.Listing {
		w.pre--
	}
	switch n.tag {
	case atom.P, atom.Div:
		if n.text == 0 && n.flags&nodeSkip == 0 {
			w.spacer++
		}
	case atom.A:
		if n.flags&nodeLink != 0 {
			w.recordLink()
			if !w.linkText {
				w.bare = append(w.bare, bareLink{url: w.linkHref, node: i})
			}
			w.inLink = false
		}
	case atom.Title:
		w.inTitle = false
	case atom.Script:
		w.ldJSON = false
	case atom.Td, atom.Th:
		if len(w.tables) > 0 {
			w.flush(at)
			w.tables[len(w.tables)-1].endCell(&w.text)
		}
	case atom.Table:
		w.flush(at)
		if len(w.tables) > 0 {
			t := w.tables[len(w.tables)-1]
			w.tables = w.tables[:len(w.tables)-1]
			if len(w.tables) > 0 {
				w.tables[len(w.tables)-1].nested = true
			}
			w.closeTable(t, at)
		}
	}
	p := &w.nodes[n.parent]
	p.text += n.text
	p.links += n.links
	p.commas += n.commas
	if n.flags&nodeLink != 0 {
		p.links += n.text - n.links
	}
}

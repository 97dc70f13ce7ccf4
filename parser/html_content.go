package parser

import (
	"sort"
	"strings"

	"golang.org/x/net/html/atom"
)

// Reasons given for the parts of a web page that are not its content.
const (
	reasonOutside   = "site navigation: outside the page's main content"
	reasonLinkList  = "link list: mostly links to other pages"
	minScoredText   = 25  // shortest block, in bytes, that counts towards a container's score
	minArticleBody  = 200 // shortest itemprop=articleBody trusted as the content, in bytes
	siblingMinScore = 10  // Readability's floor for a sibling of the best container
	minSectionText  = 100 // shortest text, in bytes, of another section of a split article
)

// isPage reports whether the input carries page furniture (navigation,
// headers, footers, link-heavy chrome) worth telling apart from its content.
// A clipboard fragment or an SEC exhibit has none and is left whole.
func (w *htmlWalker) isPage() bool {
	chrome := 0
	for i := range w.nodes {
		if c := w.nodes[i].cue; c.unlikely || c.junk != junkNone {
			chrome++
		}
	}
	root := &w.nodes[0]
	if w.hasPage && !w.fragment {
		return chrome > 0 || root.links*5 > root.text
	}
	return chrome > 1 && root.text > 2000
}

// extractContent finds the page's main content the way Mozilla Readability
// does — a score per container from the paragraphs it holds (length,
// commas), weighted by class and id cues and discounted by link density —
// and marks what lies outside it, and the share bars, related links and
// similar furniture inside it, as removed.
func (w *htmlWalker) extractContent() []int32 {
	roots := w.contentRoots()
	if len(roots) == 0 {
		return nil
	}
	inRoot := func(i int32) bool {
		for _, r := range roots {
			if w.within(i, r) {
				return true
			}
		}
		return false
	}
	junk, junkNode := w.junkInside(roots)
	for _, b := range w.blocks {
		if b.removed != nil {
			continue
		}
		if !inRoot(b.owner) {
			b.removed = &removal{Kind: RemovedNavigation, Reason: reasonOutside}
			b.group = w.chromeContainer(b.owner, roots)
			continue
		}
		if k := junk[b.owner]; k != junkNone {
			r := junkReasons[k]
			b.removed = &removal{Kind: r.kind, Reason: r.reason}
			b.group = junkNode[b.owner]
		}
	}
	w.removeLinkRuns()
	w.keepTitle(roots)
	return roots
}

// within reports whether node i is root or lies inside it.
func (w *htmlWalker) within(i, root int32) bool {
	return i >= root && i <= w.nodes[root].last
}

// contentRoots returns the containers that hold the page's main content: the
// best-scoring container and those of its siblings that score close to it.
func (w *htmlWalker) contentRoots() []int32 {
	n := len(w.nodes)
	total := w.nodes[0].text
	unlikely := make([]bool, n)
	for i := 1; i < n; i++ {
		nd := &w.nodes[i]
		unlikely[i] = unlikely[nd.parent] ||
			(nd.cue.unlikely && nd.text*5 < total*3 && nd.tag != atom.Body && nd.tag != atom.Html)
	}
	score := make([]float32, n)
	scored := make([]bool, n)
	for _, b := range w.blocks {
		if b.removed != nil || unlikely[b.owner] || b.owner == 0 {
			continue
		}
		l := len(b.seg.Text)
		if l < minScoredText {
			continue
		}
		s := 1 + float32(strings.Count(b.seg.Text, ",")) + float32(min(l/100, 3))
		p := w.nodes[b.owner].parent
		if w.looseText(b.owner) {
			p = b.owner // text beside blocks counts as a paragraph of its container
		}
		for level := 0; p > 0 && level < 5; level++ {
			if !scored[p] {
				scored[p] = true
				score[p] = tagScore(&w.nodes[p])
			}
			div := float32(1)
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float32(level * 3)
			}
			score[p] += s / div
			p = w.nodes[p].parent
		}
	}
	top := int32(-1)
	for i := 1; i < n; i++ {
		if !scored[i] {
			continue
		}
		nd := &w.nodes[i]
		if nd.text > 0 {
			score[i] *= 1 - float32(nd.links)/float32(nd.text)
		}
		if !unlikely[i] && (top < 0 || score[i] > score[top]) {
			top = int32(i)
		}
	}
	if ab := w.articleBody(); ab > 0 {
		top = ab
	} else if top < 0 {
		return nil
	} else {
		top = w.climb(w.sharedAncestor(top, score, scored), score, scored)
	}
	parent := w.nodes[top].parent
	if parent <= 0 || w.nodes[top].flags&nodeArticleBody != 0 {
		return []int32{top}
	}
	// Siblings that score close to the best container are content too.
	threshold := max(siblingMinScore, score[top]*0.2)
	var roots []int32
	for c := parent + 1; c <= w.nodes[parent].last; c = w.nodes[c].last + 1 {
		if c == top {
			roots = append(roots, c)
			continue
		}
		if unlikely[c] {
			continue
		}
		nd := &w.nodes[c]
		bonus := float32(0)
		if nd.class != 0 && nd.class == w.nodes[top].class {
			bonus = score[top] * 0.2
		}
		switch {
		case scored[c] && score[c]+bonus >= threshold:
			roots = append(roots, c)
		case nd.text > 80 && nd.links*4 < nd.text && htmlTagClass(nd.tag) == tagBlock && nd.flags&nodeHasBlocks == 0:
			roots = append(roots, c) // a paragraph beside the container
		}
	}
	return w.sameClassParts(top, roots, unlikely)
}

// sameClassParts adds to roots the other containers that carry the best
// container's class and hold prose: an article split by figures or ads into
// several "post-content" sections. Roots stay in document order.
func (w *htmlWalker) sameClassParts(top int32, roots []int32, unlikely []bool) []int32 {
	class := w.nodes[top].class
	if class == 0 {
		return roots
	}
	for i := int32(1); i < int32(len(w.nodes)); i++ {
		nd := &w.nodes[i]
		if nd.class != class || unlikely[i] || nd.text < minSectionText || nd.links*3 > nd.text {
			continue
		}
		inside := false
		for _, r := range roots {
			if w.within(i, r) || w.within(r, i) {
				inside = true
				break
			}
		}
		if !inside {
			roots = append(roots, i)
			i = nd.last // its descendants are covered
		}
	}
	sort.Slice(roots, func(a, b int) bool { return roots[a] < roots[b] })
	return roots
}

// climb moves from the best-scoring container up to an ancestor that holds
// more of the content, as Readability does: a parent that scores higher, or
// a wrapper that holds nothing else.
func (w *htmlWalker) climb(top int32, score []float32, scored []bool) int32 {
	last := score[top]
	threshold := last / 3
	for p := w.nodes[top].parent; p > 0; p = w.nodes[p].parent {
		if t := w.nodes[p].tag; t == atom.Body || t == atom.Html {
			break
		}
		if !scored[p] {
			continue
		}
		if score[p] < threshold {
			break
		}
		if score[p] > last {
			top = p
			break
		}
		last = score[p]
	}
	for {
		p := w.nodes[top].parent
		if p <= 0 || w.nodes[p].tag == atom.Body || w.nodes[p].tag == atom.Html || w.nodes[p].text != w.nodes[top].text {
			return top
		}
		top = p
	}
}

// Readability's rule for articles split into sections: when several of the
// best containers score close to the best one, their common ancestor holds
// the article.
const (
	topCandidates    = 5
	minCloseScoring  = 3
	closeScoreFactor = 0.75
)

// sharedAncestor returns the nearest ancestor of top that holds at least
// minCloseScoring of the containers that score within closeScoreFactor of
// it, or top itself.
func (w *htmlWalker) sharedAncestor(top int32, score []float32, scored []bool) int32 {
	var best [topCandidates]int32
	n := 0
	for i := range score {
		if !scored[i] || int32(i) == top {
			continue
		}
		// insertion into the short list of the best-scoring others
		j := min(n, topCandidates-1)
		if n == topCandidates && score[i] <= score[best[j]] {
			continue
		}
		for j > 0 && score[best[j-1]] < score[i] {
			best[j] = best[j-1]
			j--
		}
		best[j] = int32(i)
		n = min(n+1, topCandidates)
	}
	var close []int32
	for _, c := range best[:n] {
		if score[top] > 0 && score[c]/score[top] >= closeScoreFactor {
			close = append(close, c)
		}
	}
	if len(close) < minCloseScoring {
		return top
	}
	for p := w.nodes[top].parent; p > 0; p = w.nodes[p].parent {
		if t := w.nodes[p].tag; t == atom.Body || t == atom.Html {
			break
		}
		k := 0
		for _, c := range close {
			if w.within(c, p) {
				k++
			}
		}
		if k >= minCloseScoring {
			return p
		}
	}
	return top
}

// articleBody returns the largest element marked itemprop=articleBody, if it
// holds enough text to be the article, or 0.
func (w *htmlWalker) articleBody() int32 {
	best := int32(0)
	for i := range w.nodes {
		if w.nodes[i].flags&nodeArticleBody != 0 && w.nodes[i].text >= minArticleBody &&
			(best == 0 || w.nodes[i].text > w.nodes[best].text) {
			best = int32(i)
		}
	}
	return best
}

// looseText reports whether text owned by node i lies beside block
// elements inside a container, rather than making up a paragraph element.
func (w *htmlWalker) looseText(i int32) bool {
	n := &w.nodes[i]
	switch n.tag {
	case atom.P, atom.Td, atom.Th, atom.Pre, atom.Li, atom.Dd, atom.Dt, atom.Blockquote, atom.Caption,
		atom.Figcaption, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	return n.flags&nodeHasBlocks != 0
}

// tagScore is a container's starting score: Readability's weights by tag
// plus 25 per class or id cue.
func tagScore(n *hnode) float32 {
	s := float32(25 * int(n.cue.weight))
	switch n.tag {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s += 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s -= 3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s -= 5
	}
	return s
}

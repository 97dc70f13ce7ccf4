package annotate

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Method says how an annotation was anchored in a new text.
type Method int

// Anchoring methods, in the order Anchor tries them.
const (
	MethodPosition Method = iota // the old position still holds the quote and its context
	MethodQuote                  // the exact quote was found elsewhere
	MethodFuzzy                  // an approximate match scored above Threshold
	MethodOrphan                 // nothing scored above Threshold
)

var methodNames = []string{"position", "quote", "fuzzy", "orphan"}

func (m Method) String() string {
	if m < 0 || int(m) >= len(methodNames) {
		return "unknown"
	}
	return methodNames[m]
}

// Scoring of a candidate passage for an annotation whose position no longer
// holds its quote and context. Each part is a similarity in [0, 1]:
//
//	q  quote:    1 − edit distance(quote, candidate) / len(quote)
//	p  prefix:   1 − edit distance(stored prefix, text before the candidate) / len(prefix)
//	s  suffix:   the same after the candidate
//	d  distance: 1 − |candidate start − expected start| / max(1000, len(text)/4)
//
// and the score is
//
//	wq·q + (0.9 − wq)·(p² + s²)/2 + 0.1·d
//
// where the quote's weight wq is 0.5 for quotes of up to 32 code points and
// grows linearly to 0.8 at 128 and more: a long quote is evidence in itself,
// a short one ("grow", "Acme") only in its context. Squaring the context
// similarities rewards a side that agrees exactly over two sides that both
// look somewhat alike. A candidate is accepted only when the score reaches
// Threshold and q reaches MinQuote.
//
// One exception: a long quote (LongQuote code points or more) matched with
// a quote similarity of at least LongQuoteSimilarity is accepted wherever
// it is and whatever surrounds it — a passage that long and that close is
// the same passage, moved and edited — scoring at least Threshold.
//
// A look-alike passage — a similar sentence elsewhere, or the same short
// phrase in another sentence — keeps at best a chance similarity (about
// 0.2–0.5) with the stored prefix and suffix and scores below Threshold, so
// the annotation becomes an orphan instead of a wrong highlight. Fuzzy
// matching with no threshold attaches to such passages: the known failing of
// the best-known annotator.
const (
	WeightDistance = 0.1
	Threshold      = 0.8
	MinQuote       = 0.7

	LongQuote           = 2 * ContextLen
	LongQuoteSimilarity = 0.9
)

// quoteWeight returns wq for a quote of m code points.
func quoteWeight(m int) float64 {
	return 0.5 + 0.3*min(1, max(0, float64(m-ContextLen)/96))
}

// Search limits that bound the work of fuzzy matching.
const (
	// fuzzyWindow is how far, in code points, either side of the expected
	// position every fuzzy search looks.
	fuzzyWindow = 1024
	// landmarkLen is the length, in code points, of the landmarks — the
	// stored context next to the quote and stretches of a long quote —
	// looked up verbatim to find the places worth a fuzzy search beyond
	// the window.
	landmarkLen = 16
	// maxLandmarks bounds the places searched beyond the window, and
	// landmarkRepeats the occurrences of one landmark: a stretch of text
	// found more often than that is not distinctive and is ignored.
	maxLandmarks    = 16
	landmarkRepeats = 3
	// quoteWindow is how far, in bytes, either side of the expected
	// position a short quote is looked for verbatim.
	quoteWindow = 8192
	// maxCandidates is how many candidates per search are scored fully.
	maxCandidates = 8
	// uniqueQuote is the length from which an exact quote that occurs once
	// is accepted in any context: a long verbatim passage is the same one.
	uniqueQuote = ContextLen
)

// Anchorer locates selectors in one text. It is not safe for concurrent use.
type Anchorer struct {
	ix    *Index
	runes []rune // the text as code points, built on first fuzzy search
}

// NewAnchorer prepares to anchor selectors in text.
func NewAnchorer(text string) *Anchorer {
	return &Anchorer{ix: NewIndex(text)}
}

// Index returns the index of the anchorer's text.
func (an *Anchorer) Index() *Index { return an.ix }

// Anchor locates s in the text, expecting it near code point expected (its
// old start shifted by the edits before it, or simply its old start). It
// returns the selector rebuilt at the place found, how it was found and the
// score of that place (1 for position and quote matches in full context).
// For MethodOrphan it returns s unchanged.
func (an *Anchorer) Anchor(s Selector, expected int) (Selector, Method, float64) {
	if s.Exact == "" {
		return s, MethodOrphan, 0
	}
	if an.atPosition(s) {
		return s, MethodPosition, 1
	}
	if start, score, ok := an.findQuote(s, expected); ok {
		sel, _ := NewSelector(an.ix, start, start+utf8.RuneCountInString(s.Exact))
		return sel, MethodQuote, score
	}
	if start, end, score, ok := an.findFuzzy(s, expected); ok {
		sel, _ := NewSelector(an.ix, start, end)
		return sel, MethodFuzzy, score
	}
	return s, MethodOrphan, 0
}

// atPosition reports whether the old position still holds the quote with
// its prefix and suffix: O(1) with the index, plus the string compares.
func (an *Anchorer) atPosition(s Selector) bool {
	if !an.ix.Valid(s.Start, s.End) {
		return false
	}
	text := an.ix.text
	b, e := an.ix.Byte(s.Start), an.ix.Byte(s.End)
	return text[b:e] == s.Exact && strings.HasSuffix(text[:b], s.Prefix) && strings.HasPrefix(text[e:], s.Suffix)
}

// findQuote looks for the exact quote, outwards from expected. Among
// occurrences whose context matches exactly it takes the nearest to
// expected; failing that it scores the nearest occurrences on each side and
// takes the best one above Threshold. The work is proportional to the
// distance searched, so an annotation that merely shifted costs little.
func (an *Anchorer) findQuote(s Selector, expected int) (start int, score float64, ok bool) {
	text, q := an.ix.text, s.Exact
	eb := an.ix.Byte(expected)
	inContext := func(b int) bool {
		return strings.HasSuffix(text[:b], s.Prefix) && strings.HasPrefix(text[b+len(q):], s.Suffix)
	}
	// A short quote is looked for within quoteWindow bytes of where it is
	// expected: short quotes occur often, and scanning the whole text for
	// each would dominate. One that moved farther keeps its context, which
	// the fuzzy search's landmarks find.
	n := utf8.RuneCountInString(q)
	floor, ceil := 0, len(text)
	if n < uniqueQuote {
		floor, ceil = max(0, eb-quoteWindow), min(len(text), eb+quoteWindow+len(q))
	}
	var near []int // byte offsets of the nearest occurrences on each side
	total := 0
	fwd, bwd := -1, -1
	for from := eb; from <= ceil; {
		i := strings.Index(text[from:ceil], q)
		if i < 0 {
			break
		}
		b := from + i
		total++
		if total <= maxCandidates {
			near = append(near, b)
		}
		if inContext(b) {
			fwd = b
			break
		}
		_, size := utf8.DecodeRuneInString(text[b:])
		from = b + size
	}
	// Occurrences starting before eb: none can be nearer than fwd once
	// they are farther back than it is ahead. Forward scans are the fast
	// ones, so scan [lo, eb) forward and keep the last few.
	lo := floor
	if fwd >= 0 {
		lo = max(lo, eb-(fwd-eb))
	}
	var last [maxCandidates]int
	seen := 0
	for from := lo; from < eb; {
		i := strings.Index(text[from:], q)
		if i < 0 || from+i >= eb {
			break
		}
		b := from + i
		last[seen%maxCandidates] = b
		seen++
		if inContext(b) {
			bwd = b
		}
		_, size := utf8.DecodeRuneInString(text[b:])
		from = b + size
	}
	total += seen
	near = append(near, last[:min(seen, maxCandidates)]...)
	switch {
	case bwd >= 0:
		return an.ix.CodePoint(bwd), 1, true
	case fwd >= 0:
		return an.ix.CodePoint(fwd), 1, true
	case total == 0:
		return 0, 0, false
	}
	if total == 1 && n >= uniqueQuote {
		cp := an.ix.CodePoint(near[0])
		return cp, an.score(s, cp, cp+n, 1, expected), true
	}
	best := -1
	for _, b := range near {
		cp := an.ix.CodePoint(b)
		if sc := an.score(s, cp, cp+n, 1, expected); sc > score {
			best, score = cp, sc
		}
	}
	return best, score, best >= 0 && score >= Threshold
}

// findFuzzy searches for an approximate occurrence of the quote, first in a
// window around expected, then around the landmarks found elsewhere in the
// text: where the stored prefix's end or suffix's start occurs verbatim,
// and, for quotes of 32 code points or more, where one of its 16-code-point
// stretches does. A passage that moved far and changed keeps some of these;
// the whole text is never scanned, which keeps the cost of orphans low.
func (an *Anchorer) findFuzzy(s Selector, expected int) (start, end int, score float64, ok bool) {
	if an.runes == nil {
		an.runes = []rune(an.ix.text)
	}
	quote := []rune(s.Exact)
	m := len(quote)
	maxDist := int(float64(m) * (1 - MinQuote))
	if maxDist == 0 {
		return 0, 0, 0, false // too short to match approximately
	}
	fwd := newMyers(quote)
	rev := newMyers(reversed(quote))
	n := len(an.runes)
	lo := clamp(expected-fuzzyWindow-maxDist, 0, n)
	hi := clamp(expected+m+fuzzyWindow+maxDist, 0, n)
	start, end, score, ok = an.searchIn(s, fwd, rev, lo, hi, maxDist, expected)
	if ok || (lo == 0 && hi == n) {
		return start, end, score, ok
	}
	for _, c := range an.landmarks(s, quote) {
		l, h := clamp(c-maxDist-landmarkLen, 0, n), clamp(c+m+maxDist+landmarkLen, 0, n)
		if l >= lo && h <= hi {
			continue // inside the window already searched
		}
		if st, en, sc, found := an.searchIn(s, fwd, rev, l, h, maxDist, expected); found && sc > score {
			start, end, score, ok = st, en, sc, true
		}
	}
	return start, end, score, ok
}

// landmarks returns likely starts of the quote, from verbatim occurrences
// of its context's inner ends and of stretches of a long quote.
func (an *Anchorer) landmarks(s Selector, quote []rune) []int {
	var out []int
	find := func(piece string, offset int) {
		if len([]rune(piece)) < landmarkLen/2 {
			return
		}
		text := an.ix.text
		var here []int
		for from := 0; len(here) <= landmarkRepeats; {
			i := strings.Index(text[from:], piece)
			if i < 0 {
				break
			}
			here = append(here, an.ix.CodePoint(from+i)+offset)
			from += i + len(piece)
		}
		if len(here) <= landmarkRepeats && len(out)+len(here) <= maxLandmarks {
			out = append(out, here...) // a piece found more often marks no place
		}
	}
	pre := []rune(s.Prefix)
	tail := string(pre[max(0, len(pre)-landmarkLen):])
	find(tail, len([]rune(tail)))
	suf := []rune(s.Suffix)
	head := string(suf[:min(len(suf), landmarkLen)])
	find(head, -len(quote))
	if len(quote) >= 2*landmarkLen {
		for off := 0; off+landmarkLen <= len(quote); off += landmarkLen {
			find(string(quote[off:off+landmarkLen]), -off)
		}
	}
	return out
}

// searchIn finds the ends of approximate matches in runes[lo:hi], keeps the
// best end of each run of matches, and scores the closest maxCandidates.
func (an *Anchorer) searchIn(s Selector, fwd, rev *myers, lo, hi, maxDist, expected int) (start, end int, score float64, ok bool) {
	m := fwd.m
	cands := fwd.search(an.runes[lo:hi], maxDist)
	for i := range cands {
		cands[i].end += lo
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		return abs(a.end-m-expected) < abs(b.end-m-expected)
	})
	buf := make([]rune, 0, m+maxDist)
	for _, c := range cands[:min(len(cands), maxCandidates)] {
		// Walk back from the end with the reversed quote to find the start
		// of the best alignment.
		buf = buf[:0]
		for i := c.end - 1; i >= max(0, c.end-m-maxDist); i-- {
			buf = append(buf, an.runes[i])
		}
		bestLen, bestDist := 0, maxDist+1
		rev.scan(buf, true, func(j, dist int) bool {
			if dist < bestDist {
				bestLen, bestDist = j, dist
			}
			return true
		})
		if bestDist > maxDist || bestLen == 0 {
			continue
		}
		q := 1 - float64(bestDist)/float64(m)
		if sc := an.score(s, c.end-bestLen, c.end, q, expected); sc > score {
			start, end, score = c.end-bestLen, c.end, sc
		}
	}
	return start, end, score, score >= Threshold
}

// score combines the similarities of a candidate [start, end) whose quote
// similarity is q, as the constants above document.
func (an *Anchorer) score(s Selector, start, end int, q float64, expected int) float64 {
	if q < MinQuote {
		return 0
	}
	p := contextSimilarity(s.Prefix, an.ix.Slice(start-utf8.RuneCountInString(s.Prefix), start), start == 0)
	x := contextSimilarity(s.Suffix, an.ix.Slice(end, end+utf8.RuneCountInString(s.Suffix)), end == an.ix.Len())
	scale := max(1000, an.ix.Len()/4)
	d := 1 - min(1, float64(abs(start-expected))/float64(scale))
	m := utf8.RuneCountInString(s.Exact)
	wq := quoteWeight(m)
	sc := wq*q + (1-WeightDistance-wq)*(p*p+x*x)/2 + WeightDistance*d
	if m >= LongQuote && q >= LongQuoteSimilarity {
		sc = max(sc, Threshold)
	}
	return sc
}

// contextSimilarity compares a stored prefix or suffix with the text found
// beside a candidate. An empty stored context (the quote touched the edge
// of the text) agrees fully at the edge and half elsewhere.
func contextSimilarity(stored, found string, atEdge bool) float64 {
	if stored == "" {
		if atEdge {
			return 1
		}
		return 0.5
	}
	if stored == found {
		return 1
	}
	a, b := []rune(stored), []rune(found)
	return 1 - float64(levenshtein(a, b))/float64(max(len(a), len(b)))
}

func reversed(r []rune) []rune {
	out := make([]rune, len(r))
	for i, c := range r {
		out[len(r)-1-i] = c
	}
	return out
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

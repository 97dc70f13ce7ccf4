package parser

import (
	"math"
	"unsafe"
)

// segFeats caches what the classify and metadata passes ask of a segment's
// Text again and again: whether it reads as a piece of a contact block, and
// how many words it has. A segment's contact test ran the contact
// expressions up to four times per parse (continuesShort, isSignatureLine
// on the segment and on the one above it, the trailing-contacts pass), and
// its words were counted afresh by each test.
//
// The cache is keyed by the Text it was computed from (its address and
// length), so a pass that rewrites Text gets fresh answers.
type segFeats struct {
	ptr *byte // unsafe.StringData of the Text the answers are for
	n   int   // its length

	contactish int8 // 0 not yet asked, 1 no, 2 yes

	words wordCounter // Text's words, counted as far as asked

	// cue[b] is what matchCue said with afterBody b: 0 not yet asked, 1
	// no cue, n+2 cue n. matchCue also reads Source and Kind, kept in
	// cueSource and cueKind: a change to either empties it.
	cue       [2]int8
	cueSource Span
	cueKind   BlockKind
}

// feats returns s's cache, emptied if Text has changed since it was filled.
func (s *segment) feats() *segFeats {
	f := &s.cache
	if p := unsafe.StringData(s.Text); f.ptr != p || f.n != len(s.Text) {
		*f = segFeats{ptr: p, n: len(s.Text)}
	}
	return f
}

// matchCue is matchCue(d, s, afterBody), computed once for each value of
// afterBody: firstBodyIndex tries the first body paragraph, and classify
// then tries it again, as the metadata pass's firstBodyIndex does.
func (s *segment) matchCue(d *doc, afterBody bool) (bpCue, bool) {
	f := s.feats()
	if f.cueSource != s.Source || f.cueKind != s.Kind {
		f.cue, f.cueSource, f.cueKind = [2]int8{}, s.Source, s.Kind
	}
	b := 0
	if afterBody {
		b = 1
	}
	if f.cue[b] == 0 {
		f.cue[b] = 1
		if c, ok := matchCueIndex(d, s, afterBody); ok {
			f.cue[b] = int8(c + 2)
		}
	}
	if f.cue[b] == 1 {
		return bpCue{}, false
	}
	return cues[f.cue[b]-2], true
}

// contactish is isContactish(s.Text), computed once.
func (s *segment) contactish() bool {
	f := s.feats()
	if f.contactish == 0 {
		f.contactish = 1
		if isContactish(s.Text) {
			f.contactish = 2
		}
	}
	return f.contactish == 2
}

// wordsUpTo is wordsUpTo(s.Text, limit). The count goes on from where an
// earlier one with a lower limit stopped, instead of starting again: the
// passes ask for 5, 20, 31 and every word of the same segment.
func (s *segment) wordsUpTo(limit int) int {
	return s.feats().words.upTo(s.Text, limit)
}

// wordsAtLeast reports whether s.Text has at least k words.
func (s *segment) wordsAtLeast(k int) bool { return s.wordsUpTo(k) >= k }

// wordsAtMost reports whether s.Text has at most k words.
func (s *segment) wordsAtMost(k int) bool { return s.wordsUpTo(k+1) <= k }

// wordCount is wordCount(s.Text).
func (s *segment) wordCount() int { return s.wordsUpTo(math.MaxInt) }

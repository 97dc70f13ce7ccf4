package parser

import "testing"

// TestSegmentFeatsSameAsFunctions checks the cached answers against the
// functions they cache, asking in every order of limits, and that a new
// Text gets fresh answers.
func TestSegmentFeatsSameAsFunctions(t *testing.T) {
	texts := append([]string{"", "a", "Media contact: Jane Doe, +1 555 010 0199", "宇航员 宇航员 宇航员"}, testdataLines(t)...)
	for _, text := range texts {
		s := &segment{Text: text}
		n := wordCount(text)
		for _, k := range []int{3, 40, 1, 12, 0, 25, 80, 5} {
			if got := s.wordsUpTo(k); got != min(n, k) {
				t.Fatalf("%q: wordsUpTo(%d) = %d, wordCount is %d", text, k, got, n)
			}
			if s.wordsAtLeast(k) != (n >= k) || s.wordsAtMost(k) != (n <= k) {
				t.Fatalf("%q: wordsAtLeast/wordsAtMost(%d) disagree with wordCount %d", text, k, n)
			}
		}
		if s.wordCount() != n || s.contactish() != isContactish(text) {
			t.Fatalf("%q: wordCount or contactish differs", text)
		}
	}
	s := &segment{Text: "Press Office"}
	if s.contactish() || s.wordCount() != 2 {
		t.Fatal("wrong answers for \"Press Office\"")
	}
	s.Text = "Tel: +44 20 7946 0000 and more words"
	if !s.contactish() || s.wordCount() != 8 {
		t.Error("the cache kept the answers of the Text before")
	}
}

// TestSegmentMatchCueSameAsMatchCue checks the remembered cue against
// matchCue on every segment of the test inputs, before and after a change
// of the segment's Text, and that a cue index fits the int8 it is kept in.
func TestSegmentMatchCueSameAsMatchCue(t *testing.T) {
	if len(cues)+2 > 127 {
		t.Fatalf("%d cues do not fit segFeats.cue", len(cues))
	}
	matched := 0
	for _, text := range testdataLines(t) {
		d := &doc{src: text}
		s := &segment{Text: text, Source: Span{0, len(text)}}
		for _, afterBody := range []bool{false, true, false} {
			want, wantOK := matchCue(d, s, afterBody)
			got, gotOK := s.matchCue(d, afterBody)
			if gotOK != wantOK || got.reason != want.reason || got.kind != want.kind {
				t.Fatalf("%q (afterBody %v): remembered %v %q, matchCue %v %q", text, afterBody, gotOK, got.reason, wantOK, want.reason)
			}
			if wantOK {
				matched++
			}
		}
		s.Text = "###"
		s.Source = Span{0, 0}
		if _, ok := s.matchCue(d, true); !ok {
			t.Fatalf("after %q, the end marker ### was not seen: the cache kept the old answer", text)
		}
	}
	if matched == 0 {
		t.Error("no line matched a cue: the test proves nothing")
	}
}

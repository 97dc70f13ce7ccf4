package ui

import (
	"fmt"
	"strings"
	"testing"
)

// TestEachShingleMatchesShingles checks that the streamed hashes are the
// set's, for texts with Unicode spaces, invalid UTF-8 and runs of spaces.
func TestEachShingleMatchesShingles(t *testing.T) {
	for _, s := range []string{
		"", "one", "one two", "one two three", "  one\ttwo\u00a0three\u2003four\n\nfive  ",
		"bad \xff\xfe bytes \xc3 here and\u0085there",
		strings.Repeat("Acme announces the widget. ", 50),
	} {
		want := refShingles(s)
		got := map[uint64]bool{}
		eachShingle(s, func(h uint64) bool { got[h] = true; return true })
		if len(got) != len(want) {
			t.Errorf("%q: %d shingles streamed, want %d", s, len(got), len(want))
		}
		for h := range want {
			if !got[h] {
				t.Errorf("%q: shingle %x not streamed", s, h)
			}
		}
	}
}

// TestShingleOverlap counts shared sequences once, from the shorter text.
func TestShingleOverlap(t *testing.T) {
	short := "the quick brown fox jumps over the lazy dog"
	long := strings.Repeat("unrelated words fill this text ", 20) + short + " " + short
	shared, n := shingleOverlap(long, short)
	if n != 7 || shared < 4 || shared > n {
		t.Errorf("shingleOverlap = %d of %d, want at least 4 of 7", shared, n)
	}
	if shared, n := shingleOverlap(short, strings.Repeat("nothing in common here at all ", 10)); shared != 0 || n != 7 {
		t.Errorf("unrelated: shingleOverlap = %d of %d, want 0 of 7", shared, n)
	}
}

// refShingles is the set of s's three-word sequences as isEdit first built
// it, from strings.Fields: the reference eachShingle's hashes are checked
// against.
func refShingles(s string) map[uint64]bool {
	words := strings.Fields(s)
	out := make(map[uint64]bool, len(words))
	for i := 0; i+3 <= len(words); i++ {
		h := uint64(14695981039346656037)
		for k, w := range words[i : i+3] {
			if k > 0 {
				h = (h ^ ' ') * 1099511628211
			}
			for j := 0; j < len(w); j++ {
				h = (h ^ uint64(w[j])) * 1099511628211
			}
		}
		out[h] = true
	}
	return out
}

// longRelease returns about n bytes of release-like text whose sentences
// are numbered from seed on, so that two seeds far apart share no
// three-word sequence.
func longRelease(n, seed int) string {
	var b strings.Builder
	for i := seed; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Sentence %d of the release says that plant %d opened in town %d. ", i, i*7, i*13)
		if i%9 == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestShingleOverlapLongTexts checks isEdit on texts long enough to be
// sampled: an edit in a few places is an edit, another release is not, and
// the sample stays near maxShingles sequences however long the text.
func TestShingleOverlapLongTexts(t *testing.T) {
	for _, size := range []int{64 << 10, 1 << 20} {
		text := longRelease(size, 0)
		edited := strings.Replace(text, "Sentence 5 of", "The fifth sentence of", 1)
		edited = strings.Replace(edited, "opened in town 130.", "closed.", 1) + " A line typed at the end."
		if !isEdit(text, edited) {
			t.Errorf("%d bytes: an edit in three places is not an edit", size)
		}
		if isEdit(text, longRelease(size, 1_000_000)) {
			t.Errorf("%d bytes: another release is an edit", size)
		}
		half := text[:len(text)/2]
		if !isEdit(text, half) {
			t.Errorf("%d bytes: cutting the second half is not an edit", size)
		}
		if _, n := shingleOverlap(text, edited); n < maxShingles/4 || n > 2*maxShingles {
			t.Errorf("%d bytes: %d sequences sampled, want about %d", size, n, maxShingles)
		}
	}
	if shingleMask(1000) != 0 {
		t.Error("a short text is sampled")
	}
}

// BenchmarkIsEditLong is isEdit on a 1 MB text and an edit of it, as a
// long release edited, or pasted over a long one, costs the workbench.
func BenchmarkIsEditLong(b *testing.B) {
	text := longRelease(1<<20, 0)
	edited := strings.Replace(text, "Sentence 5 of", "The fifth sentence of", 1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if !isEdit(text, edited) {
			b.Fatal("not an edit")
		}
	}
}

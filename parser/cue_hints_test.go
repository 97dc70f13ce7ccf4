package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCueHintsLowerASCII checks what cueHints and containsFoldASCII assume
// of every hint: lower-case ASCII.
func TestCueHintsLowerASCII(t *testing.T) {
	for n, c := range cues {
		if c.hint != "" && (!isASCII(c.hint) || strings.ToLower(c.hint) != c.hint) {
			t.Errorf("cue %d: hint %q is not lower-case ASCII", n, c.hint)
		}
	}
}

// TestCueHintsSameAsSearch compares the one-pass hint search with a search
// for each hint on its own, on edge cases, every line of the test inputs
// and of the shared corpus.
func TestCueHintsSameAsSearch(t *testing.T) {
	texts := []string{"", "distributed by", "DISTRIBUTED BY", "Distributed  by", "distributed b", "xdistributed byx",
		"solely responsibletrademark", "ALL RIGHTS RESERVED.", "forwardforward", "Forward-looking", "Ⓚ trademark é",
		"\u212a distributed by", "İ all rights reserved", "ALL R\u0130GHTS RESERVED", "TRADEMAR\u212a", "trade\u00admark",
		"sole\u017fly responsible", "distributed\xffby", "tradémark", "“distributed by”"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	h := theCueHints()
	found := 0
	for _, text := range texts {
		var s hintSet
		for n, c := range cues {
			if c.hint == "" {
				continue
			}
			want := hintIn(text, c.hint)
			if want {
				found++
			}
			if got := h.has(&s, n, text); got != want {
				t.Errorf("cue %d hint %q in %q: %v, want %v", n, c.hint, text, got, want)
			}
		}
	}
	if found == 0 {
		t.Error("no hint found in any text: the test proves nothing")
	}
}

// BenchmarkCueHintsSeed looks for every hint in each line of the seed
// release, as matchCue does once per segment.
func BenchmarkCueHintsSeed(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	h := theCueHints()
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		for _, l := range lines {
			h.scan(l)
		}
	}
}

// FuzzCueHintsScanWords checks the one-pass search of every hint
// (scanAll, scanWords) against hintIn for each hint on its own, on any
// text.
func FuzzCueHintsScanWords(f *testing.F) {
	for _, s := range []string{"", "distributed by", "Xdistributed BYtrademark", "ALL RIGHTS RESERVED.", "solely responsible",
		"\u212a trademark", "İ distributed by", "trade\xffmark all rights reserved", "TrAdEmArK"} {
		f.Add(s)
	}
	h := theCueHints()
	check := func(t *testing.T, text string) {
		got := h.scanAll(text)
		for k, hint := range h.hints {
			if want := hintIn(text, hint); (got&(1<<k) != 0) != want {
				t.Fatalf("scanAll(%q) says hint %q is %v; hintIn says %v", text, hint, got&(1<<k) != 0, want)
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		check(t, text)
		// Each hint set into the text, its letters' case flipped by the
		// text's bytes, where the text's length says.
		for k, hint := range h.hints {
			b := []byte(hint)
			for i := range b {
				if i < len(text) && text[i]&1 != 0 && 'a' <= b[i] && b[i] <= 'z' {
					b[i] -= 'a' - 'A'
				}
			}
			at := (len(text) * (k + 1) / (len(h.hints) + 1))
			check(t, text[:at]+string(b)+text[at:])
		}
	})
}

// BenchmarkCueHintsScanAllSeed looks for every hint in one pass (scanAll)
// in each segment's text of the seed release, as matchCue does when a cue
// with a hint first asks.
func BenchmarkCueHintsScanAllSeed(b *testing.B) {
	d := seedDoc(b)
	h := theCueHints()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.segs {
			h.scanAll(s.Text)
		}
	}
}

// TestCueHintsManyLetters checks scanWords with more anchor letters than
// its unrolled test holds, where it hands the text to scan: the same hints
// found as with the cues' own letters, on every line of the test inputs.
func TestCueHintsManyLetters(t *testing.T) {
	h := theCueHints()
	many := *h
	many.letters = append([]uint64(nil), h.letters...)
	for len(many.letters) <= len(many.letters4) {
		many.letters = append(many.letters, uint64('q')*0x0101010101010101)
	}
	found := 0
	for _, text := range append(testdataLines(t), "distributed by", "ALL RIGHTS RESERVED") {
		want := h.scanAll(text)
		if got := many.scanAll(text); got != want {
			t.Errorf("scanAll(%q) with %d letters = %b, want %b", text, len(many.letters), got, want)
		}
		if want != 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no hint found in any text: the test proves nothing")
	}
}

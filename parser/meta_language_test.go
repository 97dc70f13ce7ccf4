package parser

import (
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStopwordsPack checks that every ASCII stopword fits packASCIIWord,
// which stopASCII relies on.
func TestStopwordsPack(t *testing.T) {
	for _, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			if k, ascii := packASCIIWord(w); ascii && k == 0 {
				t.Errorf("%s stopword %q is too long to pack", lang, w)
			}
			if isASCII(w) && len(w) > stopASCIIMax {
				t.Errorf("%s stopword %q is longer than stopASCIIMax", lang, w)
			}
		}
	}
}

// TestStopASCIISameAsIndex compares, for every ASCII word of the test
// inputs (and of the shared corpus when present), the languages stopASCII
// gives with those of stopIndex, the map it replaces on ASCII words.
func TestStopASCIISameAsIndex(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	more, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
	files = append(files, more...)
	words, hits := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		forEachWord(string(data), func(w string) {
			k, ascii := packASCIIWord(w)
			if !ascii {
				return
			}
			words++
			var want uint8
			for _, l := range stopIndex.get(strings.ToLower(w)) {
				want |= 1 << l
			}
			if got := stopASCII.lookup(k); got != want {
				t.Errorf("%q: stopASCII gives %08b, stopIndex %08b", w, got, want)
			}
			if want != 0 {
				hits++
			}
		})
	}
	if words == 0 || hits == 0 {
		t.Fatalf("%d words, %d stopwords: the test proves nothing", words, hits)
	}
}

// stopwordsByWord is countStopwords as it was written first, word by word
// over forEachWord: the reference the fast scan is tested against.
func stopwordsByWord(text string) (counts [len(stopLangs)]int, words int) {
	forEachWord(text, func(w string) {
		words++
		if k, ascii := packASCIIWord(w); ascii {
			for m := stopASCII.lookup(k); m != 0; m &= m - 1 {
				counts[bits.TrailingZeros8(m)]++
			}
			return
		}
		stopWord(w, &counts)
	})
	return counts, words
}

// TestCountStopwordsSameAsByWord compares the one-pass count with the
// word-by-word one on edge cases and every line of the test inputs and of
// the shared corpus.
func TestCountStopwordsSameAsByWord(t *testing.T) {
	texts := []string{"", "the", "The AND of", "für die Stadt", "théâtre de la ville", "l'été", "abcdefghij the",
		"theé", "éthe", "the\u00a0and", "x\xffthe", "Straße und", "ΑΒΓ the 中文 de", "today,the.and;of",
		"aaaaaaaé the and of the", "the théâtre de la ville et les", "Straßeundmehr the and of", "x\xffthe and of the",
		"THE AND OF THE DIE DER", "abcdefgh the", "abcdefghi@the[and`of{", "the\u00a0and\u00a0of\u00a0the"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	for _, s := range texts {
		var got [len(stopLangs)]int
		words := countStopwords(s, &got)
		want, wantWords := stopwordsByWord(s)
		if got != want || words != wantWords {
			t.Errorf("countStopwords(%q) = %v, %d words; word by word %v, %d words", s, got, words, want, wantWords)
		}
	}
}

// TestLowerLetters8 checks the eight-byte letter test against a byte by
// byte one.
func TestLowerLetters8(t *testing.T) {
	checkBytes8(t, "lowerLetters8", lowerLetters8, func(c byte) bool { return c >= 'a' && c <= 'z' },
		'a', 'z', ' ', 0xC3, 0xFF, 0x00, '`', '{', 0xE1)
}

// FuzzCountStopwords compares the one-pass count, which reads eight bytes
// at a time, with the word-by-word one on any text.
func FuzzCountStopwords(f *testing.F) {
	for _, s := range []string{"the and of", "abcdefgh the", "abcdefghij,the", "théâtre de la", "x\xffthe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got [len(stopLangs)]int
		words := countStopwords(s, &got)
		if want, wantWords := stopwordsByWord(s); got != want || words != wantWords {
			t.Fatalf("countStopwords(%q) = %v, %d words; word by word %v, %d words", s, got, words, want, wantWords)
		}
	})
}

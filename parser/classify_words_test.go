package parser

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordsUpToSameAsWordCount checks wordsUpTo, wordsAtLeast and
// wordsAtMost against wordCount on edge cases and every line of testdata
// and /work/shared, for every limit up to 45.
func TestWordsUpToSameAsWordCount(t *testing.T) {
	texts := []string{"", " ", "a", " a ", "a b", "\x01 \x7f", "宇航员在太空中喝酒会怎么样", "Apple 宇航员在太空中喝酒会怎么样 Inc.",
		"ab 宇航 c", "宇航员 宇航员 宇航员", "a\u00a0b\u3000c", "\xff \xfe"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	for _, s := range texts {
		n := wordCountRef(s)
		for k := 0; k <= 45; k++ {
			if got := wordsUpTo(s, k); got != min(n, k) {
				t.Fatalf("wordsUpTo(%q, %d) = %d, wordCount is %d", s, k, got, n)
			}
			if got := wordsAtLeast(s, k); got != (n >= k) {
				t.Fatalf("wordsAtLeast(%q, %d) = %v, wordCount is %d", s, k, got, n)
			}
			if got := wordsAtMost(s, k); got != (n <= k) {
				t.Fatalf("wordsAtMost(%q, %d) = %v, wordCount is %d", s, k, got, n)
			}
		}
	}
}

// wordCountRef is wordCount as it was written before wordsUpTo: the
// words of s, every two characters of a script written without spaces
// counting as one.
func wordCountRef(s string) int {
	n, wide := 0, 0
	inWord, w := false, 0
	for _, r := range s {
		if isSpaceFast(r) {
			if inWord {
				if w > 2 {
					wide += w
				} else {
					n++
				}
			}
			inWord, w = false, 0
			continue
		}
		inWord = true
		if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			w++
		}
	}
	if inWord {
		if w > 2 {
			wide += w
		} else {
			n++
		}
	}
	return n + wide/2
}

// FuzzHasSentenceMark checks hasSentenceMark against strings.ContainsAny.
func FuzzHasSentenceMark(f *testing.F) {
	for _, s := range []string{"", ".", "a!", "no mark", "why?", "\xff.", "é", "Acme, Inc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSentenceMark(s), strings.ContainsAny(s, ".!?"); got != want {
			t.Fatalf("hasSentenceMark(%q) = %v; want %v", s, got, want)
		}
	})
}

// wordsUpToRef is wordsUpTo as it was before it was a wordCounter's
// first count: the reference FuzzWordCounter checks counts against.
func wordsUpToRef(s string, limit int) int {
	n, wide := 0, 0
	inWord, w := false, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c > ' ' {
			// The common case: an ASCII rune that is not white space.
			inWord = true
			i++
			continue
		}
		r, size := rune(c), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isSpaceFast(r) {
			if inWord {
				if w > 2 {
					wide += w
				} else {
					n++
				}
				if n+wide/2 >= limit {
					return limit
				}
			}
			inWord, w = false, 0
			continue
		}
		inWord = true
		if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			w++
		}
	}
	if inWord {
		if w > 2 {
			wide += w
		} else {
			n++
		}
	}
	return min(n+wide/2, limit)
}

// FuzzWordCounter checks a wordCounter, asked for one limit after another
// on the same text, against wordsUpToRef asked afresh each time.
func FuzzWordCounter(f *testing.F) {
	for _, s := range []string{"", "one", "one two  three\tfour\n", " lead and trail ", "漢字漢字 かなかな 한국어 word", "a\u00a0b\u2003c"} {
		f.Add(s, uint64(0x0514_1f28_0203_0001))
	}
	// Long ASCII text, read eight bytes at a time, with limits that fall
	// inside an eight-byte load, and a wide word running into it.
	f.Add(strings.Repeat("the quick brown fox jumps over a lazy dog ", 6), uint64(0xff_30_11_10_0f_09_05_03))
	f.Add("漢字漢字漢字"+strings.Repeat("ab cd efg  h\tij\nk ", 5), uint64(0xff_14_0a_07_05_04_03_02))
	f.Fuzz(func(t *testing.T, s string, limits uint64) {
		var c wordCounter
		for k := 0; k < 8; k++ {
			limit := int(limits>>(8*k)&0xff) - 2
			if limit > 250 {
				limit = math.MaxInt
			}
			if got, want := c.upTo(s, limit), wordsUpToRef(s, limit); got != want {
				t.Fatalf("ask %d: upTo(%q, %d) = %d; wordsUpToRef says %d", k, s, limit, got, want)
			}
		}
	})
}

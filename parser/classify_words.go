package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordsUpTo returns min(wordCount(s), limit), reading s only as far as it
// takes: the classify and metadata passes mostly ask whether a segment has
// more than a few words, and a long paragraph answers after its first few.
// The count of a prefix ending between words never exceeds the count of
// the whole, so stopping there is exact.
func wordsUpTo(s string, limit int) int {
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

// wordsAtLeast reports whether wordCount(s) >= k.
func wordsAtLeast(s string, k int) bool { return wordsUpTo(s, k) >= k }

// wordsAtMost reports whether wordCount(s) <= k.
func wordsAtMost(s string, k int) bool { return wordsUpTo(s, k+1) <= k }

// hasSentenceMark is strings.ContainsAny(s, ".!?"), looking for each byte
// many at a time instead of building the set and reading s byte by byte:
// prose has a full stop near its start.
func hasSentenceMark(s string) bool {
	return strings.IndexByte(s, '.') >= 0 || strings.IndexByte(s, '!') >= 0 || strings.IndexByte(s, '?') >= 0
}

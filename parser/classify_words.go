package parser

import (
	"math/bits"
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
	var c wordCounter
	return c.upTo(s, limit)
}

// A wordCounter counts the words of a text as wordsUpTo does and stops
// where its count reached the limit, so that a count with a higher limit
// goes on from there. Its zero value
// has read nothing.
type wordCounter struct {
	at      int  // the bytes of the text read
	n, wide int  // wordsUpTo's counts of the words ended before at
	w       int  // wide runes in the word at at
	inWord  bool // at is inside a word
	done    bool // the whole text is read
}

// upTo returns wordsUpTo(s, limit), s being the text every earlier call
// read.
func (c *wordCounter) upTo(s string, limit int) int {
	if c.done || c.n+c.wide/2 >= limit {
		return min(c.n+c.wide/2, limit)
	}
	n, wide, inWord, w := c.n, c.wide, c.inWord, c.w
	i := c.at
	slow := 0 // below it, bytes are read one at a time
	for i < len(s) {
		if i >= slow && i+8 <= len(s) {
			// Eight bytes at once when they are ASCII without control
			// bytes, so that the spaces are exactly the 0x20 bytes, and
			// the words they end leave the count under the limit;
			// otherwise these bytes go one at a time.
			if e, ok := asciiWordEnds8(load64(s[i:]), inWord); ok {
				n2, wide2 := n, wide
				if e.ends > 0 {
					if w > 2 {
						wide2 += w
					} else {
						n2++
					}
					n2 += e.ends - 1
				}
				if n2+wide2/2 < limit {
					n, wide, inWord = n2, wide2, e.inWord
					if e.ends > 0 {
						w = 0
					}
					i += 8
					continue
				}
			}
			slow = i + 8
		}
		ch := s[i]
		if ch < utf8.RuneSelf && ch > ' ' {
			inWord = true
			i++
			continue
		}
		r, size := rune(ch), 1
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
				inWord, w = false, 0
				if n+wide/2 >= limit {
					c.at, c.n, c.wide, c.inWord, c.w = i, n, wide, false, 0
					return limit
				}
			}
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
	c.at, c.n, c.wide, c.inWord, c.w, c.done = i, n, wide, false, 0, true
	return min(n+wide/2, limit)
}

// wordEnds8 is what eight bytes of text do to a word count: how many words
// end in them, and whether their last byte is inside a word.
type wordEnds8 struct {
	ends   int
	inWord bool
}

// asciiWordEnds8 reads the eight bytes of x (the first in its low byte),
// inWord saying whether the byte before them is inside a word, as
// wordCounter.upTo reads them one at a time: a word ends at a space after
// a word byte. It reports false, and no count, for bytes beyond ASCII or
// below the space, among which white space is not one byte value.
func asciiWordEnds8(x uint64, inWord bool) (wordEnds8, bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if x&highs != 0 || ((x|highs)-0x20*ones)&highs != highs {
		return wordEnds8{}, false
	}
	word := ((x | highs) - 0x21*ones) & highs // the high bit of each byte above the space: no borrow crosses a byte
	prev := word << 8                         // the high bit of each byte after a word byte
	if inWord {
		prev |= 0x80
	}
	return wordEnds8{ends: bits.OnesCount64(^word & highs & prev), inWord: word>>63 != 0}, true
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

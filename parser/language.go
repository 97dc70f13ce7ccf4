package parser

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are frequent short words of each language, for a cheap guess.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "by", "this", "it", "as", "from", "has", "have", "will", "a", "an", "at", "be", "said", "its", "our", "today"},
	"fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "qui", "sur", "par", "avec", "au", "aux", "sont", "ce"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "für", "dem", "sich", "auch", "wird", "im", "des"},
	"es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "para", "con", "del", "se", "su", "al", "como", "más"},
	"it": {"il", "la", "di", "che", "e", "per", "un", "una", "con", "del", "della", "sono", "non", "nel", "gli", "le", "alla", "dei", "è", "anche"},
	"pt": {"o", "a", "os", "as", "de", "que", "em", "um", "uma", "para", "com", "não", "do", "da", "dos", "das", "no", "na", "por", "é"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "met", "zijn", "niet", "aan", "ook", "door", "wordt", "bij", "naar"},
}

// stopLangs are the languages of stopwords, in the order a tie is broken.
var stopLangs = [...]string{"en", "fr", "de", "es", "it", "pt", "nl"}

// stopIndex maps each stopword to the indexes in stopLangs of the languages
// it belongs to; stopMaxLen is the length in bytes of the longest. Both
// are written out by go generate (init_gen.go).
var stopIndex, stopMaxLen = sortedIndex[[]int]{keys: stopIndexWords, vals: stopIndexLangs}, stopLongest

// stopASCII holds the ASCII stopwords, keyed by packASCIIWord, with the
// languages of each as bits of indexes into stopLangs: one multiply and a
// probe or two per word, where the map hashed each word as a string.
// It is written out by go generate (init_gen.go).
var stopASCII = &stopASCIITable

// stopASCIIMax is the length of the longest ASCII stopword (at most 8,
// TestStopwordsPack): a longer ASCII word is none.
var stopASCIIMax = stopASCIILongest // written out by go generate (init_gen.go)

// A wordTable maps short ASCII words, packed, to sets of up to eight
// languages, by open addressing.
type wordTable struct {
	keys  [wordTableSize]uint64
	langs [wordTableSize]uint8
}

const wordTableSize = 512 // a power of two, well above the number of stopwords

func (t *wordTable) slot(k uint64) uint64 {
	return (k * 0x9e3779b97f4a7c15) >> 55 & (wordTableSize - 1)
}

func (t *wordTable) add(k uint64, langs uint8) {
	h := t.slot(k)
	for t.keys[h] != 0 && t.keys[h] != k {
		h = (h + 1) & (wordTableSize - 1)
	}
	t.keys[h] = k
	t.langs[h] |= langs
}

// lookup returns the languages of the word packed as k, or 0.
func (t *wordTable) lookup(k uint64) uint8 {
	for h := t.slot(k); t.keys[h] != 0; h = (h + 1) & (wordTableSize - 1) {
		if t.keys[h] == k {
			return t.langs[h]
		}
	}
	return 0
}

// packASCIIWord returns w lower-cased and packed into a number, 0 for a
// word too long to be a stopword; ascii is false when w is not all ASCII
// (or is empty). Stopwords are at most eight bytes long (TestStopwordsPack).
func packASCIIWord(w string) (k uint64, ascii bool) {
	if w == "" {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if i < 8 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k |= uint64(c) << (8 * i)
		}
	}
	if len(w) > 8 {
		return 0, true
	}
	return k, true
}

// forEachWord calls f with each run of letters in s, as
// strings.FieldsFunc(s, not a letter) would return them, without building
// the slice.
func forEachWord(s string, f func(string)) {
	start := -1
	for i, size := 0, 1; i < len(s); i += size {
		letter := false
		if c := s[i]; c < utf8.RuneSelf {
			size, letter = 1, isLetterASCII(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		f(s[start:])
	}
}

// asciiLower writes the lower case of an ASCII word w into buf and returns
// it; ok is false when w is not ASCII or does not fit.
func asciiLower(w string, buf []byte) (lw []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// countStopwords adds to counts, for each language, the stopwords of that
// language among the words of text (the words of forEachWord), and returns
// how many words text has. A run of ASCII letters is lower-cased and
// packed as it is read; a word with a letter beyond ASCII goes to
// stopWord.
func countStopwords(text string, counts *[len(stopLangs)]int) int {
	words := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && asciiClass[c] != asciiLetter {
			i++
			continue
		}
		// asciiClass says asciiLetter of the ASCII letters alone. The
		// first eight are packed, eight bytes at a time where the text
		// holds eight more, the rest only passed over.
		start := i
		var k uint64
		if i+8 <= len(text) {
			y := load64(text[i:]) | 0x2020202020202020
			n := 8
			if other := ^lowerLetters8(y) & 0x8080808080808080; other != 0 {
				// The run ends within the eight: no letter follows.
				n = bits.TrailingZeros64(other) / 8
				k = y & (1<<(8*n) - 1)
				i += n
			} else {
				k = y
				i = asciiLettersEnd(text, i+8)
			}
		} else {
			for n := 0; n < 8 && i < len(text) && asciiClass[text[i]] == asciiLetter; n++ {
				k |= uint64(text[i]|0x20) << (8 * n)
				i++
			}
			i = asciiLettersEnd(text, i)
		}
		if i < len(text) && text[i] >= utf8.RuneSelf {
			// The word may go on beyond ASCII, or start there.
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				for i += size; i < len(text); i += size {
					if text[i] < utf8.RuneSelf {
						if !isLetterASCII(text[i]) {
							break
						}
						size = 1
						continue
					}
					if r, size = utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
						break
					}
				}
				words++
				stopWord(text[start:i], counts)
				continue
			}
			if i == start {
				i += size // not a letter
				continue
			}
		}
		words++
		if i-start <= stopASCIIMax {
			for m := stopASCII.lookup(k); m != 0; m &= m - 1 {
				counts[bits.TrailingZeros8(m)]++
			}
		}
	}
	return words
}

// asciiLettersEnd returns the end of the run of ASCII letters at text[i].
func asciiLettersEnd(text string, i int) int {
	for i < len(text) && asciiClass[text[i]] == asciiLetter {
		i++
	}
	return i
}

// lowerLetters8 returns the high bit of each of the eight bytes of y
// that is a lower-case ASCII letter; the others are 0. Each byte is
// tested on its own, without carries between bytes. An ASCII letter of
// either case, with 0x20 set, is one, and no other byte is.
func lowerLetters8(y uint64) uint64 {
	const ones = 0x0101010101010101
	const above, below = 'a' - 1, 'z' + 1
	low := y & (ones * 127)
	return (ones*(127+below) - low) &^ y & (low + ones*(127-above)) & (ones * 128)
}

// stopWord counts w, a word that is not all ASCII, if it is a stopword.
func stopWord(w string, counts *[len(stopLangs)]int) {
	if len(w) > stopMaxLen*4 {
		return
	}
	var buf [16]byte
	var langs []int
	if lw, ok := asciiLower(w, buf[:]); ok {
		langs = stopIndex.get(string(lw))
	} else {
		langs = stopIndex.get(strings.ToLower(w))
	}
	for _, l := range langs {
		counts[l]++
	}
}

// guessLanguage guesses the body's language from its stopwords, falling
// back to what the markup states. It returns "" when the text is too short
// or no language stands out.
func guessLanguage(d *doc) string {
	var counts [len(stopLangs)]int
	total := 0
	for _, s := range d.segs {
		if s.Removed != nil && s.Removed.Kind != RemovedMetadata {
			continue
		}
		total += countStopwords(s.Text, &counts)
		if total > 2000 {
			break
		}
	}
	bestLang, bestN, second := "", 0, 0
	for l, lang := range stopLangs {
		n := counts[l]
		if n > bestN {
			bestLang, bestN, second = lang, n, bestN
		} else if n > second {
			second = n
		}
	}
	if bestN >= 3 && bestN*10 >= total && bestN > second+second/4 {
		return bestLang
	}
	if l := strings.TrimSpace(d.meta["language"]); l != "" {
		return strings.ToLower(strings.SplitN(strings.ReplaceAll(l, "_", "-"), "-", 2)[0])
	}
	// Too few words, or no clear winner: better no language than a wrong
	// one.
	return ""
}

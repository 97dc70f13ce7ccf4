package parser

import (
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
// it belongs to; stopMaxLen is the length in bytes of the longest.
var stopIndex, stopMaxLen = func() (map[string][]int, int) {
	index, longest := map[string][]int{}, 0
	for l, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			index[w] = append(index[w], l)
			longest = max(longest, len(w))
		}
	}
	return index, longest
}()

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

// guessLanguage guesses the body's language from its stopwords, falling
// back to what the markup states. It returns "" when the text is too short
// or no language stands out.
func guessLanguage(d *doc) string {
	var counts [len(stopLangs)]int
	total := 0
	var buf [16]byte
	for _, s := range d.segs {
		if s.Removed != nil && s.Removed.Kind != RemovedMetadata {
			continue
		}
		forEachWord(s.Text, func(w string) {
			total++
			if len(w) > stopMaxLen*4 {
				return
			}
			var langs []int
			if lw, ok := asciiLower(w, buf[:]); ok {
				langs = stopIndex[string(lw)]
			} else {
				langs = stopIndex[strings.ToLower(w)]
			}
			for _, l := range langs {
				counts[l]++
			}
		})
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

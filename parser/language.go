package parser

import (
	"strings"
	"unicode"
)

// stopwords are frequent short words of each language, for a cheap guess.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "by", "this", "it", "as", "from", "has", "have", "will"},
	"fr": {"le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "qui", "sur", "par", "avec", "au", "aux", "sont", "ce"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "für", "dem", "sich", "auch", "wird", "im", "des"},
	"es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "para", "con", "del", "se", "su", "al", "como", "más"},
	"it": {"il", "la", "di", "che", "e", "per", "un", "una", "con", "del", "della", "sono", "non", "nel", "gli", "le", "alla", "dei", "è", "anche"},
	"pt": {"o", "a", "os", "as", "de", "que", "em", "um", "uma", "para", "com", "não", "do", "da", "dos", "das", "no", "na", "por", "é"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "met", "zijn", "niet", "aan", "ook", "door", "wordt", "bij", "naar"},
}

// guessLanguage guesses the body's language from its stopwords, falling
// back to what the markup states. It returns "" when the text is too short
// or no language stands out.
func guessLanguage(d *doc) string {
	counts := map[string]int{}
	total := 0
	index := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			index[w] = append(index[w], lang)
		}
	}
	for _, s := range d.segs {
		if s.Removed != nil && s.Removed.Kind != RemovedMetadata {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(s.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			total++
			for _, lang := range index[w] {
				counts[lang]++
			}
		}
		if total > 2000 {
			break
		}
	}
	bestLang, bestN, second := "", 0, 0
	for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl"} {
		n := counts[lang]
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
	return bestLang
}

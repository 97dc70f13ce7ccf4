package parser

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordTokensMatchReference checks wordTokens against the version that
// decoded every rune, over all the texts and generated near misses.
func TestWordTokensMatchReference(t *testing.T) {
	texts := dateTexts(t, false)
	for i, s := range randomDateTexts(2000) {
		texts[fmt.Sprint("random ", i)] = s + "O’Neil U.S. l'été x.\xff.y é.ü 3.5 a’"
	}
	for name, s := range texts {
		got, want := wordTokens(s, nil), refWordTokens(s, nil)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: wordTokens differs from the reference", name)
		}
	}
}

// refWordTokens is wordTokens as it was, decoding the rune after each word.
func refWordTokens(s string, buf []wordTok) []wordTok {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !ctLetter(c) && !isPhoneDigit(c) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf && (ctLetter(c) || isPhoneDigit(c)) {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '.' || r == '\'' || r == '’' {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
			break
		}
		buf = append(buf, wordTok{start, i})
	}
	return buf
}

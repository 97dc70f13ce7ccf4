package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordTokensMatchReference checks wordTokens against the version that
// decoded every rune, and entityTokens against wordTokens, over all the
// texts, web pages included, and generated near misses.
func TestWordTokensMatchReference(t *testing.T) {
	texts := dateTexts(t, true)
	for i, s := range randomDateTexts(2000) {
		texts[fmt.Sprint("random ", i)] = s + "O’Neil U.S. l'été x.\xff.y é.ü 3.5 a’"
	}
	for i, s := range randomTokenTexts(3000) {
		texts[fmt.Sprint("random words ", i)] = s
	}
	for name, s := range texts {
		got, want := wordTokens(s, nil), refWordTokens(s, nil)
		if fmt.Sprint(spans(got)) != fmt.Sprint(spans(want)) {
			t.Errorf("%s: wordTokens differs from the reference", name)
		}
		if blocks, ascii := entityTokens(s, nil); !slices.Equal(blocks, got) || ascii && !isASCII(s) {
			t.Errorf("%s: entityTokens differs from wordTokens, or takes the text for ASCII", name)
		}
		for _, tk := range got {
			// The class of a word wordTokens is unsure is all ASCII.
			w := tk.text(s)
			if tk.cls != tokenClass(w, isASCII(w)) && tk.cls != tokenClass(w, false) {
				t.Fatalf("%s: %q has class %b, want %b", name, w, tk.cls, tokenClass(w, isASCII(w)))
			}
		}
	}
}

// spans returns the offsets of toks, without their classes.
func spans(toks []wordTok) [][2]int {
	out := make([][2]int, len(toks))
	for i, tk := range toks {
		out[i] = [2]int{tk.start, tk.end}
	}
	return out
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
		buf = append(buf, wordTok{start: start, end: i})
	}
	return buf
}

// TestTrimPossessiveMatchesReference checks trimPossessive against the
// version that tried each suffix in turn.
func TestTrimPossessiveMatchesReference(t *testing.T) {
	words := []string{"", "s", "'s", "’s", "a's", "a’s", "A'S", "A’S", "’S", "x’S", "Belarus’s", "UK's", "ss", "s's", "\x99s", "é’s"}
	for _, s := range dateTexts(t, false) {
		for _, tk := range refWordTokens(s, nil) {
			words = append(words, s[tk.start:tk.end])
		}
	}
	for _, w := range words {
		got, ok := trimPossessive(w)
		want, wok := refTrimPossessive(w)
		if got != want || ok != wok {
			t.Errorf("trimPossessive(%q) = %q, %v; want %q, %v", w, got, ok, want, wok)
		}
	}
}

func refTrimPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// TestIsMonthNameMatchesReference checks isMonthName against the version
// without the stem filter.
func TestIsMonthNameMatchesReference(t *testing.T) {
	words := []string{"Sept", "Janu", "ſep", "Maybe", "MAR", "Mars", "Febr", "Dece", "Dec", "Nov.", "Augu", "Jun", "juL", "Mayo"}
	for _, m := range monthNames {
		for n := 3; n <= len(m); n++ {
			words = append(words, m[:n], strings.ToUpper(m[:n]), strings.ToUpper(m[:1])+m[1:n])
		}
	}
	for _, s := range dateTexts(t, false) {
		for _, tk := range refWordTokens(s, nil) {
			words = append(words, s[tk.start:tk.end])
		}
	}
	for _, w := range words {
		if got, want := isMonthName(w), refIsMonthName(w); got != want {
			t.Errorf("isMonthName(%q) = %v, want %v", w, got, want)
		}
	}
}

func refIsMonthName(w string) bool {
	if len(w) < 3 || len(w) > 9 || !strings.ContainsRune("JFMASONDjfmasond", rune(w[0])) {
		return false
	}
	for _, m := range monthNames {
		if len(w) == len(m) || len(w) == 3 || len(w) == 4 && len(m) >= 4 {
			if strings.EqualFold(w, m[:min(len(w), len(m))]) {
				return true
			}
		}
	}
	return false
}

// TestAlnumBytes8 checks alnumBytes8 byte by byte against asciiWordByte,
// each byte value at each of the eight places among letters and others.
func TestAlnumBytes8(t *testing.T) {
	checkBytes8(t, "alnumBytes8", alnumBytes8, func(c byte) bool { return asciiWordByte[c] }, 'a', ' ', 0xff, '0', 'Z')
}

// FuzzWordTokens checks wordTokens, which reads eight bytes at a time
// where it can, against refWordTokens, which decodes rune by rune, on any
// text: the same words, each with the class tokenClass gives it; and
// entityTokens, which reads 64 bytes at a time, against wordTokens.
func FuzzWordTokens(f *testing.F) {
	for _, s := range []string{"", "U.S. O'Neil O’Neil l'été x..y 3.5 a’", strings.Repeat("ab.cd'ef é.x ", 9),
		strings.Repeat("x", 63) + ".y", strings.Repeat("x", 64) + "'y", strings.Repeat(" ", 62) + "a.\xc3\xa9",
		strings.Repeat("x", 62) + ".y", strings.Repeat("x", 61) + "'y", strings.Repeat(" ", 61) + "a.\xc3\xa9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Longer, and at various offsets from the eight-byte loads.
		for _, v := range []string{s, s + s + s + s + s, strings.Repeat("a", len(s)%64) + s + s + s, strings.Repeat(" ", 64-len(s)%64) + s + s} {
			checkWordTokens(t, v)
		}
	})
}

// checkWordTokens checks wordTokens(s) against refWordTokens(s), and
// entityTokens(s) against wordTokens(s).
func checkWordTokens(t *testing.T, s string) {
	t.Helper()
	got, want := wordTokens(s, nil), refWordTokens(s, nil)
	if fmt.Sprint(spans(got)) != fmt.Sprint(spans(want)) {
		t.Fatalf("wordTokens(%q) = %v, want %v", s, spans(got), spans(want))
	}
	if blocks, ascii := entityTokens(s, nil); !slices.Equal(blocks, got) {
		t.Fatalf("entityTokens(%q) = %v, want %v", s, blocks, got)
	} else if ascii && !isASCII(s) {
		t.Fatalf("entityTokens(%q) takes it for ASCII", s)
	}
	for _, tk := range got {
		if w := tk.text(s); tk.cls != tokenClass(w, isASCII(w)) && tk.cls != tokenClass(w, false) {
			t.Fatalf("%q has class %b, want %b", w, tk.cls, tokenClass(w, isASCII(w)))
		}
	}
}

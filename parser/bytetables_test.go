package parser

import (
	"strings"
	"testing"
	"unicode"
)

// TestByteTablesSameAsComparisons checks every byte, and the runes around
// ASCII, against the comparisons the tables replaced.
func TestByteTablesSameAsComparisons(t *testing.T) {
	perlSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	asciiSpace := func(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }
	perlWord := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
	}
	for i := range 256 {
		c := byte(i)
		for _, p := range []struct {
			name      string
			got, want bool
		}{
			{"isPerlSpace", isPerlSpace(c), perlSpace(c)},
			{"isSpaceRE", isSpaceRE(c), perlSpace(c)},
			{"isDateSpace", isDateSpace(c), perlSpace(c)},
			{"isASCIISpace", isASCIISpace(c), asciiSpace(c)},
			{"isWordByteRE", isWordByteRE(c), perlWord(c)},
			{"isPerlWordByte", isPerlWordByte(c), perlWord(c)},
			{"isWordByteASCII", isWordByteASCII(c), ctLetter(c) || isPhoneDigit(c) || c == '_'},
		} {
			if p.got != p.want {
				t.Errorf("%s(%#x) = %v, want %v", p.name, c, p.got, p.want)
			}
		}
	}
	oldIsSpace := func(r rune) bool {
		if r < 0x80 {
			return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
		}
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
	}
	oldIsSpaceFast := func(r rune) bool {
		if r < 0x80 {
			return r == ' ' || r >= '\t' && r <= '\r'
		}
		return unicode.IsSpace(r)
	}
	runes := []rune{-1 << 31, -224, -1, 0x10ffff, 0x110000, 1 << 30}
	for r := rune(-300); r < 0x3100; r++ {
		runes = append(runes, r)
	}
	for _, r := range append(runes, '\u200b', '\ufeff', '\u00a0', '\u2028', '\u3000') {
		if got, want := isSpace(r), oldIsSpace(r); got != want {
			t.Errorf("isSpace(%#x) = %v, want %v", r, got, want)
		}
		if got, want := isSpaceFast(r), oldIsSpaceFast(r); got != want {
			t.Errorf("isSpaceFast(%#x) = %v, want %v", r, got, want)
		}
	}
}

// TestClosingFirst checks closingFirst against the string it stands for,
// and that every closing begins with a byte it marks in either case.
func TestClosingFirst(t *testing.T) {
	for i := range 256 {
		if got, want := closingFirst[i], strings.ContainsRune("TtSsBbKkRrWwYy", rune(i)); got != want {
			t.Errorf("closingFirst[%#x] = %v, want %v", i, got, want)
		}
	}
	for _, c := range closings {
		if !closingFirst[c[0]] || !closingFirst[c[0]-'a'+'A'] {
			t.Errorf("closingFirst leaves out %q", c)
		}
	}
}

// TestSimpleStop checks simpleStop against the comparisons and the set of
// syntax bytes simpleLine tested before.
func TestSimpleStop(t *testing.T) {
	for i := range 256 {
		c := byte(i)
		want := c == '\n' || c == '<' || c == '[' || c == ']' || strings.IndexByte("`!*_\\&", c) >= 0
		if simpleStop[c] != want {
			t.Errorf("simpleStop[%q] = %v, want %v", c, simpleStop[c], want)
		}
	}
}

// TestAboutFirst checks aboutFirst against the string it replaced, and that
// every opening of an "About" section begins with a byte it marks.
func TestAboutFirst(t *testing.T) {
	for i := range 256 {
		if got, want := aboutFirst[i], strings.IndexByte("ASICO\xc3", byte(i)) >= 0; got != want {
			t.Errorf("aboutFirst[%#x] = %v, want %v", i, got, want)
		}
	}
	for _, w := range aboutOpenings {
		if !aboutFirst[w[0]] {
			t.Errorf("aboutFirst leaves out %q", w)
		}
	}
}

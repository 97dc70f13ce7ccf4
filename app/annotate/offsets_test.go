package annotate

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

var offsetTexts = map[string]string{
	"ascii":      "Acme Corp. announced record revenue.",
	"accents":    "Société Générale a annoncé à Zürich: ça progresse.",
	"decomposed": "Cafe\u0301 au lait",
	"emoji":      "Launch 🚀 day! 👩🏽‍🚀 joins 🇫🇷 team.",
	"cjk":        "東京で発表された新製品は、𠮷野家と提携。",
	"empty":      "",
	"mixed":      "a\u00e9\U0001F600b\u4e2d\U00010348c",
}

func TestIndexRoundTrip(t *testing.T) {
	for name, text := range offsetTexts {
		t.Run(name, func(t *testing.T) {
			ix := NewIndex(text)
			runes := []rune(text)
			if ix.Len() != len(runes) {
				t.Fatalf("Len = %d, want %d", ix.Len(), len(runes))
			}
			for cp := 0; cp <= len(runes); cp++ {
				b := len(string(runes[:cp]))
				if got := ix.Byte(cp); got != b {
					t.Errorf("Byte(%d) = %d, want %d", cp, got, b)
				}
				if got := ix.CodePoint(b); got != cp {
					t.Errorf("CodePoint(%d) = %d, want %d", b, got, cp)
				}
				for end := cp; end <= len(runes); end++ {
					if got, want := ix.Slice(cp, end), string(runes[cp:end]); got != want {
						t.Fatalf("Slice(%d, %d) = %q, want %q", cp, end, got, want)
					}
				}
			}
		})
	}
}

func TestIndexInsideRuneAndClamp(t *testing.T) {
	ix := NewIndex("é🚀x") // bytes: é 0-1, 🚀 2-5, x 6
	for b, want := range map[int]int{-3: 0, 0: 0, 1: 0, 2: 1, 3: 1, 5: 1, 6: 2, 7: 3, 99: 3} {
		if got := ix.CodePoint(b); got != want {
			t.Errorf("CodePoint(%d) = %d, want %d", b, got, want)
		}
	}
	if got := ix.Byte(-1); got != 0 {
		t.Errorf("Byte(-1) = %d", got)
	}
	if got := ix.Byte(10); got != 7 {
		t.Errorf("Byte(10) = %d", got)
	}
	if ix.Slice(2, 1) != "" {
		t.Error("reversed slice not empty")
	}
	if ix.Valid(1, 1) || ix.Valid(-1, 2) || ix.Valid(0, 4) || !ix.Valid(0, 3) {
		t.Error("Valid disagrees with the text")
	}
}

func TestUTF16Conversions(t *testing.T) {
	for name, text := range offsetTexts {
		t.Run(name, func(t *testing.T) {
			units := utf16.Encode([]rune(text))
			if got := UTF16Len(text); got != len(units) {
				t.Fatalf("UTF16Len = %d, want %d", got, len(units))
			}
			// Every code-point boundary maps to the UTF-16 offset JavaScript
			// reports there, and back.
			u := 0
			for cp, r := range []rune(text) {
				if got := CodePointsToUTF16(text, cp); got != u {
					t.Errorf("CodePointsToUTF16(%d) = %d, want %d", cp, got, u)
				}
				if got := UTF16ToCodePoints(text, u); got != cp {
					t.Errorf("UTF16ToCodePoints(%d) = %d, want %d", u, got, cp)
				}
				if utf16.IsSurrogate(rune(units[u])) {
					// Between the halves of a pair: the character it encodes.
					if got := UTF16ToCodePoints(text, u+1); got != cp+1 {
						t.Errorf("UTF16ToCodePoints(%d) inside %q = %d, want %d", u+1, r, got, cp+1)
					}
				}
				u += len(utf16.Encode([]rune{r}))
			}
			n := utf8.RuneCountInString(text)
			if got := UTF16ToCodePoints(text, len(units)+5); got != n {
				t.Errorf("past the end: %d, want %d", got, n)
			}
			if got := CodePointsToUTF16(text, n+5); got != len(units) {
				t.Errorf("past the end: %d, want %d", got, len(units))
			}
		})
	}
}

func TestSelectorWithEmojiAndAccents(t *testing.T) {
	text := strings.Repeat("é", 40) + "🚀 Zürich 🇫🇷" + strings.Repeat("ß", 40)
	ix := NewIndex(text)
	start := 40
	end := start + len([]rune("🚀 Zürich 🇫🇷"))
	sel, err := NewSelector(ix, start, end)
	if err != nil {
		t.Fatal(err)
	}
	if sel.Exact != "🚀 Zürich 🇫🇷" {
		t.Errorf("Exact = %q", sel.Exact)
	}
	if sel.Prefix != strings.Repeat("é", ContextLen) || sel.Suffix != strings.Repeat("ß", ContextLen) {
		t.Errorf("context = %q / %q, want %d code points each", sel.Prefix, sel.Suffix, ContextLen)
	}
	if _, err := NewSelector(ix, 5, 5); err == nil {
		t.Error("empty selection accepted")
	}
	if _, err := NewSelector(ix, 0, ix.Len()+1); err == nil {
		t.Error("selection past the end accepted")
	}
}

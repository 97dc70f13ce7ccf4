package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// urlTexts returns edge cases and every space-separated piece of every
// line of the test inputs and of the shared corpus, with the lines
// themselves, and the pieces inside angle brackets and parentheses.
func urlTexts(t *testing.T, edge ...string) []string {
	texts := append([]string(nil), edge...)
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	for _, ln := range lines {
		texts = append(texts, ln)
		for _, f := range strings.Fields(ln) {
			texts = append(texts, f, strings.Trim(f, "<>()[]\"'.,;"))
		}
	}
	return texts
}

// TestIsSocialURLSameAsRegexp compares isSocialURL with socialHosts.
func TestIsSocialURLSameAsRegexp(t *testing.T) {
	texts := urlTexts(t, "", "x.com", "X.COM", "x.comx", "x.com/a", "https://x.com", "HTTPS://WWW.X.COM", "http://m.facebook.com",
		"https://uk.linkedin.com/in/a", "https://u.linkedin.com", "https://ab.cd.x.com", "https://www.\u212a.com",
		"https://t.me/a", "t.me_", "https://\u017fx.com", "https://bs\u212ay.app", "https://t\u212aiktok.com", "ftp://x.com",
		"https:/x.com", "https://www.youtu.be", "youtu.bee", "https://vimeo.com.evil.org", "https://notx.com", "https://é.x.com",
		"https://aa.www.x.com", "https://www.instagram.com/cabinetoffice", "https://www.gov.uk/")
	matched := 0
	for _, s := range texts {
		want := socialHosts.get().MatchString(s)
		if want {
			matched++
		}
		if got := isSocialURL(s); got != want {
			t.Errorf("isSocialURL(%q) = %v, the expression says %v", s, got, want)
		}
	}
	if matched == 0 {
		t.Error("no text is a social link: the test proves nothing")
	}
}

// TestURLOnlySameAsRegexp compares urlOnly with urlOnlyRE.
func TestURLOnlySameAsRegexp(t *testing.T) {
	texts := urlTexts(t, "", "http://", "https://", "http://a", " <https://a.b/c> ", "<https://a.b/c", "https://a.b/c>",
		"https://a.b/c>>", "https://a b", "https://a\vb", "\thttps://a\t\n", "HTTP://a", "<<https://a>", "https://a<b",
		"https://é.fr", "https://a\xff", "x https://a", "https://a\u00a0")
	matched := 0
	for _, s := range texts {
		var want string
		m := urlOnlyRE.get().FindStringSubmatch(s)
		if m != nil {
			want = m[1]
			matched++
		}
		got, ok := urlOnly(s)
		if ok != (m != nil) || got != want {
			t.Errorf("urlOnly(%q) = %q, %v; the expression gives %q, %v", s, got, ok, want, m != nil)
		}
	}
	if matched == 0 {
		t.Error("no text is only an address: the test proves nothing")
	}
}

// FuzzPrefixFold checks prefixFold, which compares bytes until one differs,
// against prefixFoldRunes, which reads every rune, on any text and literal
// (lower-cased to the ASCII literal prefixFold takes).
func FuzzPrefixFold(f *testing.F) {
	for _, c := range [][2]string{
		{"Twitter - x", "twitter"}, {"TWITTER", "twitter"}, {"\u212aind", "kind"}, {"\u017focial", "social"},
		{"Tw", "twitter"}, {"", "x"}, {"x", ""}, {"FaceBoo\u212a", "facebook"}, {"éx", "x"}, {"Media Assets", "media assets"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, lit string) {
		b := []byte(lit)
		for i, c := range b {
			if c >= utf8.RuneSelf {
				b[i] = 'x'
			} else if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		lit = string(b)
		n, ok := prefixFold(s, lit)
		rn, rok := prefixFoldRunes(s, lit)
		if n != rn || ok != rok {
			t.Fatalf("prefixFold(%q, %q) = %d, %v; want %d, %v", s, lit, n, ok, rn, rok)
		}
	})
}

// FuzzIsSocialURL compares isSocialURL with socialHosts on any text, and
// on the text put before each social host's name, in upper case too.
func FuzzIsSocialURL(f *testing.F) {
	for _, s := range []string{"", "https://", "HTTPS://WWW.", "m.", "uk.", "\u212a", "\u017f", "x"} {
		f.Add(s)
	}
	check := func(t *testing.T, s string) {
		if got, want := isSocialURL(s), socialHosts.get().MatchString(s); got != want {
			t.Fatalf("isSocialURL(%q) = %v, the expression says %v", s, got, want)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		check(t, s)
		for _, h := range socialHostNames {
			check(t, s+h)
			check(t, s+strings.ToUpper(h)+"/a")
			check(t, s+h[1:])
		}
	})
}

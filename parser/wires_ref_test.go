package parser

import (
	"strings"
	"testing"
)

// TestHostOfSameAsURLParse compares hostOf with hostOfURL, which reads
// every address by url.Parse, on edge cases and on every word of the test
// inputs and of the shared corpus, as written and with its scheme, its
// "//" and its path taken off.
func TestHostOfSameAsURLParse(t *testing.T) {
	words := []string{"", "://", "http://", "http:///x", "https://WWW.Example.COM/a?b#c", "www.prnewswire.com/news",
		"//cdn.example.org", "ftp://x.y", "h-t+t.p://x.y/", "1http://x.y", "ht tp://x.y", "http://x.y:80/", "http://u@x.y/",
		"http://x_y.z/", "http://x.y/%zz", "http://x.y/a b", "http://x.y/é", "http://x.y\x01", "http://[::1]/", "x.y?q=%",
		"mailto:a@b.c", "http://x.y#%", "http://x.y/\x7f", "a:b://c.d", "http://-x-.y./", "HTTP://X.Y", "www.", "www.x", "://x.y"}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		for _, w := range strings.Fields(line) {
			words = append(words, w)
			if _, rest, ok := strings.Cut(w, "://"); ok {
				words = append(words, rest, "//"+rest)
				if host, _, ok := strings.Cut(rest, "/"); ok {
					words = append(words, host)
				}
			}
		}
	}
	for _, w := range words {
		if got, want := hostOf(w), hostOfURL(w); got != want {
			t.Errorf("hostOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// compactRef is compact as it was before appendCompact: strings.ToLower,
// then the letters and digits kept through a Builder.
func compactRef(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestAppendCompactSameAsRef compares appendCompact with compactRef on
// edge cases (capitals beyond ASCII, the Kelvin sign, invalid UTF-8 after
// ASCII, markers longer than wireByMarker's buffer) and every word and line
// of testdata and the shared corpus.
func TestAppendCompactSameAsRef(t *testing.T) {
	texts := []string{"", "/PRNewswire/", "(NewMediaWire)", "PRNewswire-FirstCall", "ÉTÉ Wire", "AB\u212aC", "ab\xffcd",
		"x\xc3", "İstanbul NEWS", "EINPresswire.com", strings.Repeat("Wire ", 30)}
	for _, line := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		texts = append(texts, line)
		texts = append(texts, strings.Fields(line)...)
	}
	for _, s := range texts {
		if got, want := string(appendCompact(nil, s)), compactRef(s); got != want {
			t.Errorf("appendCompact(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendCompact compares appendCompact with compactRef on any text.
func FuzzAppendCompact(f *testing.F) {
	for _, s := range []string{"/PRNewswire/", "AB\u212aC", "ab\xffcd", "ÉTÉ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendCompact(nil, s)), compactRef(s); got != want {
			t.Errorf("appendCompact(%q) = %q, want %q", s, got, want)
		}
	})
}

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

package parser

import (
	"reflect"
	"strings"
	"testing"
)

// TestTopLineFindersSameAsRegexp compares findByline and findWireMarker
// with their expressions run on every text, on edge cases and every line
// of the test inputs and of the shared corpus.
func TestTopLineFindersSameAsRegexp(t *testing.T) {
	texts := []string{"", "by", "by ", "By Jane Doe", "BY: Acme", "bY\tAcme", " \tby Acme", "\u00a0by Acme", "\vby Acme", "byline",
		"by  \n", "by x\ny", "by:x", "BY:\tname", "by \xff\xfe", "by \vAcme", "by\n\nAcme", "by é", "by " + strings.Repeat("é", 81),
		"by " + strings.Repeat("é", 80), "by " + strings.Repeat("x", 82), "by " + strings.Repeat("x", 81) + " ", "by Acme\r",
		"/PRNewswire/", "(NewMediaWire)", "-- Business Wire", "– Wire –", "— Wire —", "[Wire]", " /Wire/ ", "\u00a0/Wire/", "\u2013", "Wire"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	found := 0
	for _, text := range texts {
		for _, c := range []struct {
			re   *lazyRegexp
			find func(string) []string
		}{{bylineRE, findByline}, {wireMarkerRE, findWireMarker}} {
			want := c.re.get().FindStringSubmatch(text)
			if got := c.find(text); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %q, want %q", c.re, text, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found < 20 {
		t.Errorf("%d texts matched: the test proves little", found)
	}
}

// FuzzFindByline compares findByline with bylineRE on any text.
func FuzzFindByline(f *testing.F) {
	for _, s := range []string{"By Jane Doe", "BY: Acme", " by\tx\ny", "by " + strings.Repeat("é", 81), "by \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findByline(s), bylineRE.get().FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findByline(%q) = %q; want %q", s, got, want)
		}
	})
}

package parser

import (
	"reflect"
	"testing"
)

// TestTopLineFindersSameAsRegexp compares findByline and findWireMarker
// with their expressions run on every text, on edge cases and every line
// of the test inputs and of the shared corpus.
func TestTopLineFindersSameAsRegexp(t *testing.T) {
	texts := []string{"", "by", "by ", "By Jane Doe", "BY: Acme", "bY\tAcme", " \tby Acme", "\u00a0by Acme", "\vby Acme", "byline",
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

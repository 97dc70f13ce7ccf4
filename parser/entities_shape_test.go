package parser

import (
	"maps"
	"strings"
	"testing"
)

// TestShapeSetMay checks that a shapeSet lets through every word of its
// set in any case, and turns away words of other lengths or letters.
func TestShapeSetMay(t *testing.T) {
	for name, set := range map[string]map[string]uint8{"orgCues": maps.Collect(orgCues.all)} {
		m := shapesOf(set)
		for w := range set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if !m.may(v) {
					t.Errorf("%s: may(%q) = false", name, v)
				}
			}
		}
	}
	m := shapesOf(map[string]bool{"inc.": true, "bank": true, "&": true})
	for w, want := range map[string]bool{"Bank": true, "BANK": true, "bonk": true, "Banks": false, "bane": false,
		"Inc.": true, "inc": false, "&": true, "a": false, "": false, "INC.": true, "1nc.": false, "\xe2nc.": false} {
		if got := m.may(w); got != want {
			t.Errorf("may(%q) = %v, want %v", w, got, want)
		}
	}
}

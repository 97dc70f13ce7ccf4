package parser

import (
	"strings"
	"testing"
)

// TestShapesHoldTheirWords checks that honorificShapes and speechShapes
// turn away no word of their sets, in any case.
func TestShapesHoldTheirWords(t *testing.T) {
	for _, c := range []struct {
		name string
		m    *shapeSet
		set  wordList
	}{{"honorifics", honorificShapes, honorifics}, {"speechVerbs", speechShapes, speechVerbs}} {
		for _, w := range c.set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
				if !c.m.may(v) {
					t.Errorf("%s: may(%q) = false", c.name, v)
				}
			}
		}
	}
}

package parser

import "testing"

// TestHonorificFilterHoldsHonorifics checks that honorificFilter turns
// away no honorific.
func TestHonorificFilterHoldsHonorifics(t *testing.T) {
	for w := range honorifics {
		if !honorificFilter.may(w) {
			t.Errorf("honorificFilter.may(%q) = false", w)
		}
	}
}

// TestInitialSetsHoldTheirWords checks that honorificInitials and
// speechInitials turn away no word of their sets, in any case.
func TestInitialSetsHoldTheirWords(t *testing.T) {
	for _, c := range []struct {
		name string
		m    initialSet
		set  map[string]bool
	}{{"honorifics", honorificInitials, honorifics}, {"speechVerbs", speechInitials, speechVerbs}} {
		for w := range c.set {
			if !c.m.has(w[0]) || !c.m.has(w[0]^0x20) {
				t.Errorf("%s: has(%q) = false", c.name, w[0])
			}
		}
	}
}

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

package parser

import (
	"fmt"
	"testing"
)

// TestPartialISO checks partialISO against formatting the date, for every
// month and day it takes.
func TestPartialISO(t *testing.T) {
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			if got, want := partialISO(m, d), fmt.Sprintf("--%02d-%02d", m, d); got != want {
				t.Fatalf("partialISO(%d, %d) = %q, want %q", m, d, got, want)
			}
		}
	}
}

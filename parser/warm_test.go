package parser

import "testing"

// TestWarmCompilesEveryExpression checks that Warm, called a few at a
// time, compiles every lazy and cue expression and then reports done.
func TestWarmCompilesEveryExpression(t *testing.T) {
	total := len(lazyRegexps) + len(cueRegexps)
	if len(cueRegexps) < len(cues) {
		t.Errorf("%d cue expressions listed for Warm, fewer than the cue table's %d", len(cueRegexps), len(cues))
	}
	calls := 0
	for !Warm(3) {
		calls++
		if calls > total {
			t.Fatalf("Warm(3) still not done after %d calls for %d expressions", calls, total)
		}
	}
	for _, l := range lazyRegexps {
		if l.re == nil {
			t.Errorf("%q is not compiled after Warm", l.pattern)
		}
	}
	for _, c := range cueRegexps {
		if c.re == nil {
			t.Errorf("%q is not compiled after Warm", c.pattern)
		}
	}
	if !Warm(1) {
		t.Error("Warm reports work left once all is compiled")
	}
}

package parser

import (
	"regexp"
	"testing"
)

// TestCueRegexpsCompile compiles every cue's expression, so that a bad
// pattern fails here rather than panicking in the parse that first tries it.
func TestCueRegexpsCompile(t *testing.T) {
	for n, c := range cues {
		if _, err := regexp.Compile(c.re.String()); err != nil {
			t.Errorf("cue %d: %v", n, err)
		}
	}
}

// TestCueRegexpSameAsCompiled checks that a cue's expression is its pattern
// compiled as written, case-insensitively for ci.
func TestCueRegexpSameAsCompiled(t *testing.T) {
	for _, tc := range []struct {
		re   *cueRegexp
		s    string
		want bool
	}{
		{ci(`^about\b`), "ABOUT Acme", true},
		{cs(`^about\b`), "ABOUT Acme", false},
		{cs(`^About\b`), "About Acme", true},
	} {
		if got := tc.re.MatchString(tc.s); got != tc.want {
			t.Errorf("%s on %q: %v, want %v", tc.re, tc.s, got, tc.want)
		}
	}
}

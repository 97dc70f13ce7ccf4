package parser

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile compiles every expression declared with lazyRE,
// which the package would otherwise compile only when a parse needs it.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) == 0 {
		t.Fatal("no lazy expressions registered")
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.pattern); err != nil {
			t.Errorf("%q: %v", l.pattern, err)
		}
		if l.get().String() != l.pattern {
			t.Errorf("%q compiled as %q", l.pattern, l.get().String())
		}
	}
}

package parser

import (
	"regexp"
	"sync"
)

// A cueRegexp is a cue's regular expression, compiled on its first use
// rather than when the package is initialised: compiling the forty-odd cue
// patterns was most of the package's start-up (2.4 MB and 12k allocations),
// which in the browser delays the app's first screen, and a parse runs only
// the few that the cue index (cue_index.go) lets through. Unlike a
// lazyRegexp it carries no startFilter of its own: the cue index and
// cueFilter already stand before it.
type cueRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// ci returns a case-insensitive cue pattern, compiled on first use. Like
// cs and newCueRegexp it is not inlined, for the reason lazyRE is not.
//
//go:noinline
func ci(pattern string) *cueRegexp { return newCueRegexp(`(?i)` + pattern) }

// cs returns a case-sensitive cue pattern, compiled on first use.
//
//go:noinline
func cs(pattern string) *cueRegexp { return newCueRegexp(pattern) }

// newCueRegexp is not inlined, for the reason lazyRE is not.
//
//go:noinline
func newCueRegexp(pattern string) *cueRegexp {
	c := &cueRegexp{pattern: pattern}
	cueRegexps = append(cueRegexps, c)
	return c
}

// cueRegexps lists every expression made by ci and cs, for Warm.
var cueRegexps []*cueRegexp

// get compiles the expression once and returns it; it panics, as
// regexp.MustCompile would, on a pattern that does not compile, which
// TestCueRegexpsCompile rules out.
func (c *cueRegexp) get() *regexp.Regexp {
	c.once.Do(func() { c.re = regexp.MustCompile(c.pattern) })
	return c.re
}

// String returns the pattern, as (*regexp.Regexp).String does.
func (c *cueRegexp) String() string { return c.pattern }

// MatchString reports whether s holds a match of the expression.
func (c *cueRegexp) MatchString(s string) bool { return c.get().MatchString(s) }

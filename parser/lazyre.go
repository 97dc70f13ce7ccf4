package parser

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use rather than
// when the package is initialised. Compiling the package's expressions is
// most of its start-up cost, which in the browser delays the app's first
// screen; many of them serve rare inputs and a parse may never run them.
// Its methods are those of *regexp.Regexp that the package calls, so a
// package-level expression can be declared with lazyRE instead of
// regexp.MustCompile without changing its uses. It is safe for concurrent
// use, as a *regexp.Regexp is.
type lazyRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// lazyRE returns an expression that compiles pattern on first use and
// panics then if it does not compile, as regexp.MustCompile would at start.
// TestLazyRegexpsCompile compiles every one, so a bad pattern fails the
// tests rather than a parse.
func lazyRE(pattern string) *lazyRegexp {
	l := &lazyRegexp{pattern: pattern}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// lazyRegexps lists every expression made by lazyRE, for the test that
// compiles them all.
var lazyRegexps []*lazyRegexp

// get compiles the expression once and returns it.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

func (l *lazyRegexp) String() string { return l.pattern }

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindString(s string) string { return l.get().FindString(s) }

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }

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
//
// An expression anchored at the start of the text also gets a startFilter
// (prefilter.go), built with it: a text whose first runes no match can begin
// with is turned away without running the expression. Go's backtracker
// clears a bitmap as long as the text on every call, so on a long paragraph
// a failed anchored match costs as much as a scan; the filter costs a few
// rune tests.
//
// The filter is had on its own, before the expression: it comes from the
// tables written at build time (prefilter_tables.go) and costs nothing to
// get, so a text it turns away never makes the expression compile.
type lazyRegexp struct {
	pattern    string
	once       sync.Once
	re         *regexp.Regexp
	filterOnce sync.Once
	filter     startFilter
}

// lazyRE returns an expression that compiles pattern on first use and
// panics then if it does not compile, as regexp.MustCompile would at start.
// TestLazyRegexpsCompile compiles every one, so a bad pattern fails the
// tests rather than a parse.
//
// It is not inlined: the package's initialisation calls it once per
// expression, and inlined there its append made that function 90 KB of
// WebAssembly, which V8 compiled again with TurboFan in the background
// (200 ms of CPU while the app starts) because its many branches spent
// Liftoff's tier-up budget in a single run.
//
//go:noinline
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

// startFilter returns the expression's filter, got once.
func (l *lazyRegexp) startFilter() *startFilter {
	l.filterOnce.Do(func() { l.filter = newStartFilter(l.pattern) })
	return &l.filter
}

// may reports whether the expression can match s, compiling it when its
// filter lets s through: false means it cannot match; true means it must be
// run, and is compiled.
func (l *lazyRegexp) may(s string) bool {
	if l.startFilter().mayExact(s) {
		l.get()
		return true
	}
	if filterCheck != nil {
		filterCheck(l.get(), s)
	}
	return false
}

// filterCheck, when set (by tests), is called with every text a filter
// turns away, so that a test can run the expression anyway and fail should
// it match.
var filterCheck func(re *regexp.Regexp, s string)

func (l *lazyRegexp) String() string { return l.pattern }

func (l *lazyRegexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

func (l *lazyRegexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}

func (l *lazyRegexp) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllString(src, repl)
}

func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }

// checkGuard hands filterCheck, when a test has set it, a text that a
// hand-written guard kept from the expression l.
func checkGuard(l *lazyRegexp, s string) {
	if filterCheck != nil {
		filterCheck(l.get(), s)
	}
}

package parser

import "sync"

// Warm compiles up to n of the package's regular expressions that are
// still waiting for their first use, and reports whether none is left.
//
// The expressions compile on first use (lazyRegexp, cueRegexp), which
// keeps them out of a program's start-up; but then the first parse that
// needs many of them pays for compiling them — in the browser, tens of
// milliseconds on the first long paste. A program with idle time before
// that parse can call Warm a few expressions at a time, letting other work
// run in between. Warm is safe for concurrent use, with itself and with
// Parse.
func Warm(n int) (done bool) {
	warming.Lock()
	defer warming.Unlock()
	for ; n > 0 && warming.next < len(lazyRegexps)+len(cueRegexps); n-- {
		if i := warming.next; i < len(lazyRegexps) {
			lazyRegexps[i].get()
		} else {
			cueRegexps[i-len(lazyRegexps)].get()
		}
		warming.next++
	}
	return warming.next == len(lazyRegexps)+len(cueRegexps)
}

// warming is how far Warm has gone through lazyRegexps, then cueRegexps.
var warming struct {
	sync.Mutex
	next int
}

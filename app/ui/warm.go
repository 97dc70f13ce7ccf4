package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// warmBatch is how many expressions warmParser compiles between two visits
// of the browser: a few milliseconds of work in WebAssembly.
const warmBatch = 2

// warmParses is how many times warmParser parses the sample release once
// the expressions are compiled, a parse per idle moment of the browser:
// 0.5–3 ms each.
const warmParses = 25

// warmParser compiles the parser's regular expressions in the background
// once the first screen is painted, a few at a time with the browser let in
// between (parser.Warm), so that the user's first paste does not pay for
// compiling them (~35 ms in a trace of a 25 KB paste). A paste that comes
// first compiles what it needs, as without this.
//
// It then parses the sample release warmParses times, for the next visit.
// V8 stores the optimized code of app.wasm for the next visits once, when
// it has made 1 MB of it (--wasm-caching-hard-threshold), and optimizes a
// function only once it has run enough of it (--wasm-tiering-budget). A
// visit that runs the start-up code alone no longer made 1 MB once the
// parser had got faster and its start-up tables static: the code was
// stored later, if at all, and the next visit compiled every function of
// the parse and the first render on its first call, on the main thread
// (make bench-check's repeat visit: 468–517 ms, the sample's parse and
// first render 112–128 ms of it). With these parses the parser's
// functions are optimized and stored within seconds of a first visit:
// 326–386 ms, 27–54 ms. A repeat visit with the code cached spends
// ~10 ms of idle time on them.
func warmParser(ctx app.Context) {
	if !app.IsClient {
		return
	}
	ctx.Async(func() {
		waitForPaint()
		for !parser.Warm(warmBatch) {
			yieldToBrowser()
		}
		sample := []byte(Sample)
		for range warmParses {
			yieldUntilIdle() // a paste that comes meanwhile goes first
			parser.Parse(sample)
		}
	})
}

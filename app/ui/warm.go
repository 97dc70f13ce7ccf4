package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// warmBatch is how many expressions warmParser compiles between two visits
// of the browser: a few milliseconds of work in WebAssembly.
const warmBatch = 2

// warmParses is how many times warmParser parses each of its releases
// once the expressions are compiled, in the browser's idle periods:
// 0.5–3 ms a parse.
const warmParses = 10

// warmBurst is how long warmParser goes on parsing in one idle period at
// most, and how much of the period must be left for it to start another
// parse: an event that comes meanwhile waits for the parse under way.
const warmBurst = 8 * time.Millisecond

// warmParser parses the sample once the first screen is painted, then
// compiles the parser's regular expressions in the background, a few at a
// time with the browser let in between (parser.Warm), so that the user's
// first paste does not pay for compiling them (~35 ms in a trace of a 25 KB
// paste). A paste that comes first compiles what it needs, as without this.
//
// It then parses the sample release and the parser's warm-up releases
// (parser.WarmupReleases: every format, block, boilerplate and contact the
// parser knows) warmParses times each, so that V8 has compiled and
// optimized the parser's code before the user's first paste, on this
// visit and, from its code cache, on the next. V8 compiles a WebAssembly
// function on its first call and optimizes it only once it has run enough
// of it (--wasm-tiering-budget): a 25 KB release pasted into a page that
// had parsed only the sample ran on cold code, 66–112 ms, and a second
// one 16–48 ms (four fresh pages). V8 stores the optimized code for the
// next visits when it has made 1 MB of it (--wasm-caching-hard-threshold):
// a visit that parsed nothing but the sample at start-up no longer made
// that much once the parser had got faster, and the next visit compiled
// the whole parse and first render on first call (make bench-check's
// repeat visit: 468–517 ms). With these parses 2.6 MB of optimized code is
// stored within seconds of a first visit (TestStartupTrace; 2.9 MB with 25
// rounds, for no gain measured in the pastes). They take 135–185 ms of idle
// time on a repeat visit, its code cached, and end 1–1.5 s after the first
// render, which the mark "pm:warmed" tells (three visits, load ~6).
func warmParser(ctx app.Context) {
	if !app.IsClient {
		return
	}
	ctx.Async(func() {
		waitForPaint()
		// The first screen's release was parsed at build time
		// (sampleParse): parse it once now, so that the parser's common
		// path is compiled before the user's first paste.
		parser.ParseString(Sample)
		for !parser.Warm(warmBatch) {
			yieldToBrowser()
		}
		inputs := append([][]byte{[]byte(Sample)}, parser.WarmupReleases()...)
		for next, total := 0, warmParses*len(inputs); next < total; {
			idleLeft := yieldUntilIdle() // a paste that comes meanwhile goes first
			start := time.Now()
			for more := true; more && next < total; next++ {
				parser.Parse(inputs[next%len(inputs)])
				more = time.Since(start) < warmBurst && idleLeft() > warmBurst
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			markStartup("warmed")
		})
	})
}

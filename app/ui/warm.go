package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// warmBatch is how many expressions warmParser compiles between two visits
// of the browser: a few milliseconds of work in WebAssembly.
const warmBatch = 2

// warmParser compiles the parser's regular expressions in the background
// once the first screen is painted, a few at a time with the browser let in
// between (parser.Warm), so that the user's first paste does not pay for
// compiling them (~35 ms in a trace of a 25 KB paste). A paste that comes
// first compiles what it needs, as without this.
func warmParser(ctx app.Context) {
	if !app.IsClient {
		return
	}
	ctx.Async(func() {
		waitForPaint()
		for !parser.Warm(warmBatch) {
			yieldToBrowser()
		}
	})
}

package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// The page has one thread, shared by the parser, go-app and the browser.
// A long input is parsed in a goroutine that, every slice of work, sleeps
// for a moment: Go's WebAssembly port then hands control back to the
// browser, which paints the progress and handles input, so that the page
// never freezes for long.
const (
	// pacedInput is the input size from which parsing is paced and its
	// progress shown; a shorter input parses in a few tens of milliseconds.
	pacedInput = 64 << 10

	// workSlice is how long parsing runs before it lets the browser in.
	workSlice = 30 * time.Millisecond

	// pause is how long it lets the browser in: any sleep returns control
	// to the event loop, which then paints and handles what is pending.
	pause = time.Millisecond
)

// StateProgress is the go-app state holding how much of a long parse is
// done, from 0 to 1. ParseProgress observes it.
const StateProgress = "pressmark/progress"

// pacer returns a parser.WithYield hook that sleeps for pause once workSlice
// has passed since it last did, publishing the progress under StateProgress
// first, so that the browser paints it during the pause.
func pacer(ctx app.Context) func(done float64) {
	last := time.Now()
	shown := -1
	return func(done float64) {
		if time.Since(last) < workSlice {
			return
		}
		if pct := int(done * 100); pct != shown {
			shown = pct
			ctx.Dispatch(func(ctx app.Context) { ctx.SetState(StateProgress, done) })
		}
		time.Sleep(pause)
		last = time.Now()
	}
}

// parseOptions returns the extra parser options for parsing doc in the
// browser: pacing, for a long input.
func parseOptions(ctx app.Context, doc Document) []parser.Option {
	if len(doc.Text) < pacedInput {
		return nil
	}
	ctx.SetState(StateProgress, 0.0)
	return []parser.Option{parser.WithYield(pacer(ctx))}
}

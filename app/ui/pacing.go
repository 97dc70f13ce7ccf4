package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

// The page has one thread, shared by the parser, go-app and the browser.
// A long input is parsed in a goroutine that, every slice of work, waits
// for a timer callback of the browser: Go's WebAssembly port runs until
// no goroutine can go on, so only a wait that a browser task ends hands
// control back to the browser, which then paints the progress and handles
// input, and the page never freezes for long. (A time.Sleep is not enough:
// when other goroutines, such as go-app's event loop drawing the progress,
// run past the sleep's end, Go resumes the parse without ever returning to
// the browser.)
const (
	// pacedInput is the input size from which parsing is paced and its
	// progress shown; a shorter input parses in a few tens of milliseconds.
	pacedInput = 64 << 10

	// workSlice is how long parsing runs before it lets the browser in.
	workSlice = 30 * time.Millisecond
)

// StateProgress is the go-app state holding how much of a long parse is
// done, from 0 to 1. ParseProgress observes it.
const StateProgress = "pressmark/progress"

// pacer returns a parser.WithYield hook that lets the browser in once
// workSlice has passed since it last did, publishing the progress under
// StateProgress first, so that the browser paints it. It lets the browser
// in at the first call too, so that the task that asked for the parse ends
// and "Parsing…" shows at once, and at the last, so that drawing the result
// starts in a task of its own.
func pacer(ctx app.Context) func(done float64) {
	var last time.Time
	shown := -1
	return func(done float64) {
		if !last.IsZero() && done < 1 && time.Since(last) < workSlice {
			return
		}
		if pct := int(done * 100); pct != shown {
			shown = pct
			ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate() // only ParseProgress, which observes the state, redraws
				ctx.SetState(StateProgress, done)
			})
		}
		yieldToBrowser()
		last = time.Now()
	}
}

// yieldToBrowser blocks until the browser has run a task of its own: a
// timer callback queued now, which can only run once Go has handed control
// back. Outside a browser it returns at once.
func yieldToBrowser() {
	win := app.Window()
	if !app.IsClient || !win.Get("setTimeout").Truthy() {
		return
	}
	awaitCallback(win, "setTimeout", 0)
}

// awaitCallback calls the browser's win[method] with a callback and args,
// blocks until the browser calls it back, and returns the first argument
// it was called with (undefined if none).
func awaitCallback(win app.Value, method string, args ...any) app.Value {
	done := make(chan app.Value, 1)
	var fn app.Func
	fn = app.FuncOf(func(_ app.Value, got []app.Value) any {
		fn.Release()
		arg := app.Undefined()
		if len(got) > 0 {
			arg = got[0]
		}
		done <- arg
		return nil
	})
	win.Call(method, append([]any{fn}, args...)...)
	return <-done
}

// yieldUntilIdle blocks until the browser is idle (requestIdleCallback),
// or for at most idleWait, so that background work runs between what the
// user asked for rather than before it: a paste's timers and frames come
// first. It returns how much of the idle period is left, as the browser
// tells it (0 once the period is over). Where there is no
// requestIdleCallback it yields as yieldToBrowser does; outside a browser
// it returns at once. Either way no idle time is left then.
func yieldUntilIdle() (idleLeft func() time.Duration) {
	none := func() time.Duration { return 0 }
	win := app.Window()
	if !app.IsClient || !win.Get("requestIdleCallback").Truthy() {
		yieldToBrowser()
		return none
	}
	deadline := awaitCallback(win, "requestIdleCallback", map[string]any{"timeout": idleWait.Milliseconds()})
	if !deadline.Truthy() {
		return none
	}
	return func() time.Duration {
		return time.Duration(deadline.Call("timeRemaining").Float() * float64(time.Millisecond))
	}
}

// idleWait is how long yieldUntilIdle waits for an idle moment at most.
const idleWait = time.Second

// waitForPaint blocks until the browser has painted a frame (an animation
// frame callback, then a timer, so that the paint itself is behind), or
// for at most paintWait where frames do not come (a hidden tab). Outside
// a browser it returns at once.
func waitForPaint() {
	win := app.Window()
	if !app.IsClient || !win.Get("requestAnimationFrame").Truthy() || !win.Get("setTimeout").Truthy() {
		return
	}
	done := make(chan struct{}, 2)
	var frame, timeout app.Func
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		go func() {
			yieldToBrowser()
			done <- struct{}{}
		}()
		return nil
	})
	timeout = app.FuncOf(func(app.Value, []app.Value) any {
		done <- struct{}{}
		return nil
	})
	id := win.Call("requestAnimationFrame", frame)
	tid := win.Call("setTimeout", timeout, paintWait.Milliseconds())
	<-done
	win.Call("cancelAnimationFrame", id)
	win.Call("clearTimeout", tid)
	frame.Release()
	timeout.Release()
}

// paintWait is how long waitForPaint waits for a frame at most.
const paintWait = 100 * time.Millisecond

// afterDraw runs fn once the update under way is drawn and the browser has
// run a task of its own, so that a long release's view and what follows it
// (the annotation workbench taking up the new release) are two tasks, not
// one that holds the page twice as long.
func afterDraw(ctx app.Context, fn func(app.Context)) {
	ctx.Defer(func(ctx app.Context) {
		ctx.Async(func() {
			yieldToBrowser()
			ctx.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				fn(ctx)
			})
		})
	})
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

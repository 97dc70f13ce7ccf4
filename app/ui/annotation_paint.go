package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// afterPaint runs fn on the workbench once the browser has drawn the next
// frame (a timeout queued from an animation frame callback), or at once
// outside a browser. Work that the user does not see, such as encoding a
// document for storage, goes there so that it does not hold back the
// highlight the user is waiting for.
func afterPaint(ctx app.Context, fn func(ctx app.Context)) {
	win := app.Window()
	if !win.Get("requestAnimationFrame").Truthy() || !win.Get("setTimeout").Truthy() {
		fn(ctx)
		return
	}
	var frame, timeout app.Func
	timeout = app.FuncOf(func(app.Value, []app.Value) any {
		timeout.Release()
		ctx.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			fn(ctx)
		})
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		win.Call("setTimeout", timeout, 0)
		return nil
	})
	win.Call("requestAnimationFrame", frame)
}

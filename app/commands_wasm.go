//go:build wasm

package main

// runCommand is never reached in the browser, where app.RunWhenOnBrowser
// runs the app instead; the commands are native only.
func runCommand([]string) int { return 2 }

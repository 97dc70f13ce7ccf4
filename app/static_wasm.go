//go:build wasm

package main

import "errors"

// runBuild is native only: go-app's static site generator does not run in
// the browser.
func runBuild([]string) error {
	return errors.New("build runs natively, not in the browser")
}

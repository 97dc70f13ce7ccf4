package ui

import "pressmark/parser"

//go:generate go test -run ^TestSampleReleaseUpToDate$ . -args -update-sample-release

// sampleParse returns the sample release's parse, which the app shows
// first: sampleRelease, written at build time from parser.Parse(Sample) by
// go generate (sample_release.go; TestSampleReleaseUpToDate fails when it
// no longer matches the parser). Parsed in the browser instead, the first
// render of a first visit compiled and ran most of the parser on cold code
// (its ~800 KB of WebAssembly were a third of what V8 compiled before the
// app was ready); the parser is compiled in the background instead, once
// the first screen is painted (warmParser), before a paste needs it.
//
// The value is the package's own: callers take it once, for the first
// screen, and change nothing in it, as with any parse.
func sampleParse() *parser.Release {
	return &sampleRelease
}

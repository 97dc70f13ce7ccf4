package parser

import (
	"embed"
	"io/fs"
)

// warmupFiles are made-up releases, one per kind of input Pressmark is
// given: a newswire's plain text, hard-wrapped and hyphenated; a
// newswire's Markdown export; a council's web page; a forwarded e-mail; a
// French communiqué. Between them they carry every kind of block,
// boilerplate, contact and entity the parser finds.
//
//go:embed warmup/*
var warmupFiles embed.FS

// WarmupReleases returns made-up press releases that between them take
// Parse through most of its code, in every format it reads, the first
// time each is parsed. A program that runs in a browser can parse them in
// its idle time, so that the engine compiles and optimizes the parser
// before the user's first paste rather than during it (WebAssembly code
// runs unoptimized, and is compiled on its first call, until then).
// Parse detects each one's format. The slices are fresh copies.
func WarmupReleases() [][]byte {
	entries, err := fs.ReadDir(warmupFiles, "warmup")
	if err != nil {
		panic(err) // embedded at build time: cannot fail
	}
	out := make([][]byte, 0, len(entries))
	for _, e := range entries {
		b, err := fs.ReadFile(warmupFiles, "warmup/"+e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, b)
	}
	return out
}

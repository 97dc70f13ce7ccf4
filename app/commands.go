//go:build !wasm

package main

import (
	"fmt"
	"os"
)

const usage = "usage: pressmark parse [FILE...] | serve [-addr ADDR] | build [-out DIR] [-prefix /SUB] | icons [DIR] | wasm [-out FILE] [-names]"

// runCommand runs the native command named by args[0] and returns the
// process exit code.
func runCommand(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "parse":
		return runParse(args[1:], os.Stdin, os.Stdout, os.Stderr)
	case "serve":
		err = runServe(args[1:])
	case "build":
		err = runBuild(args[1:])
	case "icons":
		err = runIcons(args[1:])
	case "wasm":
		err = runWasm(args[1:])
	default:
		fmt.Fprintf(os.Stderr, "pressmark: unknown command %q\n%s\n", args[0], usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pressmark %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

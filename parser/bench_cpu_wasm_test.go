//go:build js || wasip1

package parser

import "time"

// processCPU reports that CPU time cannot be read under WebAssembly.
func processCPU() (time.Duration, bool) { return 0, false }

//go:build !(js && wasm)

package store

// Open returns the browser's store. Outside the browser there is none: it
// returns a Memory store and ErrUnavailable.
func Open() (Store, error) { return &Memory{}, ErrUnavailable }

// OpenJournal returns the browser's journal. Outside the browser there is
// none: it returns nil.
func OpenJournal() Journal { return nil }

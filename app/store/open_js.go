//go:build js && wasm

package store

// Open returns the browser's IndexedDB store or, when it cannot be opened,
// a Memory store with the error, so the app keeps working (and can export)
// while it tells the user their work is not being saved. It blocks: call it
// off the UI goroutine.
func Open() (Store, error) {
	s, err := OpenIndexedDB()
	if err != nil {
		return &Memory{}, err
	}
	return s, nil
}

// OpenJournal returns the browser's journal: localStorage.
func OpenJournal() Journal { return LocalJournal{} }

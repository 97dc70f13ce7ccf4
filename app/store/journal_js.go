//go:build js && wasm

package store

import (
	"fmt"
	"syscall/js"
)

// journalItem is the localStorage item that holds LocalJournal's records.
const journalItem = "pressmark-journal"

// LocalJournal is a Journal in the browser's localStorage, which a page can
// still write synchronously while it is being unloaded.
type LocalJournal struct{}

// Read implements Journal.
func (LocalJournal) Read() (records map[string][]byte, err error) {
	defer catch(&err)
	v := js.Global().Get("localStorage").Call("getItem", journalItem)
	if v.Type() != js.TypeString {
		return nil, nil
	}
	records, err = decodeJournal([]byte(v.String()))
	if err != nil {
		return nil, fmt.Errorf("the changes kept at the last reload cannot be read: %w", err)
	}
	return records, nil
}

// Write implements Journal.
func (LocalJournal) Write(records map[string][]byte) (err error) {
	defer catch(&err)
	ls := js.Global().Get("localStorage")
	if len(records) == 0 {
		ls.Call("removeItem", journalItem)
		return nil
	}
	data, err := encodeJournal(records)
	if err != nil {
		return err
	}
	ls.Call("setItem", journalItem, string(data))
	return nil
}

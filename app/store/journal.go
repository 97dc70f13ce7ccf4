package store

import (
	"encoding/json"
	"maps"
	"sync"
)

// Journal is a small store beside the Store that is written synchronously:
// localStorage in the browser (LocalJournal). A Writer writes to its Store
// in the background, one transaction at a time, so a page reloaded or
// closed a moment after a change would lose the writes still queued or in
// flight. Writer.Journal leaves them here while the page is being hidden;
// Load reads them over the Store's records, and the next Writer writes
// them to the Store and then clears them.
//
// Records are keyed as the Writer keys its writes: "doc:<id>" for a
// document and "meta" for the settings. A nil record is a deleted document.
type Journal interface {
	// Read returns the journal's records.
	Read() (map[string][]byte, error)
	// Write replaces the journal's records; an empty map clears it.
	Write(map[string][]byte) error
}

// Record keys, shared by the Writer's queue and the Journal.
const (
	keyDocPrefix = "doc:"
	keyMeta      = "meta"
)

// encodeJournal returns records as one JSON object, each record's JSON as
// a member's value (null for a deleted document).
func encodeJournal(records map[string][]byte) ([]byte, error) {
	raw := make(map[string]json.RawMessage, len(records))
	for k, v := range records {
		raw[k] = v
	}
	return json.Marshal(raw)
}

// decodeJournal reads what encodeJournal wrote.
func decodeJournal(data []byte) (map[string][]byte, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	records := make(map[string][]byte, len(raw))
	for k, v := range raw {
		if string(v) == "null" {
			v = nil
		}
		records[k] = v
	}
	return records, nil
}

// MemoryJournal is a Journal in memory, for tests. Its zero value is ready
// to use; setting Fail makes every write fail with that error.
type MemoryJournal struct {
	mu      sync.Mutex
	records map[string][]byte
	// Fail, when set, is returned by every write, which then changes nothing.
	Fail error
}

// Read implements Journal.
func (m *MemoryJournal) Read() (map[string][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.records), nil
}

// Write implements Journal. It keeps the records as encodeJournal's JSON
// would give them back.
func (m *MemoryJournal) Write(records map[string][]byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	data, err := encodeJournal(records)
	if err != nil {
		return err
	}
	m.records, err = decodeJournal(data)
	return err
}

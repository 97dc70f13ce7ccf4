// Package store keeps Pressmark's library in the browser: each document as
// one record, written as soon as it changes, and one record of settings
// (the label set and the current document).
//
// Store is the small interface the app writes through. IndexedDB (package
// file idb.go, built for js/wasm only) implements it in the browser; Memory
// implements it everywhere, for tests and as the fallback when the
// browser's storage cannot be opened. Writer serialises writes in the
// background and reports failures, so that a full quota or a private
// window is shown to the user rather than swallowed.
package store

import (
	"errors"
	"fmt"
	"sort"

	"pressmark/app/annotate"
)

// Store holds the encoded records of a library. Methods may block: call
// them off the UI goroutine.
type Store interface {
	// Documents returns every stored document record by ID.
	Documents() (map[string][]byte, error)
	// Meta returns the settings record, or nil when none is stored.
	Meta() ([]byte, error)
	// PutDocument writes a document record.
	PutDocument(id string, data []byte) error
	// DeleteDocument removes a document record; a missing one is no error.
	DeleteDocument(id string) error
	// PutMeta writes the settings record.
	PutMeta(data []byte) error
}

// ErrQuota wraps the error of a write refused because the browser's storage
// quota for the site is used up.
var ErrQuota = errors.New("the browser's storage for this site is full")

// ErrUnavailable wraps the error of a storage that cannot be used at all,
// such as IndexedDB in some private windows.
var ErrUnavailable = errors.New("the browser's storage is not available")

// Load reads a library from s and, when j is not nil, the records j holds
// over s's: those a page left unwritten as it closed (see Journal). Records
// that cannot be decoded are left in the store untouched (a later version
// may read them) and reported in skipped, as is a journal that cannot be
// read; err is set only when the store cannot be read at all.
func Load(s Store, j Journal) (lib *annotate.Library, skipped []error, err error) {
	lib = annotate.NewLibrary()
	meta, err := s.Meta()
	if err != nil {
		return nil, nil, err
	}
	docs, err := s.Documents()
	if err != nil {
		return nil, nil, err
	}
	if j != nil {
		records, err := j.Read()
		if err != nil {
			skipped = append(skipped, err)
		}
		for key, data := range records {
			if id, ok := cutDocKey(key); ok && data == nil {
				delete(docs, id)
			} else if ok {
				if docs == nil {
					docs = map[string][]byte{}
				}
				docs[id] = data
			} else if key == keyMeta && data != nil {
				meta = data
			}
		}
	}
	if meta != nil {
		m, err := annotate.DecodeMeta(meta)
		if err != nil {
			skipped = append(skipped, fmt.Errorf("settings: %w", err))
		} else {
			lib.Labels, lib.CurrentID = m.Labels, m.CurrentID
		}
	}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		d, err := annotate.DecodeDocument(docs[id])
		if err != nil {
			skipped = append(skipped, fmt.Errorf("document %s: %w", id, err))
			continue
		}
		if d.ID != id {
			skipped = append(skipped, fmt.Errorf("document %s: stored under another id (%s)", id, d.ID))
			continue
		}
		lib.Documents = append(lib.Documents, d)
	}
	if lib.Doc(lib.CurrentID) == nil {
		lib.CurrentID = ""
	}
	return lib, skipped, nil
}

//go:build js && wasm

package store

import (
	"fmt"
	"syscall/js"
)

// The IndexedDB layout. Raising dbVersion runs upgrade, which must create
// what a database of any older version lacks.
const (
	dbName    = "pressmark"
	dbVersion = 1
	docStore  = "documents" // key: document ID; value: the document's JSON
	metaStore = "meta"      // key: metaKey; value: the settings' JSON
	metaKey   = "library"
)

// IndexedDB is a Store in the browser's IndexedDB. Its methods block until
// the browser answers: call them off the UI goroutine.
type IndexedDB struct {
	db js.Value
}

// OpenIndexedDB opens the database, creating or upgrading it. It fails
// with ErrUnavailable when the browser refuses storage, as some private
// windows do.
func OpenIndexedDB() (s *IndexedDB, err error) {
	defer catch(&err)
	idb := js.Global().Get("indexedDB")
	if !idb.Truthy() {
		return nil, fmt.Errorf("%w: this browser has no IndexedDB", ErrUnavailable)
	}
	req := idb.Call("open", dbName, dbVersion)
	upgrade := js.FuncOf(func(js.Value, []js.Value) any {
		db := req.Get("result")
		for _, name := range []string{docStore, metaStore} {
			if !db.Get("objectStoreNames").Call("contains", name).Bool() {
				db.Call("createObjectStore", name)
			}
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	db, err := await(req, "onsuccess", "onerror")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return &IndexedDB{db: db}, nil
}

// Documents implements Store.
func (s *IndexedDB) Documents() (docs map[string][]byte, err error) {
	defer catch(&err)
	tx := s.db.Call("transaction", docStore, "readonly")
	os := tx.Call("objectStore", docStore)
	// Both requests are made at once: a transaction with no request
	// pending when the event loop turns commits.
	keysReq := pending(os.Call("getAllKeys"), "onsuccess", "onerror")
	valsReq := pending(os.Call("getAll"), "onsuccess", "onerror")
	keys, err := keysReq()
	vals, err2 := valsReq()
	if err == nil {
		err = err2
	}
	if err != nil {
		return nil, err
	}
	docs = make(map[string][]byte, keys.Length())
	for i := 0; i < keys.Length() && i < vals.Length(); i++ {
		if v := vals.Index(i); v.Type() == js.TypeString {
			docs[keys.Index(i).String()] = []byte(v.String())
		}
	}
	return docs, nil
}

// Meta implements Store.
func (s *IndexedDB) Meta() (data []byte, err error) {
	defer catch(&err)
	tx := s.db.Call("transaction", metaStore, "readonly")
	v, err := await(tx.Call("objectStore", metaStore).Call("get", metaKey), "onsuccess", "onerror")
	if err != nil || v.Type() != js.TypeString {
		return nil, err
	}
	return []byte(v.String()), nil
}

// PutDocument implements Store.
func (s *IndexedDB) PutDocument(id string, data []byte) error {
	return s.write(docStore, func(os js.Value) { os.Call("put", string(data), id) })
}

// DeleteDocument implements Store.
func (s *IndexedDB) DeleteDocument(id string) error {
	return s.write(docStore, func(os js.Value) { os.Call("delete", id) })
}

// PutMeta implements Store.
func (s *IndexedDB) PutMeta(data []byte) error {
	return s.write(metaStore, func(os js.Value) { os.Call("put", string(data), metaKey) })
}

// write runs fn in a read-write transaction on one object store and waits
// until the transaction has committed: only then is the data on disk, and
// only then does a full quota show (the transaction aborts).
func (s *IndexedDB) write(store string, fn func(js.Value)) (err error) {
	defer catch(&err)
	tx := s.db.Call("transaction", store, "readwrite")
	// Make the request first: when it throws (a full quota can), no
	// handler is left behind. Events fire only once this goroutine waits.
	fn(tx.Call("objectStore", store))
	done := make(chan error, 1)
	complete := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	fail := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case done <- domError(tx.Get("error")):
		default: // error then abort: the first one counts
		}
		return nil
	})
	defer complete.Release()
	defer fail.Release()
	tx.Set("oncomplete", complete)
	tx.Set("onerror", fail)
	tx.Set("onabort", fail)
	return <-done
}

// await waits for a request's success or error event and returns its
// result or error.
func await(req js.Value, success, failure string) (js.Value, error) {
	return pending(req, success, failure)()
}

// pending listens for a request's success or error event at once and
// returns a function that waits for it.
func pending(req js.Value, success, failure string) func() (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(js.Value, []js.Value) any { ch <- result{v: req.Get("result")}; return nil })
	bad := js.FuncOf(func(js.Value, []js.Value) any { ch <- result{err: domError(req.Get("error"))}; return nil })
	req.Set(success, ok)
	req.Set(failure, bad)
	return func() (js.Value, error) {
		r := <-ch
		ok.Release()
		bad.Release()
		return r.v, r.err
	}
}

// domError turns a DOMException into an error; a QuotaExceededError wraps
// ErrQuota.
func domError(v js.Value) error {
	if !v.Truthy() {
		return fmt.Errorf("the storage operation failed")
	}
	name, msg := v.Get("name").String(), v.Get("message").String()
	if name == "QuotaExceededError" {
		return fmt.Errorf("%w (%s)", ErrQuota, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// catch turns a panic from a JavaScript exception into an error; a
// QuotaExceededError wraps ErrQuota.
func catch(err *error) {
	if r := recover(); r != nil {
		if e, ok := r.(js.Error); ok && e.Value.Truthy() && e.Value.Get("name").String() == "QuotaExceededError" {
			*err = domError(e.Value)
			return
		}
		*err = fmt.Errorf("%w: %v", ErrUnavailable, r)
	}
}

package store

import (
	"fmt"
	"maps"
	"sync"

	"pressmark/app/annotate"
)

// Writer writes a library's changes to a Store in the background, in the
// order they were made. SaveDocument and SaveMeta take a snapshot at once
// (a shallow copy: cheap) and encode it in the background, so that the UI
// never waits for JSON or storage; a write still queued for the same record
// is replaced by the newer one. Every failure is passed to the report
// function given to NewWriter, and the next write is still attempted, so
// that the work stays in memory and is saved again once storage recovers.
//
// Given a Journal, the Writer also keeps what it has not yet written from
// being lost with the page: Journal writes the queued and in-flight
// records there synchronously, and each is cleared from it once the Store
// holds that state or a newer one.
type Writer struct {
	s       Store
	journal Journal // nil: none
	report  func(error)

	mu       sync.Mutex
	queue    []op
	inflight *op // the write being made, if any
	seq      uint64
	busy     bool
	idle     *sync.Cond
	// journaled are the records in the journal, with the seq of the write
	// whose state each holds. Guarded by mu.
	journaled map[string]journaled

	// failing is whether the last write failed; enc encodes documents,
	// remembering their annotations' JSON. Only run touches them.
	failing bool
	enc     annotate.DocumentEncoder
}

// journaled is one record of the journal.
type journaled struct {
	seq  uint64
	data []byte // nil: a deleted document
}

// NewWriter returns a Writer to s. report is called, from the writer's
// goroutine, with each failed write's error, and with nil after a write
// succeeds following a failure.
//
// j, when not nil, is the Journal the Writer keeps unwritten records in.
// The records it holds already, left by an earlier page, are written to s
// at once, then cleared from j: Load has read them over s's, so they are
// the library's latest state.
func NewWriter(s Store, j Journal, report func(error)) *Writer {
	w := &Writer{s: s, journal: j, report: report, journaled: map[string]journaled{}}
	w.idle = sync.NewCond(&w.mu)
	if j == nil {
		return w
	}
	records, err := j.Read()
	if err != nil {
		// Load reported it; the journal is left as it is.
		return w
	}
	var start bool
	w.mu.Lock()
	for key, data := range records {
		o := w.recordOp(key, data)
		if o.put == nil {
			continue // not a key this version writes: left alone
		}
		o = w.enqueueLocked(o)
		w.journaled[key] = journaled{seq: o.seq, data: data}
		start = true
	}
	w.busy = start
	w.mu.Unlock()
	if start {
		go w.run()
	}
	return w
}

// op is a queued write of one record.
type op struct {
	key string // keyDocPrefix+id or keyMeta
	seq uint64 // the order the writes were asked for, from 1
	// encode returns the record to write (nil to delete a document), with
	// enc, an encoder that may remember earlier documents' annotations.
	encode func(enc *annotate.DocumentEncoder) ([]byte, error)
	put    func(data []byte) error
}

// SaveDocument queues the write of d's current state.
func (w *Writer) SaveDocument(d *annotate.Document) {
	snap := d.Clone()
	w.enqueue(op{
		key: keyDocPrefix + d.ID,
		encode: func(enc *annotate.DocumentEncoder) ([]byte, error) {
			data, err := enc.Encode(snap)
			if err != nil {
				return nil, fmt.Errorf("document %q cannot be encoded: %w", snap.ID, err)
			}
			return data, nil
		},
		put: func(data []byte) error { return w.s.PutDocument(snap.ID, data) },
	})
}

// DeleteDocument queues the removal of document id.
func (w *Writer) DeleteDocument(id string) {
	w.enqueue(op{
		key:    keyDocPrefix + id,
		encode: func(*annotate.DocumentEncoder) ([]byte, error) { return nil, nil },
		put:    func([]byte) error { return w.s.DeleteDocument(id) },
	})
}

// SaveMeta queues the write of the library's settings.
func (w *Writer) SaveMeta(lib *annotate.Library) {
	m := lib.Meta()
	w.enqueue(op{
		key:    keyMeta,
		encode: func(*annotate.DocumentEncoder) ([]byte, error) { return annotate.EncodeMeta(m) },
		put:    w.s.PutMeta,
	})
}

// recordOp returns the write of a record as the journal holds it, already
// encoded; its put is nil for a key this version does not know.
func (w *Writer) recordOp(key string, data []byte) op {
	o := op{key: key, encode: func(*annotate.DocumentEncoder) ([]byte, error) { return data, nil }}
	switch id, isDoc := cutDocKey(key); {
	case key == keyMeta && data != nil:
		o.put = w.s.PutMeta
	case isDoc && data == nil:
		o.put = func([]byte) error { return w.s.DeleteDocument(id) }
	case isDoc:
		o.put = func(data []byte) error { return w.s.PutDocument(id, data) }
	}
	return o
}

// cutDocKey returns the document ID of a document record's key.
func cutDocKey(key string) (id string, ok bool) {
	if len(key) > len(keyDocPrefix) && key[:len(keyDocPrefix)] == keyDocPrefix {
		return key[len(keyDocPrefix):], true
	}
	return "", false
}

// SaveChanges queues what changes touched: documents written or deleted,
// and the settings when the labels changed.
func (w *Writer) SaveChanges(lib *annotate.Library, changes []annotate.Change) {
	write, remove, labels := lib.Touched(changes)
	for _, d := range write {
		w.SaveDocument(d)
	}
	for _, id := range remove {
		w.DeleteDocument(id)
	}
	if labels {
		w.SaveMeta(lib)
	}
}

// Flush waits until every queued write has been attempted.
func (w *Writer) Flush() {
	w.mu.Lock()
	for w.busy || len(w.queue) > 0 {
		w.idle.Wait()
	}
	w.mu.Unlock()
}

// Journal writes every record not yet in the Store, queued or being
// written, to the journal, synchronously: call it when the page is being
// hidden or unloaded, from the browser's event handler itself. It encodes
// them with an encoder of its own, so it may run while the writer's
// goroutine waits for the Store. Without a journal, or with nothing
// unwritten, it does nothing.
func (w *Writer) Journal() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.journal == nil {
		return nil
	}
	unwritten := w.queue
	if w.inflight != nil {
		unwritten = append([]op{*w.inflight}, unwritten...)
	}
	if len(unwritten) == 0 {
		return nil
	}
	var enc annotate.DocumentEncoder
	records := make(map[string]journaled, len(w.journaled)+len(unwritten))
	maps.Copy(records, w.journaled)
	for _, o := range unwritten {
		data, err := o.encode(&enc)
		if err != nil {
			return err
		}
		if prev, ok := records[o.key]; !ok || prev.seq < o.seq {
			records[o.key] = journaled{seq: o.seq, data: data}
		}
	}
	if err := w.journal.Write(journalData(records)); err != nil {
		return fmt.Errorf("the changes not yet saved could not be kept for the next visit: %w", err)
	}
	w.journaled = records
	return nil
}

// written clears key from the journal once the Store holds the state of
// the write seq, or a newer one. Called with mu held.
func (w *Writer) written(key string, seq uint64) {
	j, ok := w.journaled[key]
	if !ok || j.seq > seq {
		return
	}
	delete(w.journaled, key)
	if err := w.journal.Write(journalData(w.journaled)); err != nil {
		w.journaled[key] = j // still there: cleared after the next write
	}
}

func journalData(records map[string]journaled) map[string][]byte {
	data := make(map[string][]byte, len(records))
	for k, r := range records {
		data[k] = r.data
	}
	return data
}

func (w *Writer) enqueue(o op) {
	w.mu.Lock()
	w.enqueueLocked(o)
	start := !w.busy
	w.busy = true
	w.mu.Unlock()
	if start {
		go w.run()
	}
}

// enqueueLocked numbers o and queues it, in place of a queued write of the
// same record, and returns it numbered. Called with mu held; the caller
// starts run unless the writer is busy.
func (w *Writer) enqueueLocked(o op) op {
	w.seq++
	o.seq = w.seq
	for i := range w.queue {
		if w.queue[i].key == o.key {
			w.queue[i] = o // the newer state of the same record
			return o
		}
	}
	w.queue = append(w.queue, o)
	return o
}

func (w *Writer) run() {
	for {
		w.mu.Lock()
		if len(w.queue) == 0 {
			w.busy = false
			w.idle.Broadcast()
			w.mu.Unlock()
			return
		}
		next := w.queue[0]
		w.queue = w.queue[1:]
		w.inflight = &next
		w.mu.Unlock()

		data, err := next.encode(&w.enc)
		if err == nil {
			err = next.put(data)
		}

		w.mu.Lock()
		w.inflight = nil
		if err == nil {
			w.written(next.key, next.seq)
		}
		w.mu.Unlock()
		switch {
		case err != nil:
			w.failing = true
			if w.report != nil {
				w.report(err)
			}
		case w.failing:
			w.failing = false
			if w.report != nil {
				w.report(nil)
			}
		}
	}
}

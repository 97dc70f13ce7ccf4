package store

import (
	"fmt"
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
type Writer struct {
	s      Store
	report func(error)
	mu     sync.Mutex
	queue  []op
	busy   bool
	idle   *sync.Cond
	// failing is whether the last write failed; enc encodes documents,
	// remembering their annotations' JSON. Only run touches them.
	failing bool
	enc     annotate.DocumentEncoder
}

// NewWriter returns a Writer to s. report is called, from the writer's
// goroutine, with each failed write's error, and with nil after a write
// succeeds following a failure.
func NewWriter(s Store, report func(error)) *Writer {
	w := &Writer{s: s, report: report}
	w.idle = sync.NewCond(&w.mu)
	return w
}

// op is a queued write of one record.
type op struct {
	key string // "doc:<id>" or "meta"
	run func() error
}

// SaveDocument queues the write of d's current state.
func (w *Writer) SaveDocument(d *annotate.Document) {
	snap := d.Clone()
	w.enqueue(op{"doc:" + d.ID, func() error {
		data, err := w.enc.Encode(snap)
		if err != nil {
			return fmt.Errorf("document %q cannot be encoded: %w", snap.ID, err)
		}
		return w.s.PutDocument(snap.ID, data)
	}})
}

// DeleteDocument queues the removal of document id.
func (w *Writer) DeleteDocument(id string) {
	w.enqueue(op{"doc:" + id, func() error { return w.s.DeleteDocument(id) }})
}

// SaveMeta queues the write of the library's settings.
func (w *Writer) SaveMeta(lib *annotate.Library) {
	m := lib.Meta()
	w.enqueue(op{"meta", func() error {
		data, err := annotate.EncodeMeta(m)
		if err != nil {
			return err
		}
		return w.s.PutMeta(data)
	}})
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

func (w *Writer) enqueue(o op) {
	w.mu.Lock()
	replaced := false
	for i := range w.queue {
		if w.queue[i].key == o.key {
			w.queue[i] = o // the newer state of the same record
			replaced = true
			break
		}
	}
	if !replaced {
		w.queue = append(w.queue, o)
	}
	start := !w.busy
	w.busy = true
	w.mu.Unlock()
	if start {
		go w.run()
	}
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
		w.mu.Unlock()
		err := next.run()
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

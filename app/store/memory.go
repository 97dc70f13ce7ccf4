package store

import (
	"maps"
	"sync"
)

// Memory is a Store in memory. Its zero value is ready to use. Setting Fail
// makes every write fail with that error, as a full disk would.
type Memory struct {
	mu   sync.Mutex
	docs map[string][]byte
	meta []byte
	// Fail, when set, is returned by every write, which then changes nothing.
	Fail error
}

// Documents implements Store.
func (m *Memory) Documents() (map[string][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.docs), nil
}

// Meta implements Store.
func (m *Memory) Meta() ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.meta, nil
}

// PutDocument implements Store.
func (m *Memory) PutDocument(id string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	if m.docs == nil {
		m.docs = map[string][]byte{}
	}
	m.docs[id] = append([]byte(nil), data...)
	return nil
}

// DeleteDocument implements Store.
func (m *Memory) DeleteDocument(id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	delete(m.docs, id)
	return nil
}

// PutMeta implements Store.
func (m *Memory) PutMeta(data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.Fail != nil {
		return m.Fail
	}
	m.meta = append([]byte(nil), data...)
	return nil
}

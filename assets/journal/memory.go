package journal

import (
	"context"
	"slices"
	"sync"
	"time"
)

// MemoryStore is a Store held in memory: the same semantics as FileStore
// minus durability, and its locks only exclude users of the same
// MemoryStore value. Use it in tests and short-lived programs. It is safe
// for concurrent use.
type MemoryStore struct {
	mu      sync.Mutex
	entries map[string]*Entry
	closed  bool
	locks   keyMutex
}

var _ Store = (*MemoryStore)(nil)

// NewMemory returns an empty in-memory store.
func NewMemory() *MemoryStore {
	return &MemoryStore{entries: make(map[string]*Entry)}
}

func (s *MemoryStore) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed {
		return ErrClosed
	}
	return nil
}

// Get implements Store.
func (s *MemoryStore) Get(ctx context.Context, key string) (*Entry, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	e, ok := s.entries[key]
	if !ok || e.Expired(now()) {
		return nil, notFound(key)
	}
	return e.Clone(), nil
}

// Create implements Store.
func (s *MemoryStore) Create(ctx context.Context, e *Entry) error {
	return s.write(ctx, e, ruleCreate)
}

// Put implements Store.
func (s *MemoryStore) Put(ctx context.Context, e *Entry) error {
	return s.write(ctx, e, rulePut)
}

// write applies rule to a copy of e and the stored entry, then stores the
// copy and updates e.
func (s *MemoryStore) write(ctx context.Context, e *Entry, rule func(c, stored *Entry, t time.Time) error) error {
	c, err := prepare(e)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx); err != nil {
		return err
	}
	if err := rule(c, s.entries[c.Key], now()); err != nil {
		return err
	}
	s.entries[c.Key] = c
	*e = *c.Clone()
	return nil
}

// Delete implements Store.
func (s *MemoryStore) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx); err != nil {
		return err
	}
	if _, ok := s.entries[key]; !ok {
		return notFound(key)
	}
	delete(s.entries, key)
	return nil
}

// List implements Store.
func (s *MemoryStore) List(ctx context.Context, f Filter) ([]*Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	t := now()
	var out []*Entry
	for _, e := range s.entries {
		if !e.Expired(t) && f.match(e) {
			out = append(out, e.Clone())
		}
	}
	slices.SortFunc(out, less)
	return out, nil
}

// Prune implements Store.
func (s *MemoryStore) Prune(ctx context.Context) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.begin(ctx); err != nil {
		return 0, err
	}
	t := now()
	n := 0
	for k, e := range s.entries {
		if e.Expired(t) {
			delete(s.entries, k)
			n++
		}
	}
	return n, nil
}

// Lock implements Store.
func (s *MemoryStore) Lock(ctx context.Context, key string) (func() error, error) {
	if err := s.checkLock(ctx, key); err != nil {
		return nil, err
	}
	release, err := s.locks.lock(ctx, key)
	if err != nil {
		return nil, err
	}
	return onceErr(func() error { release(); return nil }), nil
}

// TryLock is Lock without waiting: it returns ErrLocked when key is held.
func (s *MemoryStore) TryLock(ctx context.Context, key string) (func() error, error) {
	if err := s.checkLock(ctx, key); err != nil {
		return nil, err
	}
	release, ok := s.locks.tryLock(key)
	if !ok {
		return nil, lockedErr(key)
	}
	return onceErr(func() error { release(); return nil }), nil
}

func (s *MemoryStore) checkLock(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.begin(ctx)
}

// Close implements Store. Later calls return ErrClosed; entries are dropped.
func (s *MemoryStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.entries = nil
	return nil
}

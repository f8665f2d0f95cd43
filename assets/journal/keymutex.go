package journal

import (
	"context"
	"sync"
)

// keyMutex is a set of context-aware mutexes, one per name, created on
// demand and dropped when nobody holds or waits for them.
type keyMutex struct {
	mu sync.Mutex
	m  map[string]*keySlot
}

type keySlot struct {
	ch   chan struct{} // holds one token while locked
	refs int           // holders and waiters
}

func (k *keyMutex) slot(name string) *keySlot {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil {
		k.m = make(map[string]*keySlot)
	}
	s := k.m[name]
	if s == nil {
		s = &keySlot{ch: make(chan struct{}, 1)}
		k.m[name] = s
	}
	s.refs++
	return s
}

func (k *keyMutex) drop(name string, s *keySlot) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s.refs--
	if s.refs == 0 {
		delete(k.m, name)
	}
}

// lock waits for name until ctx is done. The returned func releases it and
// must be called exactly once.
func (k *keyMutex) lock(ctx context.Context, name string) (func(), error) {
	s := k.slot(name)
	select {
	case s.ch <- struct{}{}:
	default:
		select {
		case s.ch <- struct{}{}:
		case <-ctx.Done():
			k.drop(name, s)
			return nil, ctx.Err()
		}
	}
	return func() {
		<-s.ch
		k.drop(name, s)
	}, nil
}

// tryLock is lock without waiting; ok is false when name is held.
func (k *keyMutex) tryLock(name string) (release func(), ok bool) {
	s := k.slot(name)
	select {
	case s.ch <- struct{}{}:
		return func() {
			<-s.ch
			k.drop(name, s)
		}, true
	default:
		k.drop(name, s)
		return nil, false
	}
}

// onceErr wraps an unlock so that only its first call acts.
func onceErr(f func() error) func() error {
	var once sync.Once
	return func() error {
		var err error
		once.Do(func() { err = f() })
		return err
	}
}

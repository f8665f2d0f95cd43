package journal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/pgtest"
)

type storeKind struct {
	name string
	open func(t testing.TB) Store
}

func storeKinds() []storeKind {
	return []storeKind{
		{"memory", func(t testing.TB) Store {
			s := NewMemory()
			t.Cleanup(func() { _ = s.Close() })
			return s
		}},
		{"file", func(t testing.TB) Store {
			s, err := Open(t.TempDir())
			require.NoError(t, err)
			t.Cleanup(func() { _ = s.Close() })
			return s
		}},
		{"postgres", func(t testing.TB) Store { return openPostgres(t, pgtest.URL(t)) }},
	}
}

// openPostgres opens a PostgresStore at url, closed when t ends.
func openPostgres(t testing.TB, url string) *PostgresStore {
	t.Helper()
	s, err := OpenPostgres(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// TestContract runs the semantics every Store shares against each store.
func TestContract(t *testing.T) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Store)
	}{
		{"CreateGet", testCreateGet},
		{"Invalid", testInvalid},
		{"PutCAS", testPutCAS},
		{"ConcurrentCAS", testConcurrentCAS},
		{"Delete", testDelete},
		{"ListFilterOrder", testList},
		{"TTLPrune", testTTL},
		{"LockExclusion", testLockExclusion},
		{"LockTimeout", testLockTimeout},
		{"Cancelled", testCancelled},
		{"Closed", testClosed},
		{"Claim", testClaim},
		{"OddKeys", testOddKeys},
	}
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					t.Parallel()
					tc.fn(t, k.open(t))
				})
			}
		})
	}
}

func testCreateGet(t *testing.T, s Store) {
	ctx := t.Context()
	before := time.Now()
	e := &Entry{Key: "publish/ä/1", Flow: "publish", Status: "PENDING", Payload: json.RawMessage(`{ "tx" : "0x01" }`)}
	require.NoError(t, s.Create(ctx, e))
	assert.Equal(t, uint64(1), e.Version)
	assert.JSONEq(t, `{"tx":"0x01"}`, string(e.Payload))
	assert.Equal(t, `{"tx":"0x01"}`, string(e.Payload), "payload is compacted")
	assert.False(t, e.CreatedAt.Before(before.Add(-time.Second)))
	assert.Equal(t, e.CreatedAt, e.UpdatedAt)

	got, err := s.Get(ctx, e.Key)
	require.NoError(t, err)
	assert.Equal(t, e, got)

	// The returned entry is a copy.
	got.Payload[0] = 'X'
	again, err := s.Get(ctx, e.Key)
	require.NoError(t, err)
	assert.Equal(t, e.Payload, again.Payload)

	err = s.Create(ctx, &Entry{Key: e.Key, Flow: "publish"})
	require.ErrorIs(t, err, ErrExists)

	_, err = s.Get(ctx, "missing")
	require.ErrorIs(t, err, ErrNotFound)

	// A caller-given CreatedAt is kept; Version given to Create is ignored.
	created := time.Date(2024, 1, 2, 3, 4, 5, 6, time.FixedZone("x", 3600))
	old := &Entry{Key: "imported", Flow: "order", CreatedAt: created, Version: 7}
	require.NoError(t, s.Create(ctx, old))
	assert.Equal(t, uint64(1), old.Version)
	assert.True(t, old.CreatedAt.Equal(created))
	got, err = s.Get(ctx, "imported")
	require.NoError(t, err)
	assert.Equal(t, old, got)
}

func testInvalid(t *testing.T, s Store) {
	ctx := t.Context()
	for name, e := range map[string]*Entry{
		"nil":        nil,
		"empty key":  {},
		"long key":   {Key: strings.Repeat("k", MaxKeyLen+1)},
		"bad utf8":   {Key: "a\xffb"},
		"bad json":   {Key: "k", Payload: json.RawMessage(`{"a":`)},
		"two values": {Key: "k", Payload: json.RawMessage(`1 2`)},
	} {
		require.ErrorIs(t, s.Create(ctx, e), ErrInvalid, name)
		require.ErrorIs(t, s.Put(ctx, e), ErrInvalid, name)
	}
	_, err := s.Get(ctx, "")
	require.ErrorIs(t, err, ErrInvalid)
	_, err = s.Lock(ctx, strings.Repeat("k", MaxKeyLen+1))
	require.ErrorIs(t, err, ErrInvalid)
	require.ErrorIs(t, s.Delete(ctx, "\xff"), ErrInvalid)

	// The longest key is fine.
	require.NoError(t, s.Create(ctx, &Entry{Key: strings.Repeat("é", MaxKeyLen/2)}))
}

func testPutCAS(t *testing.T, s Store) {
	ctx := t.Context()
	require.ErrorIs(t, s.Put(ctx, &Entry{Key: "k", Version: 1}), ErrNotFound)

	e := &Entry{Key: "k", Flow: "publish", Status: "PENDING"}
	require.NoError(t, s.Create(ctx, e))
	created := e.CreatedAt
	stale := e.Clone()

	e.Status, e.Retries, e.Error = "NFT_CREATED", 1, "boom"
	e.Payload = json.RawMessage(`{"nft":"0xabc"}`)
	e.CreatedAt = time.Time{} // ignored by Put
	require.NoError(t, s.Put(ctx, e))
	assert.Equal(t, uint64(2), e.Version)
	assert.Equal(t, created, e.CreatedAt)
	assert.False(t, e.UpdatedAt.Before(created))

	got, err := s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Equal(t, e, got)

	stale.Status = "FAILED"
	err = s.Put(ctx, stale)
	require.ErrorIs(t, err, ErrConflict)
	assert.Equal(t, uint64(1), stale.Version, "a failed Put leaves the entry alone")
	got, err = s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Equal(t, "NFT_CREATED", got.Status)

	// Clearing the payload is a write like any other.
	got.Payload = nil
	require.NoError(t, s.Put(ctx, got))
	got, err = s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Nil(t, got.Payload)
	assert.Equal(t, uint64(3), got.Version)
}

func testConcurrentCAS(t *testing.T, s Store) {
	ctx := t.Context()
	require.NoError(t, s.Create(ctx, &Entry{Key: "race"}))
	const writers = 8
	var wins, conflicts atomic.Int32
	var wg sync.WaitGroup
	for i := range writers {
		wg.Go(func() {
			e := &Entry{Key: "race", Status: fmt.Sprint(i), Version: 1}
			switch err := s.Put(ctx, e); {
			case err == nil:
				wins.Add(1)
			case errors.Is(err, ErrConflict):
				conflicts.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, int32(1), wins.Load())
	assert.Equal(t, int32(writers-1), conflicts.Load())
	got, err := s.Get(ctx, "race")
	require.NoError(t, err)
	assert.Equal(t, uint64(2), got.Version)
}

func testDelete(t *testing.T, s Store) {
	ctx := t.Context()
	require.ErrorIs(t, s.Delete(ctx, "k"), ErrNotFound)
	require.NoError(t, s.Create(ctx, &Entry{Key: "k"}))
	require.NoError(t, s.Delete(ctx, "k"))
	_, err := s.Get(ctx, "k")
	require.ErrorIs(t, err, ErrNotFound)
	require.ErrorIs(t, s.Delete(ctx, "k"), ErrNotFound)
	// The key can be created again, from version 1.
	e := &Entry{Key: "k"}
	require.NoError(t, s.Create(ctx, e))
	assert.Equal(t, uint64(1), e.Version)
}

func testList(t *testing.T, s Store) {
	ctx := t.Context()
	base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	in := []*Entry{
		{Key: "c", Flow: "publish", Status: "DONE", CreatedAt: base.Add(3 * time.Second)},
		{Key: "a", Flow: "order", Status: "PENDING", CreatedAt: base.Add(1 * time.Second)},
		{Key: "b2", Flow: "publish", Status: "PENDING", CreatedAt: base.Add(2 * time.Second)},
		{Key: "b1", Flow: "publish", Status: "PENDING", CreatedAt: base.Add(2 * time.Second)},
		{Key: "gone", Flow: "publish", Status: "PENDING", CreatedAt: base, ExpiresAt: base},
	}
	for _, e := range in {
		require.NoError(t, s.Create(ctx, e))
	}
	keys := func(f Filter) []string {
		t.Helper()
		es, err := s.List(ctx, f)
		require.NoError(t, err)
		var out []string
		for _, e := range es {
			out = append(out, e.Key)
		}
		return out
	}
	assert.Equal(t, []string{"a", "b1", "b2", "c"}, keys(Filter{}))
	assert.Equal(t, []string{"b1", "b2", "c"}, keys(Filter{Flow: "publish"}))
	assert.Equal(t, []string{"a", "b1", "b2"}, keys(Filter{Status: "PENDING"}))
	assert.Equal(t, []string{"b1", "b2"}, keys(Filter{Flow: "publish", Status: "PENDING"}))
	assert.Nil(t, keys(Filter{Flow: "compute"}))

	es, err := s.List(ctx, Filter{Flow: "order"})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, in[1], es[0])
}

func testTTL(t *testing.T, s Store) {
	ctx := t.Context()
	past := time.Now().Add(-time.Minute)
	future := time.Now().Add(time.Hour)
	require.NoError(t, s.Create(ctx, &Entry{Key: "expired", ExpiresAt: past}))
	require.NoError(t, s.Create(ctx, &Entry{Key: "expired2", ExpiresAt: past}))
	require.NoError(t, s.Create(ctx, &Entry{Key: "later", ExpiresAt: future}))
	require.NoError(t, s.Create(ctx, &Entry{Key: "never"}))

	_, err := s.Get(ctx, "expired")
	require.ErrorIs(t, err, ErrNotFound)
	require.ErrorIs(t, s.Put(ctx, &Entry{Key: "expired", Version: 1}), ErrNotFound)
	later, err := s.Get(ctx, "later")
	require.NoError(t, err)
	assert.True(t, later.ExpiresAt.Equal(future))

	// Create replaces an expired entry.
	e := &Entry{Key: "expired2", Status: "NEW"}
	require.NoError(t, s.Create(ctx, e))
	assert.Equal(t, uint64(1), e.Version)

	n, err := s.Prune(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	n, err = s.Prune(ctx)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	require.ErrorIs(t, s.Delete(ctx, "expired"), ErrNotFound)

	es, err := s.List(ctx, Filter{})
	require.NoError(t, err)
	assert.Len(t, es, 3)

	// Put can make an entry expire.
	later.ExpiresAt = past
	require.NoError(t, s.Put(ctx, later))
	_, err = s.Get(ctx, "later")
	require.ErrorIs(t, err, ErrNotFound)
	n, err = s.Prune(ctx)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
}

func testLockExclusion(t *testing.T, s Store) {
	ctx := t.Context()
	const workers, rounds = 6, 20
	var inside atomic.Int32
	counter := 0 // guarded by the journal lock only: -race reports a broken lock
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range rounds {
				unlock, err := s.Lock(ctx, "shared")
				if !assert.NoError(t, err) {
					return
				}
				if n := inside.Add(1); n != 1 {
					t.Errorf("%d holders at once", n)
				}
				counter++
				inside.Add(-1)
				assert.NoError(t, unlock())
			}
		})
	}
	wg.Wait()
	assert.Equal(t, workers*rounds, counter)

	// Different keys do not exclude each other; unlock twice is harmless.
	u1, err := s.Lock(ctx, "k1")
	require.NoError(t, err)
	u2, err := s.Lock(ctx, "k2")
	require.NoError(t, err)
	require.NoError(t, u1())
	require.NoError(t, u1())
	require.NoError(t, u2())
}

func testLockTimeout(t *testing.T, s Store) {
	unlock, err := s.Lock(t.Context(), "held")
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Millisecond)
	defer cancel()
	_, err = s.Lock(ctx, "held")
	require.ErrorIs(t, err, context.DeadlineExceeded)

	_, err = s.(TryLocker).TryLock(t.Context(), "held")
	require.ErrorIs(t, err, ErrLocked)

	// A waiter gets the lock once it is released.
	got := make(chan error, 1)
	go func() {
		u, err := s.Lock(t.Context(), "held")
		if err == nil {
			err = u()
		}
		got <- err
	}()
	require.NoError(t, unlock())
	require.NoError(t, <-got)

	u, err := s.(TryLocker).TryLock(t.Context(), "held")
	require.NoError(t, err)
	require.NoError(t, u())
}

func testCancelled(t *testing.T, s Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	require.ErrorIs(t, s.Create(ctx, &Entry{Key: "k"}), context.Canceled)
	require.NoError(t, s.Create(t.Context(), &Entry{Key: "k"}))
	_, err := s.Get(ctx, "k")
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorIs(t, s.Put(ctx, &Entry{Key: "k", Version: 1}), context.Canceled)
	require.ErrorIs(t, s.Delete(ctx, "k"), context.Canceled)
	_, err = s.List(ctx, Filter{})
	require.ErrorIs(t, err, context.Canceled)
	_, err = s.Prune(ctx)
	require.ErrorIs(t, err, context.Canceled)
	_, err = s.Lock(ctx, "k")
	require.ErrorIs(t, err, context.Canceled)
}

func testClosed(t *testing.T, s Store) {
	ctx := t.Context()
	unlock, err := s.Lock(ctx, "k")
	require.NoError(t, err)
	require.NoError(t, s.Close())
	_, err = s.Get(ctx, "k")
	require.ErrorIs(t, err, ErrClosed)
	require.ErrorIs(t, s.Create(ctx, &Entry{Key: "k"}), ErrClosed)
	_, err = s.Lock(ctx, "k")
	require.ErrorIs(t, err, ErrClosed)
	require.NoError(t, unlock())
}

func testClaim(t *testing.T, s Store) {
	ctx := t.Context()
	release, err := Claim(ctx, s, "work")
	require.NoError(t, err)
	_, err = Claim(ctx, s, "work")
	require.ErrorIs(t, err, ErrLocked, "a claimed key cannot be claimed again")
	lctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	_, err = s.Lock(lctx, "work")
	cancel()
	require.ErrorIs(t, err, context.DeadlineExceeded, "a claim is the key's lock")
	other, err := Claim(ctx, s, "other")
	require.NoError(t, err)
	require.NoError(t, release())
	again, err := Claim(ctx, s, "work")
	require.NoError(t, err)
	require.NoError(t, again())
	require.NoError(t, other())

	// Of many replicas claiming the same keys at once, one wins each key.
	const replicas, keys = 6, 5
	var mu sync.Mutex
	won := map[string]int{}
	var wg sync.WaitGroup
	var releases []func() error
	for range replicas {
		wg.Go(func() {
			for k := range keys {
				key := fmt.Sprint("job-", k)
				rel, err := Claim(ctx, s, key)
				if errors.Is(err, ErrLocked) {
					continue
				}
				if !assert.NoError(t, err) {
					return
				}
				mu.Lock()
				won[key]++
				releases = append(releases, rel)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for k := range keys {
		assert.Equal(t, 1, won[fmt.Sprint("job-", k)])
	}
	for _, rel := range releases {
		require.NoError(t, rel())
	}
}

func testOddKeys(t *testing.T, s Store) {
	ctx := t.Context()
	for _, key := range []string{"../x", "/", "a\x00b", "\x00", "é/€/𝄞", strings.Repeat("z", MaxKeyLen)} {
		e := &Entry{Key: key, Flow: "f", Error: "line\nwith\x00nul"}
		require.NoError(t, s.Create(ctx, e), "%q", key)
		got, err := s.Get(ctx, key)
		require.NoError(t, err, "%q", key)
		assert.Equal(t, e, got)
		unlock, err := s.Lock(ctx, key)
		require.NoError(t, err)
		require.NoError(t, unlock())
	}
	es, err := s.List(ctx, Filter{Flow: "f"})
	require.NoError(t, err)
	assert.Len(t, es, 6)
	require.NoError(t, s.Delete(ctx, "a\x00b"))
	_, err = s.Get(ctx, "a")
	require.ErrorIs(t, err, ErrNotFound, "keys are not cut at NUL")
	require.ErrorIs(t, s.Create(ctx, &Entry{Key: "k", Flow: "a\x00"}), ErrInvalid)
	require.ErrorIs(t, s.Create(ctx, &Entry{Key: "k", Status: "\xff"}), ErrInvalid)
}

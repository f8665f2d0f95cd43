package journal

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxKeyLen is the largest accepted key, in bytes.
const MaxKeyLen = 200

// Entry is one flow's record. It mirrors the orchestration cache table of
// OEP-14: an idempotency key, the flow and its current step, retries, the
// last error, flow-defined state, times and an expiry.
type Entry struct {
	// Key is the caller-chosen idempotency key: non-empty, at most
	// MaxKeyLen bytes, valid UTF-8. Stores never use it as a file name.
	Key string
	// Flow names the flow: "publish", "order", "download", "compute", ...
	Flow string
	// Status is the flow-defined step, e.g. "PENDING", "NFT_CREATED",
	// "METADATA_SET", "INDEXED", "DONE", "FAILED".
	Status string
	// Retries counts how many times the flow was resumed or retried. The
	// flow increments it; stores only keep it.
	Retries int
	// Error is the last error text, if any.
	Error string
	// Payload is the flow-defined state (transaction hashes, nonces,
	// addresses, DID, ...). It must be valid JSON or empty; stores keep it
	// compacted (insignificant whitespace removed).
	Payload json.RawMessage
	// CreatedAt is set by Create (when zero) and kept by Put.
	CreatedAt time.Time
	// UpdatedAt is set by every successful Create and Put.
	UpdatedAt time.Time
	// ExpiresAt is when the entry stops existing for Get and List and
	// becomes eligible for Prune. Zero means never.
	ExpiresAt time.Time
	// Version is incremented by every successful Put (Create stores 1). Put
	// compares it with the stored version (compare-and-swap).
	Version uint64
}

// Expired reports whether e has an expiry and it is not after now.
func (e *Entry) Expired(now time.Time) bool {
	return !e.ExpiresAt.IsZero() && !now.Before(e.ExpiresAt)
}

// Clone returns a deep copy of e.
func (e *Entry) Clone() *Entry {
	c := *e
	if e.Payload != nil {
		c.Payload = append(json.RawMessage(nil), e.Payload...)
	}
	return &c
}

// Sentinel errors. Store methods wrap them with the key concerned; test them
// with errors.Is.
var (
	// ErrNotFound: no live (unexpired) entry has the key.
	ErrNotFound = errors.New("journal: entry not found")
	// ErrExists: Create found a live entry with the key.
	ErrExists = errors.New("journal: entry already exists")
	// ErrConflict: Put was given a Version that is not the stored one
	// (another writer won); Get the entry again and redo the step.
	ErrConflict = errors.New("journal: version conflict")
	// ErrLocked: the key is locked by someone else. Lock waits instead of
	// returning it; it is returned by TryLock.
	ErrLocked = errors.New("journal: key is locked")
	// ErrInvalid: the key or the entry is not acceptable (empty, too long or
	// non-UTF-8 key, nil entry, payload that is not JSON, flow or status
	// that is not UTF-8 or holds NUL).
	ErrInvalid = errors.New("journal: invalid entry")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("journal: store is closed")
)

// CorruptError reports an entry file that cannot be decoded (garbled by
// hand, by another program or by the file system) or that holds another
// key. The journal never drops such a file silently: Get, Create, Put, List
// and Prune return this error until the file is repaired or removed with
// Delete.
type CorruptError struct {
	Path string // the entry file
	Key  string // the key asked for, empty when listing
	Err  error  // the decoding problem
}

func (e *CorruptError) Error() string {
	if e.Key != "" {
		return fmt.Sprintf("journal: corrupt entry file %s for key %q: %v", e.Path, e.Key, e.Err)
	}
	return fmt.Sprintf("journal: corrupt entry file %s: %v", e.Path, e.Err)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// Filter selects entries in List. Empty fields match everything.
type Filter struct {
	Flow   string
	Status string
}

func (f Filter) match(e *Entry) bool {
	return (f.Flow == "" || e.Flow == f.Flow) && (f.Status == "" || e.Status == f.Status)
}

// Store keeps flow entries. Implementations are safe for concurrent use.
type Store interface {
	// Get returns the entry for key or ErrNotFound (also for an expired
	// entry).
	Get(ctx context.Context, key string) (*Entry, error)
	// Create stores a new entry with Version 1, sets CreatedAt (when zero)
	// and UpdatedAt, and updates e accordingly; it fails with ErrExists when
	// a live entry has the key (an expired one is replaced).
	Create(ctx context.Context, e *Entry) error
	// Put replaces the entry if e.Version equals the stored version, then
	// increments e.Version and sets e.UpdatedAt (CreatedAt is kept from the
	// stored entry); otherwise it returns ErrConflict, or ErrNotFound when
	// there is no live entry. For durable stores the write survives a crash
	// of the process once Put returns nil.
	Put(ctx context.Context, e *Entry) error
	// Delete removes the entry for key (expired or not, corrupt or not), or
	// returns ErrNotFound when there is none.
	Delete(ctx context.Context, key string) error
	// List returns the live entries matching f, ordered by CreatedAt, then
	// by Key.
	List(ctx context.Context, f Filter) ([]*Entry, error)
	// Lock takes an exclusive lock on key, held across goroutines and
	// processes sharing the store, waiting until ctx is done (then it
	// returns ctx's error). The returned func releases it; calling it again
	// does nothing. Locks are independent of entries: a key can be locked
	// whether or not it has an entry.
	Lock(ctx context.Context, key string) (unlock func() error, err error)
	// Prune removes expired entries and returns how many.
	Prune(ctx context.Context) (int, error)
	// Close releases the store's resources. Locks taken before stay held
	// until their unlock func is called.
	Close() error
}

// TryLocker is implemented by the stores whose locks can be tried without
// waiting: MemoryStore, FileStore and PostgresStore.
type TryLocker interface {
	// TryLock is Lock without waiting: it returns ErrLocked when the key
	// is held by someone else.
	TryLock(ctx context.Context, key string) (unlock func() error, err error)
}

// Claim takes the lock of key if nobody holds it, and returns ErrLocked
// otherwise. It is how several replicas of a service sharing one store
// divide unfinished work: a flow runs under its key's lock, so a key whose
// lock is free is not being run by any live process; the replica whose
// Claim succeeds runs it and the others skip it. A claim lasts until the
// returned func is called or its holder dies (the process, or for a
// PostgresStore its database session). A store that is not a TryLocker
// gives an error wrapping errors.ErrUnsupported.
func Claim(ctx context.Context, s Store, key string) (release func() error, err error) {
	t, ok := s.(TryLocker)
	if !ok {
		return nil, fmt.Errorf("journal: claim: %T cannot try a lock: %w", s, errors.ErrUnsupported)
	}
	return t.TryLock(ctx, key)
}

// checkKey validates a key.
func checkKey(key string) error {
	switch {
	case key == "":
		return fmt.Errorf("%w: empty key", ErrInvalid)
	case len(key) > MaxKeyLen:
		return fmt.Errorf("%w: key is %d bytes, more than %d", ErrInvalid, len(key), MaxKeyLen)
	case !utf8.ValidString(key):
		return fmt.Errorf("%w: key is not valid UTF-8", ErrInvalid)
	}
	return nil
}

// prepare validates e and returns a stored copy with a compacted payload.
func prepare(e *Entry) (*Entry, error) {
	if e == nil {
		return nil, fmt.Errorf("%w: nil entry", ErrInvalid)
	}
	if err := checkKey(e.Key); err != nil {
		return nil, err
	}
	for _, f := range []struct{ name, v string }{{"flow", e.Flow}, {"status", e.Status}} {
		if !utf8.ValidString(f.v) || strings.ContainsRune(f.v, 0) {
			return nil, fmt.Errorf("%w: %s of key %q is not UTF-8 text without NUL", ErrInvalid, f.name, e.Key)
		}
	}
	c := e.Clone()
	if len(bytes.TrimSpace(c.Payload)) == 0 {
		c.Payload = nil
		return c, nil
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, c.Payload); err != nil {
		return nil, fmt.Errorf("%w: payload of key %q is not JSON: %v", ErrInvalid, e.Key, err)
	}
	c.Payload = buf.Bytes()
	return c, nil
}

// now is the store clock: UTC without a monotonic reading, so that values
// compare equal after a round trip through a file.
func now() time.Time { return time.Now().UTC().Round(0) }

func normTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Round(0)
}

// ruleCreate applies Create to the prepared copy c given the stored entry
// (nil when none).
func ruleCreate(c, stored *Entry, t time.Time) error {
	if stored != nil && !stored.Expired(t) {
		return exists(c.Key)
	}
	c.Version = 1
	if c.CreatedAt.IsZero() {
		c.CreatedAt = t
	}
	c.CreatedAt = normTime(c.CreatedAt)
	c.UpdatedAt = t
	c.ExpiresAt = normTime(c.ExpiresAt)
	return nil
}

// rulePut applies Put (compare-and-swap) to the prepared copy c given the
// stored entry (nil when none).
func rulePut(c, stored *Entry, t time.Time) error {
	if stored == nil || stored.Expired(t) {
		return notFound(c.Key)
	}
	if stored.Version != c.Version {
		return conflict(c.Key, c.Version, stored.Version)
	}
	c.Version = stored.Version + 1
	c.CreatedAt = stored.CreatedAt
	c.UpdatedAt = t
	c.ExpiresAt = normTime(c.ExpiresAt)
	return nil
}

// conflict builds the ErrConflict error for a Put.
func conflict(key string, given, stored uint64) error {
	return fmt.Errorf("%w: key %q has version %d, put with %d", ErrConflict, key, stored, given)
}

func notFound(key string) error { return fmt.Errorf("%w: key %q", ErrNotFound, key) }

func exists(key string) error { return fmt.Errorf("%w: key %q", ErrExists, key) }

// less orders entries by CreatedAt, then Key.
func less(a, b *Entry) int {
	if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
		return c
	}
	return cmp.Compare(a.Key, b.Key)
}

func lockedErr(key string) error { return fmt.Errorf("%w: key %q", ErrLocked, key) }

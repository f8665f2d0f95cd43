// Package journal stores the state of multi-step flows so that they can be
// resumed after a crash and never repeat a side effect (pay twice, mint
// twice). It mirrors the orchestration cache of OEP-14: each Entry is keyed
// by a caller-chosen idempotency key and holds the flow name, its current
// step (Status), retries, the last error, a JSON payload (transaction
// hashes, nonces, addresses, DID, ...), creation/update times and an
// optional expiry.
//
// A flow writes its intent before each side effect and its result after it:
//
//	unlock, err := store.Lock(ctx, key) // one worker per key
//	e, err := store.Get(ctx, key)       // or Create for a new flow
//	e.Status = "NFT_CREATED"
//	err = store.Put(ctx, e)             // compare-and-swap on e.Version
//
// # Stores
//
// Store is the interface flows use. Two implementations exist today:
//
//   - FileStore (Open): the default embedded store, one file per entry in a
//     directory. Crash-safe and shared safely by goroutines and by several
//     processes on one machine.
//   - MemoryStore (NewMemory): the same semantics without durability, for
//     tests and short-lived programs.
//
// A PostgreSQL store is the planned second durable implementation, for
// services whose instances run on several machines and must share one
// journal; a FileStore directory must not be shared over a network file
// system (flock and rename semantics are not reliable there).
//
// # Semantics
//
// Create stores an entry with Version 1 and fails with ErrExists when a live
// entry has the key. Put succeeds only when the given Version equals the
// stored one, then stores Version+1 (ErrConflict otherwise, ErrNotFound when
// there is no live entry), so two writers starting from the same version
// cannot both win. On success Create and Put update the caller's Entry
// (Version, CreatedAt, UpdatedAt, compacted Payload). Entries whose
// ExpiresAt has passed are invisible to Get, Put and List, may be replaced
// by Create and are removed by Prune. List orders by CreatedAt, then Key.
//
// Lock is an advisory exclusive lock on a key, independent of the entry
// (a key can be locked before its entry exists); Put's compare-and-swap
// does not need it, but a flow holds it so that only one worker performs
// the side effects of a key at a time. Lock waits until ctx is done;
// TryLock returns ErrLocked instead of waiting.
//
// Errors are sentinels (ErrNotFound, ErrExists, ErrConflict, ErrLocked,
// ErrInvalid, ErrClosed) wrapped with the key, to test with errors.Is, and
// *CorruptError for an entry file that cannot be decoded.
//
// # FileStore layout
//
// A FileStore directory holds:
//
//	entries/<h>.json          one entry, JSON; <h> is the hex SHA-256 of the key
//	entries/<h>.json.tmp-*    a write in progress (or left by a crash)
//	locks/<h>.lock            flock target of Lock
//	locks/<h>.write           flock target of the write lock (see below)
//
// Keys never become file names, so any UTF-8 key up to MaxKeyLen bytes is
// safe ("../x", "/", NUL, long keys). The key is stored inside the file and
// checked on read. Lock files are small and never removed (removing a lock
// file races with processes waiting on it); there is one pair per key ever
// locked or written.
//
// # FileStore guarantees
//
// Atomic: every Create, Put and Delete replaces or removes a whole entry
// file. A write goes to a temporary file in the same directory, is
// fsynced, renamed over the entry file and the directory is fsynced, so a
// reader sees either the old or the new entry, never a mix.
//
// Durable: when Create, Put or Delete returns nil, the change has been
// fsynced (file and directory) and survives the process being killed and,
// given a file system and disk that honour fsync, a power loss. On macOS,
// fsync does not flush the disk's own cache (F_FULLFSYNC is not used).
//
// Crash: a process killed at any moment leaves each entry at its old or new
// value. Its temporary file, if any, is ignored by readers and removed by
// the next Open or Prune (only while no writer holds that key's write
// lock). A file that does not decode (edited by hand, damaged on disk) is
// never dropped silently: Get, Create, Put, List and Prune report a
// *CorruptError naming the file until Delete removes it.
//
// Several processes: any number of processes (and FileStore values) may
// open the same directory. Create, Put, Delete and Prune's removals take a
// per-key write lock (flock on locks/<h>.write) around read-compare-write,
// so compare-and-swap holds across processes. Lock takes an flock on
// locks/<h>.lock; the kernel releases it when the holding process exits or
// is killed, so a crashed worker never leaves a key locked. Within a
// process, waiters queue on a mutex; across processes, a waiter polls the
// flock every 1 to 20 ms. Get and List take no lock.
//
// Platforms: Linux (tested) and the BSDs and macOS (built with flock). On
// other platforms, Windows included, Open returns an error wrapping
// errors.ErrUnsupported; MemoryStore works everywhere.
//
// # Costs
//
// Every FileStore write costs two fsyncs; on a typical SSD a Put takes a
// fraction of a millisecond to a few milliseconds, a few hundred times a
// MemoryStore Put (see BenchmarkPut). Flows write a handful of entries per
// on-chain transaction, which takes seconds, so the journal is not their
// bottleneck.
package journal

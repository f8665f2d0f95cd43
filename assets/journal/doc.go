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
// Store is the interface flows use. Three implementations share one
// contract test suite:
//
//   - FileStore (Open): the default embedded store, one file per entry in a
//     directory. Crash-safe and shared safely by goroutines and by several
//     processes on one machine. A FileStore directory must not be shared
//     over a network file system (flock and rename semantics are not
//     reliable there).
//   - PostgresStore (OpenPostgres): a table in a PostgreSQL database, for
//     services that run as several replicas on several machines sharing
//     one journal.
//   - MemoryStore (NewMemory): the same semantics without durability, for
//     tests and short-lived programs.
//
// OpenURL picks one from a URL (postgres://…, file://…, a directory,
// memory:), which is how ocean.Config.JournalURL, OCEAN_JOURNAL and the
// CLI's --journal select the journal.
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
// # Claiming work across replicas
//
// Claim is TryLock for services running as several replicas on one store:
// a flow runs under its key's lock, so an unfinished entry whose key is
// free has no live worker — its worker died, or gave up on an error — and
// the replica whose Claim succeeds takes it over while the others skip it.
// Replicas sweep the journal periodically (List, then Claim each
// unfinished key; assets.Client.ResumeAll does this for the flows), so the
// work of a dead replica is finished by a live one and two live replicas
// never run one key. The lock is the lease: it lasts as long as the
// holder's process (FileStore: the kernel drops a dead process's flock) or
// its database session (PostgresStore, below), with no lease times to
// tune. A worker that lost its lock without noticing is fenced by
// compare-and-swap: flows write the journal before every side effect, and
// that write fails once another worker has written the entry.
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
// # PostgresStore
//
// OpenPostgres (or OpenURL with postgres://…) connects with pgx and
// creates, if needed, the table ocean_journal in the connection's current
// schema (choose it with search_path in the URL: one schema per
// application or test). Keys are stored as bytea, so any key is accepted
// and rows order by the key's bytes like the other stores; times are Unix
// nanoseconds, so they round-trip exactly. Create is one INSERT … ON
// CONFLICT that replaces only an expired row; Put is one UPDATE … WHERE
// version = $given (the compare-and-swap happens in the database, one
// round trip); List filters and orders in SQL with an index on flow,
// status and creation time; Prune is one DELETE of expired rows. A write
// that returned nil has committed: durable as the server makes commits
// (synchronous_commit, on by default).
//
// Lock and TryLock take a session-level advisory lock (an id hashed from
// the database, schema, table and key) on one dedicated connection of the
// store, the lock session, polled with pg_try_advisory_lock every 1 to
// 20 ms while someone else holds it; within one process, waiters queue on
// a mutex first (advisory locks are reentrant within a session). The
// server releases every lock of a session when it ends: at once when the
// holding process dies, and within about 25 s when its machine or network
// vanishes (the session asks the server for TCP keepalives after 10 s
// idle, every 5 s, 3 probes). If the lock session breaks, its locks are
// gone: the next Lock opens a new session, and the old holders' stale
// writes are refused by compare-and-swap. Close keeps the lock session
// open until the locks taken before are released.
//
// # Costs
//
// Every FileStore write costs two fsyncs; on a typical SSD a Put takes a
// fraction of a millisecond to a few milliseconds, a few hundred times a
// MemoryStore Put (see BenchmarkPut). Flows write a handful of entries per
// on-chain transaction, which takes seconds, so the journal is not their
// bottleneck. PostgresStore costs one round trip and one commit per
// write.
//
// # Benchmarks
//
// Journal operations per second (BenchmarkPut, BenchmarkCAS,
// BenchmarkLock, BenchmarkClaim; go test -bench . with
// OCEAN_TEST_POSTGRES set) on a shared 2-core VM (other jobs running, so
// ±30%), PostgreSQL 15 on the same machine over TCP loopback with default
// durability (fsync and synchronous_commit on):
//
//	operation                                  memory      file   postgres
//	Put (one CAS write, sequential)           317,000        75        216
//	CAS step (Get+Put, 4 writers on 2 keys)   358,000       406        194
//	Lock+unlock (uncontended)                 447,000    19,600      4,180
//	Claim+release (parallel, distinct keys)   711,000     2,680        750
//	Get (ops/s, from ns/op)                   982,000    12,000      7,460
//
// A CAS step that loses the race retries (conflicts per step: file 0.99,
// PostgreSQL 0.47). Writes cost a durable commit on both durable stores:
// two fsyncs and a rename for a file, a WAL flush for PostgreSQL. Locks and claims cost one
// round trip to the server each way (lock, unlock) on one session.
//
// Publishes per second on the devnet by 1, 2 and 4 replicas acting as one
// account on one PostgreSQL journal (assets.BenchmarkReplicaPublish, 40
// free publishes, each replica publishing its share one after the other;
// same VM, devnet and database in the same machine):
//
//	replicas   publishes/s   resumes/op
//	1          8.2–12.7      0
//	2          7.8–14.1      0
//	4          8.0           0.15
//
// The devnet chain and node share the two cores with the replicas, so
// throughput is bound by the chain, not the journal (about 10 journal
// writes per publish). Replicas of one account race for its nonces —
// transaction nonces and the node's request nonces — which their
// transaction managers and node clients resynchronise a bounded number
// of times; a flow that still loses the race stops with a resumable
// error and is resumed (resumes/op), as a service's sweep does.
package journal

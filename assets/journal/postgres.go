package journal

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// pgTable is the table of a PostgresStore, in the connection's current
// schema (the first of its search_path).
const pgTable = "ocean_journal"

// pgSchema creates the table and its indexes. Keys are bytea (a key may
// hold NUL, which text cannot) and compare bytewise, like Go strings;
// times are Unix nanoseconds, so they round-trip exactly.
var pgSchema = []string{
	`CREATE TABLE IF NOT EXISTS ` + pgTable + ` (
		key        bytea  PRIMARY KEY,
		flow       text   NOT NULL,
		status     text   NOT NULL,
		retries    bigint NOT NULL,
		error      bytea  NOT NULL,
		payload    bytea,
		created_ns bigint NOT NULL,
		updated_ns bigint NOT NULL,
		expires_ns bigint,
		version    bigint NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS ` + pgTable + `_order ON ` + pgTable + ` (created_ns, key)`,
	`CREATE INDEX IF NOT EXISTS ` + pgTable + `_flow ON ` + pgTable + ` (flow, status, created_ns, key)`,
	`CREATE INDEX IF NOT EXISTS ` + pgTable + `_expiry ON ` + pgTable + ` (expires_ns) WHERE expires_ns IS NOT NULL`,
}

// pgMigrateLock is the advisory lock id that serialises the creation of
// the table by processes opening one database at once.
const pgMigrateLock = 0x6f6365616e6a6e6c // "oceanjnl"

const pgColumns = `flow, status, retries, error, payload, created_ns, updated_ns, expires_ns, version`

// Keepalive settings of the lock session (see the package documentation):
// the server probes an idle session after 10 s, every 5 s, and ends it
// after 3 unanswered probes, releasing the locks of a replica whose
// machine or network vanished within about 25 s.
var pgSessionParams = map[string]string{
	"application_name":        "ocean-journal-locks",
	"tcp_keepalives_idle":     "10",
	"tcp_keepalives_interval": "5",
	"tcp_keepalives_count":    "3",
}

// PostgresStore is a Store in a PostgreSQL database, for services that run
// as several processes or machines sharing one journal. Entries are rows
// of the table ocean_journal in the connection's current schema; Lock is a
// session-level advisory lock held on one dedicated connection of the
// store, so the server releases every lock of a process whose connection
// ends (the process died, or its machine stopped answering keepalives).
// It is safe for concurrent use. See the package documentation.
type PostgresStore struct {
	pool   *pgxpool.Pool
	lockNS []byte // prefix of advisory lock ids: database, schema, table
	closed atomic.Bool
	userMu keyMutex // in-process side of Lock: advisory locks are reentrant per session

	sessCfg *pgx.ConnConfig
	mu      sync.Mutex // guards the fields below and serialises use of sess
	sess    *pgx.Conn  // the lock session; nil until the first Lock or after it broke
	gen     uint64     // incremented whenever sess is replaced
	held    int        // locks held on sess
}

var _ Store = (*PostgresStore)(nil)

// OpenPostgres connects to the PostgreSQL database at url (a postgres://
// URL or a key=value connection string, as pgx parses them; set the
// schema with search_path, e.g. postgres://host/db?search_path=app) and
// creates the journal table if needed.
func OpenPostgres(ctx context.Context, url string) (*PostgresStore, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("journal: postgres: %w", err)
	}
	sessCfg := cfg.ConnConfig.Copy()
	for k, v := range pgSessionParams {
		if _, set := sessCfg.RuntimeParams[k]; !set {
			sessCfg.RuntimeParams[k] = v
		}
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("journal: postgres: %w", err)
	}
	s := &PostgresStore{pool: pool, sessCfg: sessCfg}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("journal: postgres: %w", err)
	}
	var db, schema string
	if err := pool.QueryRow(ctx, `SELECT current_database(), current_schema()`).Scan(&db, &schema); err != nil {
		pool.Close()
		return nil, fmt.Errorf("journal: postgres: %w", err)
	}
	s.lockNS = []byte(db + "\x00" + schema + "\x00" + pgTable + "\x00")
	return s, nil
}

func (s *PostgresStore) migrate(ctx context.Context) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(pgMigrateLock)); err != nil {
			return err
		}
		for _, q := range pgSchema {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *PostgresStore) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed.Load() {
		return ErrClosed
	}
	return nil
}

// dbErr wraps a database error with the operation and key.
func dbErr(op, key string, err error) error {
	if key == "" {
		return fmt.Errorf("journal: postgres %s: %w", op, err)
	}
	return fmt.Errorf("journal: postgres %s key %q: %w", op, key, err)
}

func nanos(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	n := t.UnixNano()
	return &n
}

func fromNanos(n *int64) time.Time {
	if n == nil {
		return time.Time{}
	}
	return time.Unix(0, *n).UTC()
}

// scanEntry reads the pgColumns of one row into an entry for key.
func scanEntry(row pgx.Row, key string) (*Entry, error) {
	var (
		e                Entry
		errText, payload []byte
		created, updated int64
		expires          *int64
		version          int64
	)
	var retries int64
	if err := row.Scan(&e.Flow, &e.Status, &retries, &errText, &payload, &created, &updated, &expires, &version); err != nil {
		return nil, err
	}
	e.Key, e.Retries, e.Error = key, int(retries), string(errText)
	if len(payload) > 0 {
		e.Payload = payload
	}
	e.CreatedAt, e.UpdatedAt, e.ExpiresAt = fromNanos(&created), fromNanos(&updated), fromNanos(expires)
	e.Version = uint64(version)
	return &e, nil
}

// Get implements Store.
func (s *PostgresStore) Get(ctx context.Context, key string) (*Entry, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	row := s.pool.QueryRow(ctx, `SELECT `+pgColumns+` FROM `+pgTable+
		` WHERE key = $1 AND (expires_ns IS NULL OR expires_ns > $2)`, []byte(key), now().UnixNano())
	e, err := scanEntry(row, key)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound(key)
	}
	if err != nil {
		return nil, dbErr("get", key, err)
	}
	return e, nil
}

func payloadArg(p []byte) any {
	if p == nil {
		return nil
	}
	return []byte(p)
}

// Create implements Store: one INSERT, which replaces an expired row and
// leaves a live one alone.
func (s *PostgresStore) Create(ctx context.Context, e *Entry) error {
	c, err := prepare(e)
	if err != nil {
		return err
	}
	if err := s.begin(ctx); err != nil {
		return err
	}
	t := now()
	if err := ruleCreate(c, nil, t); err != nil {
		return err
	}
	var v int64
	err = s.pool.QueryRow(ctx, `INSERT INTO `+pgTable+` AS j (key, `+pgColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)
		ON CONFLICT (key) DO UPDATE SET flow = EXCLUDED.flow, status = EXCLUDED.status,
			retries = EXCLUDED.retries, error = EXCLUDED.error, payload = EXCLUDED.payload,
			created_ns = EXCLUDED.created_ns, updated_ns = EXCLUDED.updated_ns,
			expires_ns = EXCLUDED.expires_ns, version = 1
		WHERE j.expires_ns IS NOT NULL AND j.expires_ns <= $10
		RETURNING version`,
		[]byte(c.Key), c.Flow, c.Status, int64(c.Retries), []byte(c.Error), payloadArg(c.Payload),
		c.CreatedAt.UnixNano(), c.UpdatedAt.UnixNano(), nanos(c.ExpiresAt), t.UnixNano()).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return exists(c.Key)
	}
	if err != nil {
		return dbErr("create", c.Key, err)
	}
	*e = *c.Clone()
	return nil
}

// Put implements Store: one conditional UPDATE (compare-and-swap on the
// version, in the database). When it returns nil the transaction has
// committed (durable as the server's synchronous_commit setting makes it:
// on by default).
func (s *PostgresStore) Put(ctx context.Context, e *Entry) error {
	c, err := prepare(e)
	if err != nil {
		return err
	}
	if err := s.begin(ctx); err != nil {
		return err
	}
	t := now()
	var created, version int64
	err = s.pool.QueryRow(ctx, `UPDATE `+pgTable+` SET flow = $2, status = $3, retries = $4, error = $5,
			payload = $6, updated_ns = $7, expires_ns = $8, version = version + 1
		WHERE key = $1 AND version = $9 AND (expires_ns IS NULL OR expires_ns > $7)
		RETURNING created_ns, version`,
		[]byte(c.Key), c.Flow, c.Status, int64(c.Retries), []byte(c.Error), payloadArg(c.Payload),
		t.UnixNano(), nanos(normTime(c.ExpiresAt)), int64(c.Version)).Scan(&created, &version)
	if errors.Is(err, pgx.ErrNoRows) {
		return s.putRefused(ctx, c, t)
	}
	if err != nil {
		return dbErr("put", c.Key, err)
	}
	c.Version, c.CreatedAt, c.UpdatedAt = uint64(version), fromNanos(&created), t
	c.ExpiresAt = normTime(c.ExpiresAt)
	*e = *c.Clone()
	return nil
}

// putRefused tells why Put's UPDATE matched no row.
func (s *PostgresStore) putRefused(ctx context.Context, c *Entry, t time.Time) error {
	var version int64
	err := s.pool.QueryRow(ctx, `SELECT version FROM `+pgTable+
		` WHERE key = $1 AND (expires_ns IS NULL OR expires_ns > $2)`, []byte(c.Key), t.UnixNano()).Scan(&version)
	if errors.Is(err, pgx.ErrNoRows) {
		return notFound(c.Key)
	}
	if err != nil {
		return dbErr("put", c.Key, err)
	}
	return conflict(c.Key, c.Version, uint64(version))
}

// Delete implements Store.
func (s *PostgresStore) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := s.begin(ctx); err != nil {
		return err
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM `+pgTable+` WHERE key = $1`, []byte(key))
	if err != nil {
		return dbErr("delete", key, err)
	}
	if tag.RowsAffected() == 0 {
		return notFound(key)
	}
	return nil
}

// List implements Store; the database orders the rows (by CreatedAt, then
// by the key's bytes) and filters them with an index on flow and status.
func (s *PostgresStore) List(ctx context.Context, f Filter) ([]*Entry, error) {
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT key, `+pgColumns+` FROM `+pgTable+`
		WHERE (expires_ns IS NULL OR expires_ns > $1) AND ($2 = '' OR flow = $2) AND ($3 = '' OR status = $3)
		ORDER BY created_ns, key`, now().UnixNano(), f.Flow, f.Status)
	if err != nil {
		return nil, dbErr("list", "", err)
	}
	defer rows.Close()
	var out []*Entry
	for rows.Next() {
		var key []byte
		e, err := scanEntry(prefixed{rows, &key}, "")
		if err != nil {
			return nil, dbErr("list", "", err)
		}
		e.Key = string(key)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr("list", "", err)
	}
	return out, nil
}

// prefixed scans one extra leading column into first.
type prefixed struct {
	rows  pgx.Rows
	first *[]byte
}

func (p prefixed) Scan(dest ...any) error { return p.rows.Scan(append([]any{p.first}, dest...)...) }

// Prune implements Store.
func (s *PostgresStore) Prune(ctx context.Context) (int, error) {
	if err := s.begin(ctx); err != nil {
		return 0, err
	}
	tag, err := s.pool.Exec(ctx, `DELETE FROM `+pgTable+` WHERE expires_ns IS NOT NULL AND expires_ns <= $1`, now().UnixNano())
	if err != nil {
		return 0, dbErr("prune", "", err)
	}
	return int(tag.RowsAffected()), nil
}

// lockID is the advisory lock id of key: 64 bits of a hash of the
// database, schema, table and key, so stores in other schemas of one
// database never exclude each other (two keys share an id with
// probability 2^-64).
func (s *PostgresStore) lockID(key string) int64 {
	h := sha256.New()
	h.Write(s.lockNS)
	h.Write([]byte(key))
	return int64(binary.BigEndian.Uint64(h.Sum(nil)))
}

// Lock implements Store with a session-level advisory lock
// (pg_try_advisory_lock) on the store's lock session, so it excludes
// other goroutines, other stores and other processes or machines using the
// same table. The server releases it when the session ends. While someone
// else holds it, Lock polls every 1 to 20 ms.
func (s *PostgresStore) Lock(ctx context.Context, key string) (func() error, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	release, err := s.userMu.lock(ctx, key)
	if err != nil {
		return nil, err
	}
	id := s.lockID(key)
	wait := pollMin
	for {
		gen, ok, err := s.tryAdvisory(ctx, id)
		if err != nil {
			release()
			return nil, dbErr("lock", key, err)
		}
		if ok {
			return s.unlocker(id, gen, release), nil
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			release()
			return nil, ctx.Err()
		}
		wait = min(2*wait, pollMax)
	}
}

// TryLock is Lock without waiting: it returns ErrLocked when key is held
// by this or another process. It is how replicas claim work (see Claim).
func (s *PostgresStore) TryLock(ctx context.Context, key string) (func() error, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	release, ok := s.userMu.tryLock(key)
	if !ok {
		return nil, lockedErr(key)
	}
	id := s.lockID(key)
	gen, ok, err := s.tryAdvisory(ctx, id)
	switch {
	case err != nil:
		release()
		return nil, dbErr("lock", key, err)
	case !ok:
		release()
		return nil, lockedErr(key)
	}
	return s.unlocker(id, gen, release), nil
}

// tryAdvisory tries the advisory lock id on the lock session, connecting
// it first if needed. gen identifies the session that holds the lock.
func (s *PostgresStore) tryAdvisory(ctx context.Context, id int64) (gen uint64, ok bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil || s.sess.IsClosed() {
		if s.sess != nil {
			// The session broke: the server released its locks. Their
			// holders are not told; the journal's compare-and-swap still
			// refuses their stale writes.
			s.sess, s.held = nil, 0
		}
		conn, err := pgx.ConnectConfig(ctx, s.sessCfg)
		if err != nil {
			return 0, false, err
		}
		s.sess = conn
		s.gen++
	}
	// The query does not wait, so the caller's cancellation is not passed
	// on: pgx closes a connection whose query is cancelled, which would
	// release every lock of the session.
	qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sessionTimeout)
	defer cancel()
	if err := s.sess.QueryRow(qctx, `SELECT pg_try_advisory_lock($1)`, id).Scan(&ok); err != nil {
		// Unknown state: end the session, which releases every lock it
		// held, rather than leave this one held by nobody.
		s.dropSessionLocked()
		return 0, false, err
	}
	if ok {
		s.held++
	}
	return s.gen, ok, nil
}

// dropSessionLocked closes the lock session (its locks are released by the
// server); the next lock opens a new one.
func (s *PostgresStore) dropSessionLocked() {
	if s.sess != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = s.sess.Close(ctx)
		cancel()
	}
	s.sess, s.held = nil, 0
	s.gen++
}

// sessionTimeout bounds a request on the lock session (an unlock func
// takes no ctx, and lock requests do not take the caller's cancellation).
const sessionTimeout = 10 * time.Second

func (s *PostgresStore) unlocker(id int64, gen uint64, release func()) func() error {
	return onceErr(func() error {
		defer release()
		s.mu.Lock()
		defer s.mu.Unlock()
		if gen != s.gen || s.sess == nil {
			return nil // the session that held it is gone, and the lock with it
		}
		ctx, cancel := context.WithTimeout(context.Background(), sessionTimeout)
		defer cancel()
		var ok bool
		err := s.sess.QueryRow(ctx, `SELECT pg_advisory_unlock($1)`, id).Scan(&ok)
		if err != nil {
			s.dropSessionLocked()
			return dbErr("unlock", "", err)
		}
		s.held--
		if s.held == 0 && s.closed.Load() {
			s.dropSessionLocked()
		}
		return nil
	})
}

// Close implements Store: it closes the connection pool; the lock session
// stays open until the locks taken before are released. Later calls return
// ErrClosed.
func (s *PostgresStore) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.pool.Close()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held == 0 {
		s.dropSessionLocked()
	}
	return nil
}

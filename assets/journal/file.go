package journal

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

// Names inside a FileStore directory.
const (
	entriesDir  = "entries"
	locksDir    = "locks"
	entrySuffix = ".json"
	tempInfix   = ".json.tmp-"
	lockSuffix  = ".lock"
	writeSuffix = ".write"
	fileFormat  = 1
)

// Polling bounds while another process holds a file lock.
const (
	pollMin = time.Millisecond
	pollMax = 20 * time.Millisecond
)

var errWouldBlock = errors.New("journal: file lock held elsewhere")

// FileStore is the default embedded Store: one JSON file per entry in a
// directory, crash-safe, safe for concurrent goroutines and for several
// processes sharing the directory. See the package documentation for the
// layout and the guarantees.
type FileStore struct {
	dir     string
	entries string
	locks   string
	closed  atomic.Bool
	writeMu keyMutex // in-process side of the per-key write locks
	userMu  keyMutex // in-process side of Lock
}

var _ Store = (*FileStore)(nil)

// Open opens the file store in dir, creating the directory if needed, and
// removes temporary files left by writers that crashed. It returns an error
// wrapping errors.ErrUnsupported on platforms without flock (Windows).
func Open(dir string) (*FileStore, error) {
	if !flockSupported {
		return nil, fmt.Errorf("journal: file store: %w on this platform", errors.ErrUnsupported)
	}
	if dir == "" {
		return nil, fmt.Errorf("journal: open: empty directory name")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("journal: open: %w", err)
	}
	s := &FileStore{
		dir:     abs,
		entries: filepath.Join(abs, entriesDir),
		locks:   filepath.Join(abs, locksDir),
	}
	for _, d := range []string{s.entries, s.locks} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("journal: open: %w", err)
		}
	}
	if err := syncDir(abs); err != nil {
		return nil, fmt.Errorf("journal: open: %w", err)
	}
	if err := s.cleanTemps(); err != nil {
		return nil, fmt.Errorf("journal: open: %w", err)
	}
	return s, nil
}

// Dir returns the store's directory (absolute).
func (s *FileStore) Dir() string { return s.dir }

// Path returns the file that holds (or would hold) the entry for key.
func (s *FileStore) Path(key string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	return s.entryPath(fileName(key)), nil
}

// fileName maps a key to its file name stem: the hex SHA-256 of the key.
// Keys never reach the file system, so any UTF-8 key is safe.
func fileName(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

func (s *FileStore) entryPath(name string) string {
	return filepath.Join(s.entries, name+entrySuffix)
}

func (s *FileStore) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.closed.Load() {
		return ErrClosed
	}
	return nil
}

// record is the on-disk form of an Entry.
type record struct {
	Format    int             `json:"format"`
	Key       string          `json:"key"`
	Flow      string          `json:"flow"`
	Status    string          `json:"status"`
	Retries   int             `json:"retries"`
	Error     string          `json:"error,omitempty"`
	Payload   json.RawMessage `json:"payload,omitempty"`
	CreatedAt time.Time       `json:"createdAt"`
	UpdatedAt time.Time       `json:"updatedAt"`
	ExpiresAt time.Time       `json:"expiresAt,omitzero"`
	Version   uint64          `json:"version"`
}

func encode(e *Entry) ([]byte, error) {
	return json.Marshal(record{
		Format: fileFormat, Key: e.Key, Flow: e.Flow, Status: e.Status,
		Retries: e.Retries, Error: e.Error, Payload: e.Payload,
		CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt, ExpiresAt: e.ExpiresAt,
		Version: e.Version,
	})
}

func decode(b []byte) (*Entry, error) {
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	if r.Format != fileFormat {
		return nil, fmt.Errorf("unknown format %d", r.Format)
	}
	if err := checkKey(r.Key); err != nil {
		return nil, err
	}
	if r.Version == 0 {
		return nil, errors.New("version 0")
	}
	return &Entry{
		Key: r.Key, Flow: r.Flow, Status: r.Status, Retries: r.Retries,
		Error: r.Error, Payload: r.Payload, CreatedAt: normTime(r.CreatedAt),
		UpdatedAt: normTime(r.UpdatedAt), ExpiresAt: normTime(r.ExpiresAt),
		Version: r.Version,
	}, nil
}

// readFile reads and decodes one entry file. key, when not empty, must be
// the key the file holds. A missing file gives an error matching
// fs.ErrNotExist; anything undecodable gives a *CorruptError.
func readFile(path, key string) (*Entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	e, err := decode(b)
	if err == nil && key != "" && e.Key != key {
		err = fmt.Errorf("file holds key %q", e.Key)
	}
	if err != nil {
		return nil, &CorruptError{Path: path, Key: key, Err: err}
	}
	return e, nil
}

// writeFile replaces path atomically and durably: temp file in the same
// directory, fsync, rename, fsync of the directory.
func (s *FileStore) writeFile(name string, e *Entry) error {
	b, err := encode(e)
	if err != nil {
		return fmt.Errorf("journal: encode key %q: %w", e.Key, err)
	}
	f, err := os.CreateTemp(s.entries, name+tempInfix+"*")
	if err != nil {
		return fmt.Errorf("journal: write key %q: %w", e.Key, err)
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.entryPath(name))
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("journal: write key %q: %w", e.Key, err)
	}
	if err := syncDir(s.entries); err != nil {
		return fmt.Errorf("journal: write key %q: sync directory: %w", e.Key, err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// lockFile takes the in-process mutex for path, then an exclusive flock on
// it, polling with backoff while another process holds it, until ctx is
// done.
func lockFile(ctx context.Context, km *keyMutex, path string) (func() error, error) {
	release, err := km.lock(ctx, path)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		release()
		return nil, fmt.Errorf("journal: lock: %w", err)
	}
	wait := pollMin
	for {
		err := flockTry(f)
		if err == nil {
			return fileUnlocker(f, release), nil
		}
		if !errors.Is(err, errWouldBlock) {
			_ = f.Close()
			release()
			return nil, fmt.Errorf("journal: lock %s: %w", filepath.Base(path), err)
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			_ = f.Close()
			release()
			return nil, ctx.Err()
		}
		wait = min(2*wait, pollMax)
	}
}

// tryLockFile is lockFile without waiting; it returns errWouldBlock when
// the lock is held in this or another process.
func tryLockFile(km *keyMutex, path string) (func() error, error) {
	release, ok := km.tryLock(path)
	if !ok {
		return nil, errWouldBlock
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err == nil {
		err = flockTry(f)
		if err == nil {
			return fileUnlocker(f, release), nil
		}
		_ = f.Close()
	}
	release()
	return nil, err
}

func fileUnlocker(f *os.File, release func()) func() error {
	return onceErr(func() error {
		err := flockRelease(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		release()
		if err != nil {
			return fmt.Errorf("journal: unlock: %w", err)
		}
		return nil
	})
}

// writeLock serialises read-compare-write on one entry file across
// goroutines and processes.
func (s *FileStore) writeLock(ctx context.Context, name string) (func() error, error) {
	return lockFile(ctx, &s.writeMu, filepath.Join(s.locks, name+writeSuffix))
}

// Get implements Store. It returns a *CorruptError for an entry file that
// cannot be decoded.
func (s *FileStore) Get(ctx context.Context, key string) (*Entry, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	e, err := readFile(s.entryPath(fileName(key)), key)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, notFound(key)
	case err != nil:
		return nil, err
	case e.Expired(now()):
		return nil, notFound(key)
	}
	return e, nil
}

// withWriteLock runs fn with the entry file name of key while holding its
// write lock.
func (s *FileStore) withWriteLock(ctx context.Context, key string, fn func(name string) error) error {
	if err := s.begin(ctx); err != nil {
		return err
	}
	name := fileName(key)
	unlock, err := s.writeLock(ctx, name)
	if err != nil {
		return err
	}
	defer unlock() //nolint:errcheck // closing the lock file cannot lose data
	return fn(name)
}

// write applies rule to a copy of e and the stored entry under the key's
// write lock, then writes the copy and updates e. An undecodable stored
// file stops it with a *CorruptError and is left alone.
func (s *FileStore) write(ctx context.Context, e *Entry, rule func(c, stored *Entry, t time.Time) error) error {
	c, err := prepare(e)
	if err != nil {
		return err
	}
	err = s.withWriteLock(ctx, c.Key, func(name string) error {
		stored, err := readFile(s.entryPath(name), c.Key)
		if errors.Is(err, fs.ErrNotExist) {
			stored, err = nil, nil
		}
		if err != nil {
			return err
		}
		if err := rule(c, stored, now()); err != nil {
			return err
		}
		return s.writeFile(name, c)
	})
	if err != nil {
		return err
	}
	*e = *c.Clone()
	return nil
}

// Create implements Store. It returns a *CorruptError, and leaves the file
// alone, when the key's file exists but cannot be decoded.
func (s *FileStore) Create(ctx context.Context, e *Entry) error {
	return s.write(ctx, e, ruleCreate)
}

// Put implements Store. When it returns nil the entry file and the
// directory have been fsynced.
func (s *FileStore) Put(ctx context.Context, e *Entry) error {
	return s.write(ctx, e, rulePut)
}

// Delete implements Store. It also removes an entry file that cannot be
// decoded, which is how a *CorruptError is cleared.
func (s *FileStore) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	return s.withWriteLock(ctx, key, func(name string) error { return s.remove(name, key) })
}

// remove deletes an entry file durably; the caller holds the write lock.
func (s *FileStore) remove(name, key string) error {
	err := os.Remove(s.entryPath(name))
	if errors.Is(err, fs.ErrNotExist) {
		return notFound(key)
	}
	if err == nil {
		err = syncDir(s.entries)
	}
	if err != nil {
		return fmt.Errorf("journal: delete key %q: %w", key, err)
	}
	return nil
}

// scan calls fn for every entry file name stem in the store.
func (s *FileStore) scan(ctx context.Context, fn func(name string) error) error {
	des, err := os.ReadDir(s.entries)
	if err != nil {
		return fmt.Errorf("journal: read %s: %w", entriesDir, err)
	}
	for _, de := range des {
		name, ok := strings.CutSuffix(de.Name(), entrySuffix)
		if !ok || !isFileName(name) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(name); err != nil {
			return err
		}
	}
	return nil
}

func isFileName(name string) bool {
	if len(name) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(name)
	return err == nil
}

// List implements Store. It fails with a *CorruptError on the first entry
// file that cannot be decoded, rather than leave it out.
func (s *FileStore) List(ctx context.Context, f Filter) ([]*Entry, error) {
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	t := now()
	var out []*Entry
	err := s.scan(ctx, func(name string) error {
		e, err := readFile(s.entryPath(name), "")
		switch {
		case errors.Is(err, fs.ErrNotExist): // deleted meanwhile
			return nil
		case err != nil:
			return err
		}
		if !e.Expired(t) && f.match(e) {
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, less)
	return out, nil
}

// Prune implements Store. It also removes temporary files left by crashed
// writers. Entry files that cannot be decoded are kept and reported (joined
// *CorruptError values) after the other expired entries are removed.
func (s *FileStore) Prune(ctx context.Context) (int, error) {
	if err := s.begin(ctx); err != nil {
		return 0, err
	}
	n := 0
	var corrupt []error
	err := s.scan(ctx, func(name string) error {
		path := s.entryPath(name)
		e, err := readFile(path, "")
		var ce *CorruptError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil
		case errors.As(err, &ce):
			corrupt = append(corrupt, err)
			return nil
		case err != nil:
			return err
		case !e.Expired(now()):
			return nil
		}
		unlock, err := s.writeLock(ctx, name)
		if err != nil {
			return err
		}
		defer unlock() //nolint:errcheck // closing the lock file cannot lose data
		e, err = readFile(path, e.Key)
		if err != nil || !e.Expired(now()) {
			return nil // changed meanwhile: the next Prune sees it
		}
		if err := s.remove(name, e.Key); err != nil {
			if errors.Is(err, ErrNotFound) {
				return nil
			}
			return err
		}
		n++
		return nil
	})
	if err == nil {
		err = s.cleanTemps()
	}
	if err == nil {
		err = errors.Join(corrupt...)
	}
	return n, err
}

// cleanTemps removes temporary files whose key's write lock is free: such a
// file belongs to a writer that died before its rename. Files whose key is
// being written right now are left to their writer.
func (s *FileStore) cleanTemps() error {
	des, err := os.ReadDir(s.entries)
	if err != nil {
		return fmt.Errorf("journal: read %s: %w", entriesDir, err)
	}
	for _, de := range des {
		name, _, ok := strings.Cut(de.Name(), tempInfix)
		if !ok || !isFileName(name) {
			continue
		}
		unlock, err := tryLockFile(&s.writeMu, filepath.Join(s.locks, name+writeSuffix))
		if errors.Is(err, errWouldBlock) {
			continue
		}
		if err != nil {
			return err
		}
		err = os.Remove(filepath.Join(s.entries, de.Name()))
		_ = unlock()
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// Lock implements Store with an flock on a per-key lock file, so it
// excludes other goroutines, other FileStore values and other processes
// opened on the same directory. The kernel releases it when the holding
// process dies. While another process holds the lock, Lock polls every
// 1 to 20 ms.
func (s *FileStore) Lock(ctx context.Context, key string) (func() error, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	return lockFile(ctx, &s.userMu, s.lockPath(key))
}

// TryLock is Lock without waiting: it returns ErrLocked when key is held
// by this or another process.
func (s *FileStore) TryLock(ctx context.Context, key string) (func() error, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := s.begin(ctx); err != nil {
		return nil, err
	}
	unlock, err := tryLockFile(&s.userMu, s.lockPath(key))
	if errors.Is(err, errWouldBlock) {
		return nil, lockedErr(key)
	}
	if err != nil {
		return nil, fmt.Errorf("journal: lock key %q: %w", key, err)
	}
	return unlock, nil
}

func (s *FileStore) lockPath(key string) string {
	return filepath.Join(s.locks, fileName(key)+lockSuffix)
}

// Close implements Store. Later calls return ErrClosed; locks already taken
// stay held until released.
func (s *FileStore) Close() error {
	s.closed.Store(true)
	return nil
}

package journal

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func openFile(t *testing.T, dir string) *FileStore {
	t.Helper()
	s, err := Open(dir)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestFileStoreReopen(t *testing.T) {
	dir := t.TempDir()
	s := openFile(t, dir)
	e := &Entry{Key: "order/1", Flow: "order", Status: "PENDING", Payload: []byte(`{"n":1}`)}
	require.NoError(t, s.Create(t.Context(), e))
	require.NoError(t, s.Put(t.Context(), e))
	require.NoError(t, s.Close())

	s2 := openFile(t, dir)
	got, err := s2.Get(t.Context(), "order/1")
	require.NoError(t, err)
	assert.Equal(t, e, got)
}

func TestFileStoreNeverUsesKeyAsName(t *testing.T) {
	dir := t.TempDir()
	s := openFile(t, dir)
	keys := []string{"../../escape", "a/b/c", "/etc/passwd", ".", "..", "nul\x00byte", "日本語のキー"}
	for _, k := range keys {
		require.NoError(t, s.Create(t.Context(), &Entry{Key: k}))
		_, err := s.Lock(t.Context(), k)
		require.NoError(t, err)
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		require.NoError(t, err)
		rel, err := filepath.Rel(dir, path)
		require.NoError(t, err)
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			assert.Regexp(t, `^(\.|entries|locks|[0-9a-f]{64}\.(json|lock|write))$`, part)
		}
		return nil
	})
	require.NoError(t, err)
	es, err := s.List(t.Context(), Filter{})
	require.NoError(t, err)
	assert.Len(t, es, len(keys))
}

func TestFileStoreCorrupt(t *testing.T) {
	ctx := t.Context()
	s := openFile(t, t.TempDir())
	require.NoError(t, s.Create(ctx, &Entry{Key: "good"}))
	require.NoError(t, s.Create(ctx, &Entry{Key: "torn"}))
	path, err := s.Path("torn")
	require.NoError(t, err)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, b[:len(b)/2], 0o600))

	var ce *CorruptError
	_, err = s.Get(ctx, "torn")
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, path, ce.Path)
	assert.Equal(t, "torn", ce.Key)
	assert.Contains(t, err.Error(), "corrupt entry file")

	require.ErrorAs(t, s.Create(ctx, &Entry{Key: "torn"}), &ce)
	require.ErrorAs(t, s.Put(ctx, &Entry{Key: "torn", Version: 1}), &ce)
	_, err = s.List(ctx, Filter{})
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, path, ce.Path)
	_, err = s.Prune(ctx)
	require.ErrorAs(t, err, &ce)

	// Delete is the repair.
	require.NoError(t, s.Delete(ctx, "torn"))
	es, err := s.List(ctx, Filter{})
	require.NoError(t, err)
	require.Len(t, es, 1)

	// A file that holds another key (copied by hand) is corrupt too.
	other, err := s.Path("other")
	require.NoError(t, err)
	good, err := s.Path("good")
	require.NoError(t, err)
	b, err = os.ReadFile(good)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(other, b, 0o600))
	_, err = s.Get(ctx, "other")
	require.ErrorAs(t, err, &ce)
	assert.Contains(t, ce.Err.Error(), `holds key "good"`)

	for name, content := range map[string]string{
		"unknown format": `{"format":2,"key":"x","version":1}`,
		"version zero":   `{"format":1,"key":"x","version":0}`,
		"empty":          ``,
		"not json":       "\x00\x00\x00",
	} {
		x, err := s.Path("x")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(x, []byte(content), 0o600))
		_, err = s.Get(ctx, "x")
		require.ErrorAs(t, err, &ce, name)
	}
}

func TestFileStoreTempFiles(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	s := openFile(t, dir)
	require.NoError(t, s.Create(ctx, &Entry{Key: "k", Status: "OLD"}))
	path, err := s.Path("k")
	require.NoError(t, err)
	name := strings.TrimSuffix(filepath.Base(path), entrySuffix)

	// A writer that died between create and rename leaves a half-written
	// temp file; another writer is mid-write on a second key.
	other := openFile(t, dir)
	busyName := fileName("busy")
	unlock, err := other.writeLock(ctx, busyName)
	require.NoError(t, err)
	leftover := filepath.Join(dir, entriesDir, name+tempInfix+"123")
	require.NoError(t, os.WriteFile(leftover, []byte(`{"format":1,"ke`), 0o600))
	busy := filepath.Join(dir, entriesDir, busyName+tempInfix+"456")
	require.NoError(t, os.WriteFile(busy, []byte(`{`), 0o600))

	// Temp files are invisible to readers.
	got, err := s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Equal(t, "OLD", got.Status)
	es, err := s.List(ctx, Filter{})
	require.NoError(t, err)
	assert.Len(t, es, 1)

	// Open removes the leftover but not the file being written.
	openFile(t, dir)
	assert.NoFileExists(t, leftover)
	assert.FileExists(t, busy)

	require.NoError(t, unlock())
	_, err = s.Prune(ctx)
	require.NoError(t, err)
	assert.NoFileExists(t, busy)
}

func TestOpenErrors(t *testing.T) {
	_, err := Open("")
	require.Error(t, err)
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o600))
	_, err = Open(file)
	require.Error(t, err)
}

// TestFileNameProperties checks the key to file name mapping over many
// random and hostile keys: fixed-length lower-case hex, deterministic, no
// collisions.
func TestFileNameProperties(t *testing.T) {
	seen := make(map[string]string)
	add := func(k string) {
		n := fileName(k)
		require.True(t, isFileName(n), k)
		require.Equal(t, strings.ToLower(n), n)
		require.Equal(t, n, fileName(k))
		if prev, ok := seen[n]; ok {
			require.Equal(t, prev, k, "collision")
		}
		seen[n] = k
	}
	for i := range 20000 {
		b := make([]byte, 1+i%MaxKeyLen)
		_, _ = rand.Read(b)
		add(string(b))
		add(strings.Repeat("/..", i%60))
		add(string(rune(i)))
	}
	assert.Greater(t, len(seen), 39000)
}

func FuzzFileName(f *testing.F) {
	for _, k := range []string{"k", "../x", "a/b", "日本", strings.Repeat("z", MaxKeyLen), "\x00"} {
		f.Add(k)
	}
	dir := f.TempDir()
	s, err := Open(dir)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, key string) {
		path, err := s.Path(key)
		if checkKey(key) != nil {
			require.ErrorIs(t, err, ErrInvalid)
			return
		}
		require.NoError(t, err)
		assert.Equal(t, filepath.Join(dir, entriesDir), filepath.Dir(path))
		assert.True(t, isFileName(strings.TrimSuffix(filepath.Base(path), entrySuffix)))
		if len(key) < MaxKeyLen {
			other, err := s.Path(key + "\x00")
			require.NoError(t, err)
			assert.NotEqual(t, path, other)
		}
		// Every valid key round-trips through the store.
		e := &Entry{Key: key, Payload: []byte(`"v"`)}
		err = s.Create(t.Context(), e)
		if errors.Is(err, ErrExists) {
			return
		}
		require.NoError(t, err)
		got, err := s.Get(t.Context(), key)
		require.NoError(t, err)
		assert.Equal(t, key, got.Key)
		require.NoError(t, s.Delete(t.Context(), key))
	})
}

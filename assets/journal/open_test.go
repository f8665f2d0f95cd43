package journal

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/pgtest"
)

func TestOpenURL(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	for _, u := range []string{dir, "file://" + dir, filepath.Join(dir, "sub")} {
		s, err := OpenURL(ctx, u)
		require.NoError(t, err, u)
		_, ok := s.(*FileStore)
		assert.True(t, ok, "%s: %T", u, s)
		require.NoError(t, s.Close())
	}
	s, err := OpenURL(ctx, "memory:")
	require.NoError(t, err)
	assert.IsType(t, &MemoryStore{}, s)

	for _, u := range []string{"", "mysql://db/x", "file://elsewhere/x"} {
		_, err := OpenURL(ctx, u)
		require.ErrorIs(t, err, ErrInvalid, u)
	}
}

func TestOpenURLPostgres(t *testing.T) {
	s, err := OpenURL(t.Context(), pgtest.URL(t))
	require.NoError(t, err)
	defer s.Close()
	assert.IsType(t, &PostgresStore{}, s)
}

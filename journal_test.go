package ocean_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/pgtest"
)

// TestJournalURL: Config.JournalURL (OCEAN_JOURNAL) selects the journal
// store by URL, and wins over JournalDir.
func TestJournalURL(t *testing.T) {
	ctx := t.Context()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = net.Close() })
	b, err := net.AddressFile()
	require.NoError(t, err)
	addressFile := filepath.Join(t.TempDir(), "address.json")
	require.NoError(t, os.WriteFile(addressFile, b, 0o600))
	dial := func(t *testing.T, url, dir string) *ocean.Client {
		c, err := ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL(),
			AddressFile: addressFile, JournalURL: url, JournalDir: dir,
			Signers: ocean.NewKeySigners(net.Accounts()[1].Key, net.ChainID())})
		require.NoError(t, err)
		t.Cleanup(func() { require.NoError(t, c.Close()) })
		return c
	}

	t.Run("Directory", func(t *testing.T) {
		dir := t.TempDir()
		c := dial(t, dir, t.TempDir())
		fs, ok := c.Journal.(*journal.FileStore)
		require.True(t, ok, "%T", c.Journal)
		assert.Equal(t, dir, fs.Dir())
		assert.Same(t, c.Journal, c.Assets.Journal())
	})
	t.Run("Postgres", func(t *testing.T) {
		c := dial(t, pgtest.URL(t), t.TempDir())
		_, ok := c.Journal.(*journal.PostgresStore)
		require.True(t, ok, "%T", c.Journal)
		require.NoError(t, c.Journal.Create(ctx, &journal.Entry{Key: "k", Flow: "test"}))
	})
	t.Run("Bad", func(t *testing.T) {
		_, err := ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: net.RPCURL(), NodeURL: net.NodeURL(),
			AddressFile: addressFile, JournalURL: "mysql://db/x"})
		require.ErrorIs(t, err, journal.ErrInvalid)
	})
	t.Run("Env", func(t *testing.T) {
		t.Setenv(ocean.EnvJournal, "postgres://db.internal/ocean")
		cfg, err := ocean.ConfigFromEnv()
		require.NoError(t, err)
		assert.Equal(t, "postgres://db.internal/ocean", cfg.JournalURL)
	})
}

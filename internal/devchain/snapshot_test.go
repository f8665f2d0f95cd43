package devchain_test

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/devchain"
)

// snapshotFiles lists the snapshot files in dir.
func snapshotFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	return files
}

// head returns the chain's head block number.
func head(t *testing.T, c *devchain.Chain) uint64 {
	t.Helper()
	n, err := c.Client().BlockNumber(t.Context())
	require.NoError(t, err)
	return n
}

// sent counts the transactions in every block of c.
func sent(t *testing.T, c *devchain.Chain) int {
	t.Helper()
	n := 0
	for i := range head(t, c) + 1 {
		b, err := c.Client().BlockByNumber(t.Context(), new(big.Int).SetUint64(i))
		require.NoError(t, err)
		n += b.Transactions().Len()
	}
	return n
}

// A start from a snapshot has no deployment transactions and the state a
// deployment gives: same addresses, code, ETH balances and nonces.
func TestSnapshotStartMatchesDeployment(t *testing.T) {
	dir := t.TempDir()
	deployed := startChain(t, devchain.Options{SnapshotDir: dir})
	require.Positive(t, head(t, deployed), "the first start deploys with transactions")
	require.Len(t, snapshotFiles(t, dir), 1)

	snap := startChain(t, devchain.Options{SnapshotDir: dir})
	require.Zero(t, sent(t, snap), "a start from a snapshot sends no transaction")
	require.Equal(t, uint64(1), head(t, snap), "only the empty block that starts the transaction index")
	want, got := *deployed.Deployment(), *snap.Deployment()
	require.Greater(t, want.StartBlock, uint64(1))
	require.Equal(t, uint64(1), got.StartBlock)
	want.StartBlock, got.StartBlock = 0, 0
	require.Equal(t, want, got)

	ctx := t.Context()
	addrs := []common.Address{got.Ocean, got.OPFCommunityFeeCollector, got.ERC20Template, got.ERC20TemplateEnterprise,
		got.ERC721Template, got.AccessListTemplate, got.Router, got.FixedRateExchange, got.Dispenser,
		got.ERC721Factory, got.Escrow, got.AccessListFactory}
	for _, a := range deployed.Accounts() {
		addrs = append(addrs, a.Address)
	}
	for _, a := range addrs {
		for what, read := range map[string]func(*devchain.Chain) any{
			"code": func(c *devchain.Chain) any {
				code, err := c.Client().CodeAt(ctx, a, nil)
				require.NoError(t, err)
				return common.Bytes2Hex(code)
			},
			"balance": func(c *devchain.Chain) any {
				b, err := c.Client().BalanceAt(ctx, a, nil)
				require.NoError(t, err)
				return b.String()
			},
			"nonce": func(c *devchain.Chain) any {
				n, err := c.Client().NonceAt(ctx, a, nil)
				require.NoError(t, err)
				return n
			},
		} {
			require.Equal(t, read(deployed), read(snap), "%s of %s", what, a)
		}
	}
	// And the contracts work: wiring, OCEAN balances, a data NFT.
	checkDeployment(t, snap, snap.Client())
}

// A snapshot whose state does not match the root it records is not used:
// the chain deploys and the file is replaced.
func TestSnapshotTamperedIsReplaced(t *testing.T) {
	dir := t.TempDir()
	first := startChain(t, devchain.Options{SnapshotDir: dir})
	files := snapshotFiles(t, dir)
	require.Len(t, files, 1)
	raw, err := os.ReadFile(files[0])
	require.NoError(t, err)
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &doc))
	var alloc map[common.Address]map[string]any
	require.NoError(t, json.Unmarshal(doc["alloc"], &alloc))
	rich := first.Accounts()[1].Address
	alloc[rich]["balance"] = "0x" + new(big.Int).Lsh(big.NewInt(1), 200).Text(16)
	doc["alloc"], err = json.Marshal(alloc)
	require.NoError(t, err)
	raw, err = json.Marshal(doc)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(files[0], raw, 0o644))

	c := startChain(t, devchain.Options{SnapshotDir: dir})
	require.Positive(t, head(t, c), "a tampered snapshot must not be used")
	bal, err := c.Client().BalanceAt(t.Context(), rich, nil)
	require.NoError(t, err)
	require.Less(t, bal.BitLen(), 200)

	again := startChain(t, devchain.Options{SnapshotDir: dir})
	require.Zero(t, sent(t, again), "the replaced snapshot is used")
}

// Garbage in the snapshot file, or a cache folder that cannot be written,
// only costs a deployment.
func TestSnapshotUnusable(t *testing.T) {
	t.Run("garbage", func(t *testing.T) {
		dir := t.TempDir()
		startChain(t, devchain.Options{SnapshotDir: dir})
		files := snapshotFiles(t, dir)
		require.Len(t, files, 1)
		require.NoError(t, os.WriteFile(files[0], []byte(`{"format":1,"alloc":`), 0o644))
		c := startChain(t, devchain.Options{SnapshotDir: dir})
		require.Positive(t, head(t, c))
		checkDeployment(t, c, c.Client())
	})
	t.Run("unwritable", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "not-a-folder")
		require.NoError(t, os.WriteFile(file, nil, 0o644))
		c := startChain(t, devchain.Options{SnapshotDir: file})
		require.Positive(t, head(t, c))
		checkDeployment(t, c, c.Client())
	})
	t.Run("disabled", func(t *testing.T) {
		dir := t.TempDir()
		c := startChain(t, devchain.Options{SnapshotDir: dir, NoSnapshot: true})
		require.Positive(t, head(t, c))
		require.Empty(t, snapshotFiles(t, dir))
	})
}

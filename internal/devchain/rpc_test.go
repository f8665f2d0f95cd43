package devchain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/devchain"
)

// cachingCounter answers the pending transaction count the way ethers 6's
// AbstractProvider does with its default options: an identical request
// made within EthersCacheWindow of the first one shares its answer.
type cachingCounter struct {
	c  *ethclient.Client
	mu sync.Mutex
	at map[common.Address]time.Time
	n  map[common.Address]uint64
}

func (cc *cachingCounter) pendingNonce(ctx context.Context, a common.Address) (uint64, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if at, ok := cc.at[a]; ok && time.Since(at) < devchain.EthersCacheWindow {
		return cc.n[a], nil
	}
	at := time.Now()
	n, err := cc.c.PendingNonceAt(ctx, a)
	if err != nil {
		return 0, err
	}
	cc.at[a], cc.n[a] = at, n
	return n, nil
}

func transfer(t *testing.T, c *devchain.Chain, from devchain.Account, nonce uint64) *types.Transaction {
	t.Helper()
	to := c.Accounts()[9].Address
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	return tx
}

// A client that asks its count before every transaction and caches it like
// ethers 6 (count, send, wait for the receipt, again) never reuses a spent
// nonce over JSON-RPC, and each transaction is answered no sooner than a
// cache window after the count it was signed with was asked for.
func TestCountHoldKeepsCachingClientsRight(t *testing.T) {
	c := startChain(t, devchain.Options{SkipDeploy: true, HTTPAddr: "127.0.0.1:0"})
	ctx := t.Context()
	// Not Go's default user agent, which the devnet knows has no cache.
	rc, err := rpc.DialOptions(ctx, c.RPCURL(), rpc.WithHeader("User-Agent", "caching-client/1"))
	require.NoError(t, err)
	ec := ethclient.NewClient(rc)
	defer ec.Close()
	cc := &cachingCounter{c: ec, at: map[common.Address]time.Time{}, n: map[common.Address]uint64{}}
	from := c.Accounts()[1]
	for i := range 4 {
		asked := time.Now()
		nonce, err := cc.pendingNonce(ctx, from.Address)
		require.NoError(t, err)
		require.Equal(t, uint64(i), nonce, "the count came from a stale cache entry")
		tx := transfer(t, c, from, nonce)
		require.NoError(t, ec.SendTransaction(ctx, tx), "transaction %d", i)
		require.GreaterOrEqual(t, time.Since(asked), devchain.EthersCacheWindow)
		r, err := bind.WaitMined(ctx, ec, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
}

// The hold changes no answer: errors of the wrapped methods arrive as
// go-ethereum words them, counts at any block tag are go-ethereum's, and
// web3 and net are served.
func TestRPCAnswersUnchanged(t *testing.T) {
	c := startChain(t, devchain.Options{SkipDeploy: true, HTTPAddr: "127.0.0.1:0"})
	ctx := t.Context()
	ec, err := ethclient.DialContext(ctx, c.RPCURL())
	require.NoError(t, err)
	defer ec.Close()
	from := c.Accounts()[2]
	tx := transfer(t, c, from, 0)
	require.NoError(t, c.Client().SendTransaction(ctx, tx))
	_, err = bind.WaitMined(ctx, c.Client(), tx.Hash())
	require.NoError(t, err)

	// A different transaction with the spent nonce: a byte-identical one
	// would be "already known" for as long as the pool remembers its hash.
	to := c.Accounts()[9].Address
	spent, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: 0, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21_000, To: &to, Value: big.NewInt(2),
	})
	require.NoError(t, err)
	err = ec.SendTransaction(ctx, spent)
	require.ErrorContains(t, err, "nonce too low")
	var rpcErr rpc.Error
	require.ErrorAs(t, err, &rpcErr)
	require.Equal(t, -32000, rpcErr.ErrorCode())

	pending, err := ec.PendingNonceAt(ctx, from.Address)
	require.NoError(t, err)
	latest, err := ec.NonceAt(ctx, from.Address, nil)
	require.NoError(t, err)
	genesis, err := ec.NonceAt(ctx, from.Address, big.NewInt(0))
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 1, 0}, []uint64{pending, latest, genesis})
	var none hexutil.Uint64
	require.NoError(t, ec.Client().CallContext(ctx, &none, "eth_getTransactionCount", from.Address))
	require.Equal(t, hexutil.Uint64(1), none, "the block tag is optional")

	var version, netVersion string
	require.NoError(t, ec.Client().CallContext(ctx, &version, "web3_clientVersion"))
	require.Contains(t, version, "Geth/")
	require.NoError(t, ec.Client().CallContext(ctx, &netVersion, "net_version"))
	require.Equal(t, "8996", netVersion)
	require.ErrorContains(t, ec.SendTransaction(ctx, types.NewTx(&types.LegacyTx{})), "replay-protected")
}

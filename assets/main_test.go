package assets_test

import (
	"context"
	"crypto/ecdsa"
	"flag"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// One devnet per test package, with JSON-RPC on so that child processes
// (the crash tests) and the counting benchmark reach the same chain. A
// child process (childEnv set) starts none: it connects to its parent's.
var devNet *devnet.Network

// The devnet funds firstPooled + accountsPerRun × -count accounts.
// Accounts 0 (the deployer) to 9 are left to the examples, which run one
// at a time after the tests; each test takes its own from the rest with
// takeAccounts, so tests never share nonces, balances, orders or jobs and
// run in parallel, also across the runs of -count. One run uses about 80.
const (
	accountsPerRun = 100
	firstPooled    = 10
)

// poolAccounts is how many accounts the devnet funds (set by TestMain).
var poolAccounts int

// runs returns the -count the tests were started with (at least 1).
func runs() int {
	if f := flag.Lookup("test.count"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			if n, ok := g.Get().(uint); ok && n > 1 {
				return int(n)
			}
		}
	}
	return 1
}

// pooled counts the accounts taken so far.
var pooled atomic.Int64

// takeAccounts returns funded devnet accounts that no other test uses,
// at the indexes asked for: a slice as long as the highest index plus
// one, whose other entries are zero (a test written against
// devNet.Accounts() keeps its indexes).
func takeAccounts(t testing.TB, idx ...int) []devnet.Account {
	t.Helper()
	hi := firstPooled + int(pooled.Add(int64(len(idx))))
	all := devNet.Accounts()
	require.LessOrEqual(t, hi, len(all), "the devnet's account pool is used up: raise accountsPerRun")
	out := make([]devnet.Account, slices.Max(idx)+1)
	for i, x := range idx {
		require.Zero(t, out[x].Key, "index %d asked twice", x)
		out[x] = all[hi-len(idx)+i]
	}
	return out
}

const childEnv = "OCEANGO_ASSETS_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(m.Run())
	}
	flag.Parse()
	poolAccounts = firstPooled + accountsPerRun*runs()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	var err error
	devNet, err = devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0", Accounts: poolAccounts, AllowLocalCompute: true})
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "assets tests need a devnet (npm ci installs the contracts):", err)
		os.Exit(1)
	}
	code := m.Run()
	devNet.Close()
	os.Exit(code)
}

// counter counts HTTP requests (node requests or JSON-RPC posts).
type counter struct {
	base http.RoundTripper
	n    atomic.Int64
}

func (c *counter) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.base.RoundTrip(r)
}

// wiring says how a test client reaches the network.
type wiring struct {
	rpcURL, nodeURL string
	contracts       addresses.Contracts
	store           journal.Store
	rpcTransport    http.RoundTripper // non-nil: dial JSON-RPC through it
	nodeCount       *counter
	// nodeWrap, when set, wraps the transport of node requests.
	nodeWrap func(http.RoundTripper) http.RoundTripper
	opts     []assets.Option
}

// newClient returns an assets client acting as key.
func newClient(t testing.TB, key *ecdsa.PrivateKey, w wiring) *assets.Client {
	t.Helper()
	ctx := context.Background()
	var backend *ethclient.Client
	if w.rpcURL != "" || w.rpcTransport != nil {
		url := w.rpcURL
		if url == "" {
			url = devNet.RPCURL()
		}
		var rt http.RoundTripper = http.DefaultTransport
		if w.rpcTransport != nil {
			rt = w.rpcTransport
		}
		rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: rt}))
		require.NoError(t, err)
		backend = ethclient.NewClient(rc)
		t.Cleanup(backend.Close)
	} else {
		backend = devNet.Client()
	}
	nodeURL, contracts := w.nodeURL, w.contracts
	if nodeURL == "" {
		nodeURL, contracts = devNet.NodeURL(), devNet.Contracts()
	}
	var rt http.RoundTripper = http.DefaultTransport
	if w.nodeCount != nil {
		w.nodeCount.base = rt
		rt = w.nodeCount
	}
	if w.nodeWrap != nil {
		rt = w.nodeWrap(rt)
	}
	prov, err := provider.New(nodeURL, nodehttp.WithTransport(rt))
	require.NoError(t, err)
	idx, err := indexer.New(nodeURL, nodehttp.WithTransport(rt))
	require.NoError(t, err)
	auth := bind.NewKeyedTransactor(key, bigDevChainID())
	tm, err := transact.New(backend, auth.From, auth.Signer, transact.Options{PollInterval: 50 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	store := w.store
	if store == nil {
		store = journal.NewMemory()
	}
	account, err := compute.NewAccount(provider.NewKeySigner(key), tm)
	require.NoError(t, err)
	c, err := assets.New(assets.Config{Provider: prov, Indexer: idx, Backend: backend, Account: account, Journal: store, ChainID: addresses.DevChainID, Contracts: contracts}, w.opts...)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), c.Address())
	return c
}

func bigDevChainID() *big.Int { return big.NewInt(addresses.DevChainID) }

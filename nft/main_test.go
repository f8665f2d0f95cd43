package nft_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devchain/devchaintest"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// One dev chain for the package, used in-process and over JSON-RPC.
var (
	chain     *devchain.Chain
	rpcClient *ethclient.Client
)

func TestMain(m *testing.M) {
	devchaintest.Run(m, "nft", func(c *devchain.Chain, r *ethclient.Client) { chain, rpcClient = c, r })
}

// env is one backend of the chain plus a transact.Manager per account.
type env struct {
	t   *testing.T
	ctx context.Context
	b   bind.Backend
	d   *devchain.Deployment
	acc []devchain.Account
	tms map[int]*transact.Manager
}

// Account roles in the tests.
const (
	publisher = 1
	other     = 2
	consumer  = 3
)

// backends runs f in-process and over JSON-RPC.
func backends(t *testing.T, f func(t *testing.T, e *env)) {
	for _, be := range devchaintest.Backends(chain, rpcClient) {
		b := be.Client
		t.Run(be.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			t.Cleanup(cancel)
			e := &env{t: t, ctx: ctx, b: b, d: chain.Deployment(), acc: chain.Accounts(), tms: map[int]*transact.Manager{}}
			t.Cleanup(func() {
				for _, tm := range e.tms {
					tm.Close()
				}
			})
			f(t, e)
		})
	}
}

func (e *env) tm(i int) *transact.Manager {
	if tm := e.tms[i]; tm != nil {
		return tm
	}
	a := e.acc[i]
	tm, err := transact.New(e.b, a.Address, bind.NewKeyedTransactor(a.Key, chain.ChainID()).Signer,
		transact.Options{PollInterval: 20 * time.Millisecond})
	require.NoError(e.t, err)
	e.tms[i] = tm
	return tm
}

func (e *env) factory(i int) *nft.Factory {
	f, err := nft.NewFactory(e.b, e.d.ERC721Factory, e.tm(i))
	require.NoError(e.t, err)
	return f
}

func (e *env) nft(i int, c *nft.Created) *nft.NFT {
	n, err := nft.New(e.b, c.NFT, e.tm(i))
	require.NoError(e.t, err)
	return n
}

// mined returns a function that requires a send to succeed, waits for the
// transaction with account i's manager and requires it to be mined
// successfully: e.mined(i)(handle.Method(ctx, ...)).
func (e *env) mined(i int) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		e.t.Helper()
		require.NoError(e.t, err)
		r, err := e.tm(i).Wait(e.ctx, tx)
		require.NoError(e.t, err)
		require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
		return r
	}
}

func (e *env) create(i int, p nft.CreateParams) *nft.Created {
	e.t.Helper()
	c, err := e.factory(i).CreateAndWait(e.ctx, p)
	require.NoError(e.t, err)
	return c
}

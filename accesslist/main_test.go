package accesslist_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devchain/devchaintest"
	"github.com/oceango/ocean.go/transact"
)

// One dev chain for the package, used in-process and over JSON-RPC.
var (
	chain     *devchain.Chain
	rpcClient *ethclient.Client
)

func TestMain(m *testing.M) {
	devchaintest.Run(m, "accesslist", func(c *devchain.Chain, r *ethclient.Client) { chain, rpcClient = c, r })
}

// Account roles in the tests.
const (
	owner  = 1
	alice  = 2
	bob    = 3
	carol  = 4
	mallet = 5
)

// env is one backend of the chain plus a transact.Manager per account.
type env struct {
	t   *testing.T
	ctx context.Context
	b   bind.Backend
	d   *devchain.Deployment
	acc []devchain.Account
	tms map[int]*transact.Manager
}

// backends runs f in-process and over JSON-RPC.
func backends(t *testing.T, f func(t *testing.T, e *env)) {
	for _, be := range devchaintest.Backends(chain, rpcClient) {
		t.Run(be.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			t.Cleanup(cancel)
			e := &env{t: t, ctx: ctx, b: be.Client, d: chain.Deployment(), acc: chain.Accounts(), tms: map[int]*transact.Manager{}}
			t.Cleanup(func() {
				for _, tm := range e.tms {
					tm.Close()
				}
			})
			f(t, e)
		})
	}
}

func (e *env) addr(i int) common.Address { return e.acc[i].Address }

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

func (e *env) factory(i int) *accesslist.Factory {
	f, err := accesslist.NewFactory(e.b, e.d.AccessListFactory, e.tm(i))
	require.NoError(e.t, err)
	return f
}

func (e *env) list(i int, addr common.Address) *accesslist.List {
	l, err := accesslist.New(e.b, addr, e.tm(i))
	require.NoError(e.t, err)
	return l
}

// mined requires a send to succeed and its transaction to be mined
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

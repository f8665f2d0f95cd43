package datatoken_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
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
	devchaintest.Run(m, "datatoken", func(c *devchain.Chain, r *ethclient.Client) { chain, rpcClient = c, r })
}

// Account roles in the tests (account 0 deployed the contracts).
const (
	publisher = 1
	buyer     = 2
	provider  = 3
	market    = 4
	stranger  = 5
	payee     = 6
)

type env struct {
	t   testing.TB
	ctx context.Context
	b   bind.Backend
	d   *devchain.Deployment
	acc []devchain.Account
	tms map[int]*transact.Manager
}

// backends runs f in-process and over JSON-RPC.
func backends(t *testing.T, f func(t *testing.T, e *env)) {
	for _, b := range devchaintest.Backends(chain, rpcClient) {
		t.Run(b.Name, func(t *testing.T) {
			f(t, newEnv(t, b.Client))
		})
	}
}

func newEnv(t testing.TB, b bind.Backend) *env {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	e := &env{t: t, ctx: ctx, b: b, d: chain.Deployment(), acc: chain.Accounts(), tms: map[int]*transact.Manager{}}
	t.Cleanup(func() {
		for _, tm := range e.tms {
			tm.Close()
		}
	})
	return e
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

// mined requires a send to succeed and its transaction to be mined
// successfully, waiting with account i's manager.
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

func (e *env) token(i int, addr common.Address) *datatoken.Token {
	dt, err := datatoken.New(e.b, addr, e.tm(i))
	require.NoError(e.t, err)
	return dt
}

func (e *env) ocean(i int) *datatoken.ERC20 {
	o, err := datatoken.NewERC20(e.b, e.d.Ocean, e.tm(i))
	require.NoError(e.t, err)
	return o
}

func (e *env) balance(token, who common.Address) *big.Int {
	e.t.Helper()
	t, err := datatoken.NewERC20(e.b, token, nil)
	require.NoError(e.t, err)
	bal, err := t.Balance(e.ctx, who)
	require.NoError(e.t, err)
	return bal
}

// publish creates a data NFT with a datatoken (optionally priced) as the
// publisher and returns what was created.
func (e *env) publish(p nft.CreateParams) *nft.Created {
	e.t.Helper()
	if p.Name == "" {
		p.Name, p.Symbol = "Data NFT", "DN"
	}
	if p.Datatoken == nil {
		p.Datatoken = &datatoken.Params{Name: "Datatoken", Symbol: "DT"}
	}
	f, err := nft.NewFactory(e.b, e.d.ERC721Factory, e.tm(publisher))
	require.NoError(e.t, err)
	c, err := f.CreateAndWait(e.ctx, p)
	require.NoError(e.t, err)
	return c
}

// providerFee builds a fee signed with the provider account's key.
func (e *env) providerFee(token common.Address, amount *big.Int, data string) ddo.ProviderFee {
	e.t.Helper()
	fee := ddo.ProviderFee{ProviderFeeAddress: e.addr(provider), ProviderFeeToken: token, ProviderFeeAmount: amount,
		ProviderData: []byte(data), ValidUntil: big.NewInt(time.Now().Add(time.Hour).Unix())}
	key := e.acc[provider].Key
	require.NoError(e.t, fee.Sign(func(digest []byte) ([]byte, error) { return crypto.Sign(digest, key) }))
	return fee
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func milli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether/1000)) }

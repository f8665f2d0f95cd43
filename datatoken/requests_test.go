package datatoken_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// codeCounting counts eth_getCode requests.
type codeCounting struct {
	bind.Backend
	n atomic.Int32
}

func (c *codeCounting) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	c.n.Add(1)
	return c.Backend.CodeAt(ctx, a, n)
}

// countingManager returns account i's own manager over a backend that
// counts eth_getCode.
func (e *env) countingManager(i int) (*transact.Manager, *codeCounting) {
	b := &codeCounting{Backend: e.b}
	a := e.acc[i]
	tm, err := transact.New(b, a.Address, bind.NewKeyedTransactor(a.Key, chain.ChainID()).Signer,
		transact.Options{PollInterval: 20 * time.Millisecond})
	require.NoError(e.t, err)
	e.t.Cleanup(tm.Close)
	return tm, b
}

// Sends skip the code check for contracts known to have code: the data
// NFT whose creation receipt shows it emitting logs (only the factory's
// code is asked for), and a token that answered a read.
func TestKnownContractsNeedNoCodeCheck(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		tm, b := e.countingManager(stranger)
		f, err := nft.NewFactory(b, e.d.ERC721Factory, tm)
		require.NoError(t, err)
		c, err := f.CreateAndWait(e.ctx, nft.CreateParams{Name: "N", Symbol: "N",
			Datatoken: &datatoken.Params{Name: "D", Symbol: "D"}})
		require.NoError(t, err)
		n, err := nft.New(b, c.NFT, tm)
		require.NoError(t, err)
		doc := `{"b":2}`
		tx, err := n.SetMetaData(e.ctx, nft.Metadata{State: ddo.StateActive, DecryptorURL: "http://127.0.0.1:8001",
			Flags: []byte{0}, Data: []byte(doc), Hash: ddo.Hash(sha256.Sum256([]byte(doc)))})
		require.NoError(t, err)
		_, err = tm.Wait(e.ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, int32(1), b.n.Load(), "only the factory's code")

		e.mined(stranger)(e.token(stranger, c.Datatoken()).Mint(e.ctx, e.addr(payee), ether(1)))
		tm, b = e.countingManager(payee)
		dt, err := datatoken.New(b, c.Datatoken(), tm)
		require.NoError(t, err)
		_, err = dt.TemplateID(e.ctx)
		require.NoError(t, err)
		tx, err = dt.Burn(e.ctx, ether(1))
		require.NoError(t, err)
		_, err = tm.Wait(e.ctx, tx)
		require.NoError(t, err)
		assert.Zero(t, b.n.Load())
	})
}

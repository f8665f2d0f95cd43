package assets_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/transact"
)

func ctxFor(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func sampleParams(t testing.TB, key string, content []byte, pricing assets.Pricing) assets.PublishParams {
	t.Helper()
	u, err := devNet.AddFile("f-"+shortName(key)+".bin", bytes.NewReader(content))
	require.NoError(t, err)
	return assets.PublishParams{Key: key,
		Metadata: assets.Metadata{Name: "test " + key, Description: "assets test", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: u}}, Timeout: 3600, Pricing: pricing, Checksum: true}}}
}

func shortName(key string) string {
	b := []byte(key)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			b[i] = '-'
		}
	}
	return string(b)
}

func TestPublish(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	pub := newClient(t, takeAccounts(t, 0)[0].Key, wiring{})
	p := sampleParams(t, "publish-free", []byte("hello ocean"), assets.Pricing{Type: assets.PricingFree})
	res, err := pub.Publish(ctx, p)
	require.NoError(t, err)
	require.NotNil(t, res.Asset)
	assert.Equal(t, res.DID, res.Asset.ID)
	assert.Len(t, res.Datatokens, 1)
	assert.Equal(t, res.MetadataTx.Hex(), res.Asset.IndexedMetadata.Event.TxID)

	// Same key again: the finished flow's result, nothing new on chain.
	again, err := pub.Publish(ctx, p)
	require.NoError(t, err)
	assert.Equal(t, res.DID, again.DID)
	assert.Equal(t, res.CreateTx, again.CreateTx)

	// Same key, other parameters: refused.
	p2 := p
	p2.Metadata.Name = "other"
	_, err = pub.Publish(ctx, p2)
	require.ErrorIs(t, err, assets.ErrKeyInUse)

	// Invalid parameters never touch the chain.
	_, err = pub.Publish(ctx, assets.PublishParams{Key: "x"})
	require.ErrorIs(t, err, assets.ErrInvalidParams)
	_ = ddo.ServiceAccess
}

// An account without coin for gas gets a *FundsError from the node's
// refusal of its first transaction (no request of its own checks the
// balance), and nothing reaches the chain.
func TestPublishNoGasCoin(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	pub := newClient(t, key, wiring{})
	p := sampleParams(t, "publish-no-gas", []byte("no coin"), assets.Pricing{Type: assets.PricingFree})
	_, err = pub.Publish(ctx, p)
	require.ErrorIs(t, err, assets.ErrInsufficientFunds)
	require.ErrorIs(t, err, transact.ErrInsufficientFunds)
	var fe *assets.FundsError
	require.ErrorAs(t, err, &fe)
	assert.Nil(t, fe.Have)
	assert.Contains(t, fe.Error(), "does not cover gas")
	n, err := devNet.Client().NonceAt(ctx, pub.Address(), nil)
	require.NoError(t, err)
	assert.Zero(t, n, "nothing sent")
}

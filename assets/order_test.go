package assets_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

func orderAndDownload(t *testing.T, ctx context.Context, cons *assets.Client, key string, pubd *assets.Published, content []byte) *assets.Ordered {
	t.Helper()
	o, err := cons.Order(ctx, assets.OrderParams{Key: key, DID: pubd.DID})
	require.NoError(t, err)
	var buf bytes.Buffer
	res, err := cons.Download(ctx, assets.DownloadParamsFor(o, 0), &buf)
	require.NoError(t, err)
	assert.Equal(t, content, buf.Bytes())
	assert.Equal(t, int64(len(content)), res.Size)
	return o
}

func TestOrderAndDownload(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 3, 4)
	pub := newClient(t, accs[1].Key, wiring{})
	cons := newClient(t, accs[3].Key, wiring{})
	content := bytes.Repeat([]byte("ocean.go assets\n"), 1000)

	t.Run("free", func(t *testing.T) {
		pubd, err := pub.Publish(ctx, sampleParams(t, "order-free", content, assets.Pricing{Type: assets.PricingFree}))
		require.NoError(t, err)
		o := orderAndDownload(t, ctx, cons, "order-free/1", pubd, content)
		assert.False(t, o.Reused)

		// A second order (new key) reuses the still-valid one: nothing paid.
		o2, err := cons.Order(ctx, assets.OrderParams{Key: "order-free/2", DID: pubd.DID})
		require.NoError(t, err)
		assert.True(t, o2.Reused)
		assert.Equal(t, o.TxHash, o2.TxHash)

		// Every file into a directory.
		dir := t.TempDir()
		all, err := cons.DownloadAll(ctx, assets.DownloadParamsFor(o, 0), dir)
		require.NoError(t, err)
		require.Len(t, all, 1)
		got, err := os.ReadFile(filepath.Join(dir, all[0].FileName))
		require.NoError(t, err)
		assert.Equal(t, content, got)

		// Another consumer cannot download with this order.
		other := newClient(t, accs[4].Key, wiring{})
		_, err = other.Download(ctx, assets.DownloadParamsFor(o, 0), &bytes.Buffer{})
		require.Error(t, err)
		var pe *nodehttp.Error
		require.ErrorAs(t, err, &pe)
	})

	t.Run("fixed", func(t *testing.T) {
		pubd, err := pub.Publish(ctx, sampleParams(t, "order-fixed", content,
			assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(2e18)}))
		require.NoError(t, err)
		ocean, err := datatoken.NewERC20(devNet.Client(), devNet.Contracts().Ocean, nil)
		require.NoError(t, err)
		before, err := ocean.Balance(ctx, accs[3].Address)
		require.NoError(t, err)
		orderAndDownload(t, ctx, cons, "order-fixed/1", pubd, content)
		after, err := ocean.Balance(ctx, accs[3].Address)
		require.NoError(t, err)
		paid := new(big.Int).Sub(before, after)
		assert.GreaterOrEqual(t, paid.Cmp(big.NewInt(2e18)), 0, "paid the rate: %s", paid)
	})

	t.Run("no pricing", func(t *testing.T) {
		pubd, err := pub.Publish(ctx, sampleParams(t, "order-none", content, assets.Pricing{Template: datatoken.TemplateStandard}))
		require.NoError(t, err)
		// Nobody sells it: a typed error, nothing sent.
		_, err = cons.Order(ctx, assets.OrderParams{Key: "order-none/1", DID: pubd.DID})
		require.ErrorIs(t, err, assets.ErrNoDatatoken)
		// The publisher hands one out; the order uses the balance.
		tm, err := transact.New(devNet.Client(), accs[1].Address, bind.NewKeyedTransactor(accs[1].Key, big.NewInt(addresses.DevChainID)).Signer, transact.Options{})
		require.NoError(t, err)
		defer tm.Close()
		dt, err := datatoken.New(devNet.Client(), pubd.Datatokens[0], tm)
		require.NoError(t, err)
		tx, err := dt.Mint(ctx, accs[3].Address, big.NewInt(1e18))
		require.NoError(t, err)
		_, err = tm.Wait(ctx, tx)
		require.NoError(t, err)
		orderAndDownload(t, ctx, cons, "order-none/2", pubd, content)
	})

	t.Run("wrong checksum", func(t *testing.T) {
		p := sampleParams(t, "order-badsum", content, assets.Pricing{Type: assets.PricingFree})
		p.Services[0].Checksum = false
		p.Services[0].Files[0].SHA256 = "00" + string(bytes.Repeat([]byte("ab"), 31))
		pubd, err := pub.Publish(ctx, p)
		require.NoError(t, err)
		o, err := cons.Order(ctx, assets.OrderParams{Key: "order-badsum/1", DID: pubd.DID})
		require.NoError(t, err)
		_, err = cons.Download(ctx, assets.DownloadParamsFor(o, 0), &bytes.Buffer{})
		require.ErrorIs(t, err, provider.ErrIntegrity)
	})
}

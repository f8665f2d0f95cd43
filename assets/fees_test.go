package assets_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
)

// newCollector returns a fresh address with no balance: a consume
// market's fee collector.
func newCollector(t *testing.T) common.Address {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return crypto.PubkeyToAddress(k.PublicKey)
}

func costsOf(q *assets.Quote) map[string]string {
	out := map[string]string{}
	for _, c := range q.Costs {
		out[c.What] = assets.FormatUnits(c.Amount, c.Decimals) + " " + c.Symbol
	}
	return out
}

// TestConsumeMarketFees orders a fixed-price service (both datatoken
// templates) through a consume market that charges a 0.5 OCEAN order fee
// and a 1% swap fee: the quote lists both, a MaxPrice below the total
// pays nothing, and the order pays the collector exactly both fees.
func TestConsumeMarketFees(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 2)
	pub := newClient(t, accs[1].Key, wiring{})
	buyer := accs[2]
	for _, tmpl := range []uint64{datatoken.TemplateEnterprise, datatoken.TemplateStandard} {
		pubd, err := pub.Publish(ctx, sampleParams(t, "consume-fees/"+string(rune('0'+tmpl)), []byte("market fees\n"),
			assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18), Template: tmpl}))
		require.NoError(t, err)
		collector := newCollector(t)
		cm := assets.ConsumeMarketFee{Address: collector, Token: devNet.Contracts().Ocean,
			Amount: big.NewInt(5e17), SwapFee: big.NewInt(1e16)}
		c := newClient(t, buyer.Key, wiring{})

		q, err := c.Quote(ctx, assets.OrderParams{DID: pubd.DID, ConsumeMarket: cm})
		require.NoError(t, err)
		costs := costsOf(q)
		assert.Equal(t, "1 OCEAN", costs[assets.CostPrice])
		assert.Equal(t, "0.01 OCEAN", costs[assets.CostConsumeSwapFee])
		assert.Equal(t, "0.5 OCEAN", costs[assets.CostConsumeOrderFee])
		assert.Equal(t, "1.011", assets.FormatUnits(q.ExchangeTotal, 18), "the swap fee is the exchange's")
		assert.Equal(t, "1.511", assets.FormatUnits(q.PriceTotal(), 18))
		require.Len(t, q.Totals(), 1)
		assert.Equal(t, "1.511", assets.FormatUnits(q.Totals()[0].Amount, 18))

		// A maximum that covers the exchange but not the order fee: nothing sent.
		before := oceanBalance(t, ctx, buyer.Address)
		_, err = c.Order(ctx, assets.OrderParams{Key: "too-low/" + pubd.DID, DID: pubd.DID, ConsumeMarket: cm, MaxPrice: q.ExchangeTotal})
		var pe *assets.PriceError
		require.ErrorAs(t, err, &pe, "template %d", tmpl)
		assert.ErrorIs(t, err, assets.ErrPriceTooHigh)
		assert.Equal(t, before, oceanBalance(t, ctx, buyer.Address), "nothing paid")
		assert.Zero(t, oceanBalance(t, ctx, collector).Sign())

		o, err := c.Order(ctx, assets.OrderParams{Key: "fees/" + pubd.DID, DID: pubd.DID, ConsumeMarket: cm, MaxPrice: q.PriceTotal()})
		require.NoError(t, err, "template %d", tmpl)
		assert.False(t, o.Reused)
		assert.Equal(t, "0.51", assets.FormatUnits(oceanBalance(t, ctx, collector), 18), "the collector gets exactly both fees")
		paid := new(big.Int).Sub(before, oceanBalance(t, ctx, buyer.Address))
		assert.Equal(t, "1.511", assets.FormatUnits(paid, 18), "paid what was quoted")
		_, err = c.Download(ctx, assets.DownloadParamsFor(o, 0), devNull{})
		require.NoError(t, err)
	}
}

// TestConsumeMarketFeesResumed stops an order of a standard datatoken
// between buying the datatoken and ordering; Resume, from another client
// with the same journal, pays the journaled order fee: the collector gets
// exactly the swap fee and the order fee once.
func TestConsumeMarketFeesResumed(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 2)
	pubd, err := newClient(t, accs[1].Key, wiring{}).Publish(ctx, sampleParams(t, "consume-fees-resumed", []byte("resumed fees\n"),
		assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18), Template: datatoken.TemplateStandard}))
	require.NoError(t, err)
	buyer, collector, store := accs[2], newCollector(t), journal.NewMemory()
	cm := assets.ConsumeMarketFee{Address: collector, Token: devNet.Contracts().Ocean, Amount: big.NewInt(25e16), SwapFee: big.NewInt(1e17)}

	stopCtx, stop := context.WithCancel(ctx)
	defer stop()
	c := newClient(t, buyer.Key, wiring{store: store, opts: []assets.Option{assets.WithAfterStep(func(_, point string) {
		if point == assets.StatusAcquired {
			stop()
		}
	})}})
	_, err = c.Order(stopCtx, assets.OrderParams{Key: "fees-resumed", DID: pubd.DID, ConsumeMarket: cm})
	require.Error(t, err)
	require.True(t, errors.Is(err, context.Canceled), "%v", err)
	assert.Equal(t, "0.1", assets.FormatUnits(oceanBalance(t, ctx, collector), 18), "the swap fee, paid with the purchase")

	res, err := newClient(t, buyer.Key, wiring{store: store}).Resume(ctx, "fees-resumed")
	require.NoError(t, err)
	require.NotNil(t, res.Ordered)
	assert.False(t, res.Ordered.Reused)
	assert.Equal(t, "0.35", assets.FormatUnits(oceanBalance(t, ctx, collector), 18), "swap fee + order fee, once")
	assert.Len(t, ordersOn(t, pubd.Datatokens[0]), 1)
}

// TestConsumeMarketFeeInvalid: a fee without its market address or
// token, or a swap fee the exchange refuses, fails before anything is
// asked or sent.
func TestConsumeMarketFeeInvalid(t *testing.T) {
	t.Parallel()
	c := newClient(t, takeAccounts(t, 0)[0].Key, wiring{})
	for _, cm := range []assets.ConsumeMarketFee{
		{Token: common.Address{1}, Amount: big.NewInt(1)},
		{Address: common.Address{1}, Amount: big.NewInt(1)},
		{Address: common.Address{1}, SwapFee: big.NewInt(1)},
		{Address: common.Address{1}, SwapFee: big.NewInt(6e17)},
		{Address: common.Address{1}, Token: common.Address{1}, Amount: big.NewInt(-1)},
	} {
		_, err := c.Order(t.Context(), assets.OrderParams{Key: "invalid-fee", DID: "did:op:unknown", ConsumeMarket: cm})
		assert.ErrorIs(t, err, assets.ErrInvalidParams, "%+v", cm)
		_, err = c.Quote(t.Context(), assets.OrderParams{DID: "did:op:unknown", ConsumeMarket: cm})
		assert.ErrorIs(t, err, assets.ErrInvalidParams, "%+v", cm)
	}
}

// TestRunComputeConsumeMarketFee pays a compute job through a consume
// market charging 0.1 OCEAN per order: the dataset's and the algorithm's
// orders each pay it, so the collector receives exactly 0.2 OCEAN.
func TestRunComputeConsumeMarketFee(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	f := newComputeFixture(t)
	pair := f.publishPair(t, "compute-market-fee", strings.Repeat("c", 12))
	collector := newCollector(t)
	cons := newClient(t, f.consumer(t), wiring{})
	res, err := cons.RunCompute(ctx, assets.RunComputeParams{Key: "compute-market-fee", Spec: pair.spec(false),
		ConsumeMarket: assets.ConsumeMarketFee{Address: collector, Token: devNet.Contracts().Ocean, Amount: big.NewInt(1e17)}})
	require.NoError(t, err)
	require.Len(t, res.Job.Payment.Orders, 2)
	assert.Equal(t, "0.2", assets.FormatUnits(oceanBalance(t, ctx, collector), 18))
	checkOutput(t, cons, res.Job.ID, "12\n")
}

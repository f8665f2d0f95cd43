package assets_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/transact"
)

func TestEstimateOrderAndPublish(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 5, 6)
	pub := newClient(t, accs[1].Key, wiring{})
	content := []byte("estimated\n")
	ocean, err := datatoken.NewERC20(devNet.Client(), devNet.Contracts().Ocean, nil)
	require.NoError(t, err)

	fixedParams := sampleParams(t, "estimate-fixed", content, assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(2e18)})
	nonce, err := devNet.Client().PendingNonceAt(ctx, accs[1].Address)
	require.NoError(t, err)
	pe, err := pub.EstimatePublish(ctx, fixedParams)
	require.NoError(t, err)
	require.Len(t, pe, 2)
	assert.Equal(t, devNet.Contracts().ERC721Factory, pe[0].To)
	assert.Equal(t, "createNftWithErc20WithFixedRate", pe[0].Method)
	assert.False(t, pe[0].Depends)
	assert.Greater(t, pe[0].Gas, uint64(100_000))
	assert.Equal(t, "setMetaData", pe[1].Method)
	assert.True(t, pe[1].Depends)
	after, err := devNet.Client().PendingNonceAt(ctx, accs[1].Address)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "nothing sent")

	pubd, err := pub.Publish(ctx, fixedParams)
	require.NoError(t, err)

	cons := newClient(t, accs[6].Key, wiring{})
	nonce, err = devNet.Client().PendingNonceAt(ctx, accs[6].Address)
	require.NoError(t, err)
	before, err := ocean.Balance(ctx, accs[6].Address)
	require.NoError(t, err)
	es, err := cons.EstimateOrder(ctx, assets.OrderParams{Key: "estimate-fixed/1", DID: pubd.DID})
	require.NoError(t, err)
	// Approve the datatoken for the price (simulated), then buy and order
	// in one call, which needs that approval.
	require.Len(t, es, 2)
	assert.Equal(t, devNet.Contracts().Ocean, es[0].To)
	assert.Equal(t, "approve", es[0].Method)
	assert.False(t, es[0].Depends)
	assert.Equal(t, pubd.Datatokens[0], es[1].To)
	assert.Equal(t, "buyFromFreAndOrder", es[1].Method)
	assert.True(t, es[1].Depends)
	require.NotNil(t, es[1].Revert)
	assert.Equal(t, uint64(transact.DependentGas), es[1].Gas)
	for _, e := range es {
		assert.Equal(t, new(big.Int).Mul(new(big.Int).SetUint64(e.Gas), e.MaxFeePerGas), e.MaxCost)
	}
	after, err = devNet.Client().PendingNonceAt(ctx, accs[6].Address)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "nothing sent")
	afterBal, err := ocean.Balance(ctx, accs[6].Address)
	require.NoError(t, err)
	assert.Equal(t, before, afterBal, "nothing paid")

	// The real order then happens as estimated; another estimate finds it
	// and would reuse it: nothing to send.
	o, err := cons.Order(ctx, assets.OrderParams{Key: "estimate-fixed/1", DID: pubd.DID})
	require.NoError(t, err)
	rc, err := devNet.Client().TransactionReceipt(ctx, o.TxHash)
	require.NoError(t, err)
	t.Logf("the order used %d gas", rc.GasUsed)
	assert.LessOrEqual(t, rc.GasUsed, es[1].Gas)
	es, err = cons.EstimateOrder(ctx, assets.OrderParams{Key: "estimate-fixed/2", DID: pubd.DID})
	require.NoError(t, err)
	assert.Empty(t, es)

	// A free order is one call, simulated in full.
	free, err := pub.Publish(ctx, sampleParams(t, "estimate-free", content, assets.Pricing{Type: assets.PricingFree}))
	require.NoError(t, err)
	es, err = cons.EstimateOrder(ctx, assets.OrderParams{Key: "estimate-free/1", DID: free.DID})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, "buyFromDispenserAndOrder", es[0].Method)
	assert.False(t, es[0].Depends)
	o, err = cons.Order(ctx, assets.OrderParams{Key: "estimate-free/1", DID: free.DID})
	require.NoError(t, err)
	rc, err = devNet.Client().TransactionReceipt(ctx, o.TxHash)
	require.NoError(t, err)
	assert.LessOrEqual(t, rc.GasUsed, es[0].Gas)
	t.Logf("free order: estimated %d gas, used %d", es[0].Gas, rc.GasUsed)

	// Sold out: seen before paying, as Order sees it.
	capped, err := pub.Publish(ctx, sampleParams(t, "estimate-capped", content,
		assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18), Cap: big.NewInt(1)}))
	require.NoError(t, err)
	_, err = cons.Order(ctx, assets.OrderParams{Key: "estimate-capped/1", DID: capped.DID})
	require.NoError(t, err)
	late := newClient(t, accs[5].Key, wiring{})
	_, err = late.EstimateOrder(ctx, assets.OrderParams{Key: "estimate-capped/2", DID: capped.DID})
	require.ErrorIs(t, err, assets.ErrSoldOut)
}

// EstimateOrder lists the transactions an order would send, with their
// gas and most cost in the chain's coin, and sends none.
func ExampleClient_EstimateOrder() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	publisher := exampleClient(devNet, 1, journal.NewMemory())
	fileURL, err := devNet.AddFile("estimated.csv", strings.NewReader("x\n1\n"))
	if err != nil {
		log.Fatal(err)
	}
	pub, err := publisher.Publish(ctx, assets.PublishParams{
		Key:      "example-estimate",
		Metadata: assets.Metadata{Name: "Priced", Description: "A priced CSV", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: fileURL}},
			Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	buyer := exampleClient(devNet, 2, journal.NewMemory())
	txs, err := buyer.EstimateOrder(ctx, assets.OrderParams{Key: "buy", DID: pub.DID})
	if err != nil {
		log.Fatal(err) // a revert, ErrSoldOut, ErrInsufficientFunds, ...
	}
	for _, tx := range txs {
		fmt.Printf("%s: depends on the previous one: %v, gas limit set: %v\n", tx.Method, tx.Depends, tx.Gas > 0)
		_ = assets.FormatUnits(tx.MaxCost, 18) // the most it costs, in the chain's coin
	}
	// Output:
	// approve: depends on the previous one: false, gas limit set: true
	// buyFromFreAndOrder: depends on the previous one: true, gas limit set: true
}

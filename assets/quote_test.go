package assets_test

import (
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// ordersOn returns the OrderStarted events of dt on the devnet.
func ordersOn(t *testing.T, dt common.Address) []datatoken.OrderStarted {
	t.Helper()
	return datatoken.OrderStartedEvents(&types.Receipt{Logs: allLogs(t, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{dt}})})
}

func oceanBalance(t *testing.T, ctx context.Context, a common.Address) *big.Int {
	t.Helper()
	ocean, err := datatoken.NewERC20(devNet.Client(), devNet.Contracts().Ocean, nil)
	require.NoError(t, err)
	b, err := ocean.Balance(ctx, a)
	require.NoError(t, err)
	return b
}

// TestOrderFoundWithoutJournal orders a fixed-price service from clients
// that share nothing (a new journal each, as on a new machine): the first
// pays, every later one finds the order on chain and pays nothing.
func TestOrderFoundWithoutJournal(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 9)
	pub := newClient(t, accs[1].Key, wiring{})
	content := []byte("bought once\n")
	pubd, err := pub.Publish(ctx, sampleParams(t, "reuse-chain", content,
		assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}))
	require.NoError(t, err)
	buyer := accs[9]

	// The quote: price 1 OCEAN, no market fee, the 0.1% community fee.
	q, err := newClient(t, buyer.Key, wiring{}).Quote(ctx, assets.OrderParams{DID: pubd.DID})
	require.NoError(t, err)
	assert.Equal(t, assets.QuoteFixed, q.Pricing)
	assert.Equal(t, "1.001", assets.FormatUnits(q.ExchangeTotal, 18))
	costs := map[string]string{}
	for _, c := range q.Costs {
		costs[c.What] = assets.FormatUnits(c.Amount, c.Decimals) + " " + c.Symbol
	}
	assert.Equal(t, "1 OCEAN", costs[assets.CostPrice])
	assert.Equal(t, "0 OCEAN", costs[assets.CostMarketFee])
	assert.Equal(t, "0.001 OCEAN", costs[assets.CostCommunityFee])
	require.Len(t, q.Totals(), 1)
	assert.Equal(t, "1.001", assets.FormatUnits(q.Totals()[0].Amount, 18))

	before := oceanBalance(t, ctx, buyer.Address)
	first, err := newClient(t, buyer.Key, wiring{}).Order(ctx, assets.OrderParams{Key: "k1", DID: pubd.DID})
	require.NoError(t, err)
	assert.False(t, first.Reused)
	require.NotNil(t, first.Quote)
	assert.Equal(t, q.ExchangeTotal, first.Quote.ExchangeTotal)
	assert.NotEmpty(t, first.Txs)
	paid := new(big.Int).Sub(before, oceanBalance(t, ctx, buyer.Address))
	assert.Equal(t, "1.001", assets.FormatUnits(paid, 18), "paid what was quoted")

	for i := range 3 { // fresh journals: nothing remembered but the chain
		o, err := newClient(t, buyer.Key, wiring{}).Order(ctx, assets.OrderParams{Key: "k1", DID: pubd.DID})
		require.NoError(t, err, i)
		assert.True(t, o.Reused)
		assert.Equal(t, first.TxHash, o.TxHash)
		assert.Empty(t, o.Txs, "nothing sent")
	}
	assert.Len(t, ordersOn(t, pubd.Datatokens[0]), 1, "one order on chain")
	assert.Equal(t, 0, before.Cmp(new(big.Int).Add(oceanBalance(t, ctx, buyer.Address), paid)), "paid once")

	// The reused order serves downloads.
	_, err = newClient(t, buyer.Key, wiring{}).Download(ctx, assets.DownloadParamsFor(first, 0), devNull{})
	require.NoError(t, err)

	// With the chain search off and no journal, a new order is bought.
	q2, err := newClient(t, buyer.Key, wiring{}).Quote(ctx, assets.OrderParams{DID: pubd.DID, NoChainSearch: true})
	require.NoError(t, err)
	assert.Equal(t, assets.QuoteFixed, q2.Pricing)
}

// TestOrderBoughtByAnotherTool finds an order started directly through
// the datatoken package (no journal, no assets flow).
func TestOrderBoughtByAnotherTool(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 8)
	pub := newClient(t, accs[1].Key, wiring{})
	pubd, err := pub.Publish(ctx, sampleParams(t, "reuse-tool", []byte("other tool\n"),
		assets.Pricing{Type: assets.PricingFree, Template: datatoken.TemplateStandard}))
	require.NoError(t, err)
	buyer := accs[8]

	// The other tool: dispense a datatoken, initialize, startOrder.
	tm, err := transact.New(devNet.Client(), buyer.Address, bind.NewKeyedTransactor(buyer.Key, big.NewInt(addresses.DevChainID)).Signer, transact.Options{})
	require.NoError(t, err)
	defer tm.Close()
	disp, err := datatoken.NewDispenser(devNet.Client(), devNet.Contracts().Dispenser, tm)
	require.NoError(t, err)
	tx, err := disp.Dispense(ctx, pubd.Datatokens[0], big.NewInt(1e18), buyer.Address)
	require.NoError(t, err)
	_, err = tm.Wait(ctx, tx)
	require.NoError(t, err)
	prov, err := provider.New(devNet.NodeURL())
	require.NoError(t, err)
	init, err := prov.Initialize(ctx, provider.InitializeRequest{DID: pubd.DID, ServiceID: pubd.ServiceIDs[0], Consumer: buyer.Address})
	require.NoError(t, err)
	dt, err := datatoken.New(devNet.Client(), pubd.Datatokens[0], tm)
	require.NoError(t, err)
	tx, err = dt.StartOrder(ctx, datatoken.OrderParams{ProviderFee: *init.ProviderFee})
	require.NoError(t, err)
	rc, err := tm.Wait(ctx, tx)
	require.NoError(t, err)

	o, err := newClient(t, buyer.Key, wiring{}).Order(ctx, assets.OrderParams{Key: "tool", DID: pubd.DID})
	require.NoError(t, err)
	assert.True(t, o.Reused)
	assert.Equal(t, rc.TxHash, o.TxHash)
	assert.Len(t, ordersOn(t, pubd.Datatokens[0]), 1)
}

// TestOrderMaxPrice refuses a price above MaxPrice before sending
// anything (no approval either), and pays at a sufficient one.
func TestOrderMaxPrice(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1, 7)
	pub := newClient(t, accs[1].Key, wiring{})
	pubd, err := pub.Publish(ctx, sampleParams(t, "max-price", []byte("pricey\n"),
		assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(3e18)}))
	require.NoError(t, err)
	buyer := accs[7]
	nonce, err := devNet.Client().NonceAt(ctx, buyer.Address, nil)
	require.NoError(t, err)
	c := newClient(t, buyer.Key, wiring{})
	_, err = c.Order(ctx, assets.OrderParams{Key: "cheap", DID: pubd.DID, MaxPrice: big.NewInt(3e18)})
	require.ErrorIs(t, err, assets.ErrPriceTooHigh)
	var pe *assets.PriceError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "3.003", assets.FormatUnits(pe.Quote.ExchangeTotal, 18))
	assert.Contains(t, err.Error(), "3.003 OCEAN")
	after, err := devNet.Client().NonceAt(ctx, buyer.Address, nil)
	require.NoError(t, err)
	assert.Equal(t, nonce, after, "no transaction sent")

	o, err := c.Order(ctx, assets.OrderParams{Key: "enough", DID: pubd.DID, MaxPrice: big.NewInt(3_003_000_000_000_000_000)})
	require.NoError(t, err)
	assert.False(t, o.Reused)
}

func TestFormatUnits(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    *big.Int
		d    uint8
		want string
	}{
		{big.NewInt(0), 18, "0"}, {big.NewInt(1e18), 18, "1"}, {big.NewInt(1_001_000_000_000_000_000), 18, "1.001"},
		{big.NewInt(1), 18, "0.000000000000000001"}, {big.NewInt(-15), 1, "-1.5"}, {big.NewInt(42), 0, "42"}, {nil, 18, "0"},
	} {
		assert.Equal(t, c.want, assets.FormatUnits(c.v, c.d))
	}
}

// TestPublishCorrectedAfterMint: a publication that failed after minting
// carries on with corrected metadata (the same NFT, no second one), while
// a change of what is already on chain (the pricing) is refused.
func TestPublishCorrectedAfterMint(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	accs := takeAccounts(t, 1)
	store := journal.NewMemory()
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stopper := newClient(t, accs[1].Key, wiring{store: store, opts: []assets.Option{assets.WithAfterStep(func(_, point string) {
		if point == assets.StatusNFTCreated {
			cancel() // the run fails right after minting
		}
	})}})
	p := sampleParams(t, "amend-after-mint", []byte("corrected\n"), assets.Pricing{Type: assets.PricingFree})
	_, err := stopper.Publish(cctx, p)
	require.Error(t, err)
	minted := nftsNamed(t, accs[1].Address, assets.NFTName(p.Key))
	require.Len(t, minted, 1)

	c := newClient(t, accs[1].Key, wiring{store: store})
	repriced := p
	repriced.Services = slices.Clone(p.Services)
	repriced.Services[0].Pricing = assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}
	_, err = c.Publish(ctx, repriced)
	require.ErrorIs(t, err, assets.ErrKeyInUse)

	corrected := p
	corrected.Metadata.Description = "corrected description"
	res, err := c.Publish(ctx, corrected)
	require.NoError(t, err)
	assert.Equal(t, minted[0], res.NFT)
	require.NotNil(t, res.Asset)
	assert.Equal(t, "corrected description", res.Asset.Metadata.Description)
	assert.Len(t, nftsNamed(t, accs[1].Address, assets.NFTName(p.Key)), 1, "no second NFT")

	// Finished: now any other parameters are refused.
	again := corrected
	again.Metadata.Description = "too late"
	_, err = c.Publish(ctx, again)
	require.ErrorIs(t, err, assets.ErrKeyInUse)
}

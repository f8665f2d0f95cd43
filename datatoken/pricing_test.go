package datatoken_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

func TestFixedRateExchange(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.publish(nft.CreateParams{})
		dtAddr := c.Datatoken()
		r := e.mined(publisher)(e.token(publisher, dtAddr).CreateFixedRate(e.ctx, datatoken.FixedRateParams{
			Exchange: e.d.FixedRateExchange, BaseToken: e.d.Ocean, Rate: ether(2), MarketFee: big.NewInt(1e15), WithMint: true}))
		created := datatoken.ExchangeCreatedEvents(r)
		require.Len(t, created, 1)
		id := created[0].ExchangeID
		assert.Equal(t, datatoken.ExchangeID(e.d.Ocean, dtAddr), id)
		assert.Equal(t, e.d.FixedRateExchange, created[0].Contract)
		refs, err := e.token(publisher, dtAddr).FixedRates(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, []datatoken.ExchangeRef{{Contract: e.d.FixedRateExchange, ID: id}}, refs)

		owner, err := datatoken.NewFixedRateExchange(e.b, e.d.FixedRateExchange, e.tm(publisher))
		require.NoError(t, err)
		fre, err := datatoken.NewFixedRateExchange(e.b, e.d.FixedRateExchange, e.tm(buyer))
		require.NoError(t, err)

		// Status, price, quote (contracts.md §3: 2 OCEAN + 0.1% OPC + 0.1% market).
		ex, err := fre.Exchange(e.ctx, id)
		require.NoError(t, err)
		assert.True(t, ex.Active)
		assert.Equal(t, dtAddr, ex.Datatoken)
		assert.Equal(t, e.d.Ocean, ex.BaseToken)
		assert.Equal(t, e.addr(publisher), ex.Owner)
		rate, err := fre.Rate(e.ctx, id)
		require.NoError(t, err)
		assert.Equal(t, ether(2), rate)
		q, err := fre.CalcBaseInGivenOutDT(e.ctx, id, ether(1), nil)
		require.NoError(t, err)
		assert.Equal(t, milli(2004), q.BaseTokenAmount)
		assert.Equal(t, milli(2), q.OceanFee)
		assert.Equal(t, milli(2), q.PublishMarketFee)
		fees, err := fre.Fees(e.ctx, id)
		require.NoError(t, err)
		assert.Equal(t, big.NewInt(1e15), fees.MarketFee)
		assert.Equal(t, e.addr(publisher), fees.MarketFeeCollector)

		// Buy: the base token is approved automatically.
		oceanBefore := e.balance(e.d.Ocean, e.addr(buyer))
		r = e.mined(buyer)(fre.Buy(e.ctx, datatoken.TradeParams{ExchangeID: id, Amount: ether(1)}))
		assert.Equal(t, ether(1), e.balance(dtAddr, e.addr(buyer)))
		assert.Equal(t, milli(2004), new(big.Int).Sub(oceanBefore, e.balance(e.d.Ocean, e.addr(buyer))))
		swaps := datatoken.SwappedEvents(r)
		require.Len(t, swaps, 1)
		assert.Equal(t, e.addr(buyer), swaps[0].By)
		assert.Equal(t, dtAddr, swaps[0].TokenOut)

		// Sell half of it back.
		sq, err := fre.CalcBaseOutGivenInDT(e.ctx, id, milli(500), nil)
		require.NoError(t, err)
		oceanBefore = e.balance(e.d.Ocean, e.addr(buyer))
		e.mined(buyer)(fre.Sell(e.ctx, datatoken.TradeParams{ExchangeID: id, Amount: milli(500)}))
		assert.Equal(t, sq.BaseTokenAmount, new(big.Int).Sub(e.balance(e.d.Ocean, e.addr(buyer)), oceanBefore))

		// Missing allowance when the caller opts out of approvals.
		_, err = fre.Buy(e.ctx, datatoken.TradeParams{ExchangeID: id, Amount: ether(1), SkipApproval: true})
		assert.ErrorIs(t, err, datatoken.ErrInsufficientAllowance)

		// Price changes by the owner only.
		_, err = fre.SetRate(e.ctx, id, ether(3))
		assert.ErrorIs(t, err, datatoken.ErrMissingRole)
		e.mined(publisher)(owner.SetRate(e.ctx, id, ether(3)))
		rate, err = fre.Rate(e.ctx, id)
		require.NoError(t, err)
		assert.Equal(t, ether(3), rate)

		// Toggle: a stranger cannot; the owner deactivates and buying stops.
		_, err = fre.ToggleActive(e.ctx, id)
		assert.ErrorIs(t, err, datatoken.ErrMissingRole)
		e.mined(publisher)(owner.ToggleActive(e.ctx, id))
		active, err := fre.IsActive(e.ctx, id)
		require.NoError(t, err)
		assert.False(t, active)
		_, err = fre.Buy(e.ctx, datatoken.TradeParams{ExchangeID: id, Amount: ether(1)})
		assert.ErrorIs(t, err, datatoken.ErrExchangeInactive)
		e.mined(publisher)(owner.ToggleActive(e.ctx, id))
		e.mined(buyer)(fre.Buy(e.ctx, datatoken.TradeParams{ExchangeID: id, Amount: ether(1)}))

		// Minting off: the exchange only sells what it holds (nothing).
		e.mined(publisher)(owner.SetMint(e.ctx, id, false))
		ex, err = fre.Exchange(e.ctx, id)
		require.NoError(t, err)
		assert.False(t, ex.WithMint)

		// The owner collects the base tokens paid.
		before := e.balance(e.d.Ocean, e.addr(publisher))
		e.mined(publisher)(owner.CollectBaseToken(e.ctx, id, ex.BaseTokenBalance))
		assert.Equal(t, ex.BaseTokenBalance, new(big.Int).Sub(e.balance(e.d.Ocean, e.addr(publisher)), before))

		// An unknown exchange is not active.
		_, err = fre.Buy(e.ctx, datatoken.TradeParams{ExchangeID: [32]byte{1}, Amount: ether(1)})
		assert.ErrorIs(t, err, datatoken.ErrExchangeInactive)
	})
}

func TestDispenser(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.publish(nft.CreateParams{})
		dtAddr := c.Datatoken()
		e.mined(publisher)(e.token(publisher, dtAddr).CreateDispenser(e.ctx, datatoken.DispenserParams{
			Dispenser: e.d.Dispenser, MaxTokens: ether(1), MaxBalance: ether(1), WithMint: true}))
		list, err := e.token(publisher, dtAddr).Dispensers(e.ctx)
		require.NoError(t, err)
		assert.Equal(t, []common.Address{e.d.Dispenser}, list)

		owner, err := datatoken.NewDispenser(e.b, e.d.Dispenser, e.tm(publisher))
		require.NoError(t, err)
		d, err := datatoken.NewDispenser(e.b, e.d.Dispenser, e.tm(buyer))
		require.NoError(t, err)
		st, err := d.Status(e.ctx, dtAddr)
		require.NoError(t, err)
		assert.Zero(t, st.Balance.Sign())
		st.Balance = nil
		assert.Equal(t, datatoken.DispenserStatus{Active: true, Owner: e.addr(publisher), IsMinter: true,
			MaxTokens: ether(1), MaxBalance: ether(1)}, *st)

		r := e.mined(buyer)(d.Dispense(e.ctx, dtAddr, ether(1), e.addr(buyer)))
		evs := datatoken.TokensDispensedEvents(r)
		require.Len(t, evs, 1)
		assert.Equal(t, datatoken.TokensDispensed{Datatoken: dtAddr, To: e.addr(buyer), Amount: ether(1)}, evs[0])
		assert.Equal(t, ether(1), e.balance(dtAddr, e.addr(buyer)))

		// Limits.
		_, err = d.Dispense(e.ctx, dtAddr, ether(2), e.addr(stranger))
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "Amount too high", re.Reason)
		_, err = d.Dispense(e.ctx, dtAddr, ether(1), e.addr(buyer))
		require.ErrorAs(t, err, &re, "the destination already holds MaxBalance")

		// Only its owner deactivates it; then it refuses to dispense.
		_, err = d.Deactivate(e.ctx, dtAddr)
		assert.ErrorIs(t, err, datatoken.ErrMissingRole)
		e.mined(publisher)(owner.Deactivate(e.ctx, dtAddr))
		st, err = d.Status(e.ctx, dtAddr)
		require.NoError(t, err)
		assert.False(t, st.Active)
		_, err = d.Dispense(e.ctx, dtAddr, ether(1), e.addr(stranger))
		assert.ErrorIs(t, err, datatoken.ErrDispenserInactive)

		e.mined(publisher)(owner.Activate(e.ctx, dtAddr, ether(2), ether(2)))
		e.mined(buyer)(d.Dispense(e.ctx, dtAddr, ether(1), e.addr(stranger)))
		assert.Equal(t, ether(1), e.balance(dtAddr, e.addr(stranger)))

		// Restricting who may dispense.
		e.mined(publisher)(owner.SetAllowedSwapper(e.ctx, dtAddr, e.addr(publisher)))
		_, err = d.Dispense(e.ctx, dtAddr, ether(1), e.addr(buyer))
		require.ErrorAs(t, err, &re)
	})
}

// The factory's dispenser bundle records the factory as the dispenser's
// owner; the NFT owner can still manage it.
func TestFactoryDispenserOwner(t *testing.T) {
	e := newEnv(t, chain.Client())
	c := e.publish(nft.CreateParams{Dispenser: &datatoken.DispenserParams{Dispenser: e.d.Dispenser,
		MaxTokens: ether(1), MaxBalance: ether(1), WithMint: true}})
	owner, err := datatoken.NewDispenser(e.b, e.d.Dispenser, e.tm(publisher))
	require.NoError(t, err)
	st, err := owner.Status(e.ctx, c.Datatoken())
	require.NoError(t, err)
	assert.Equal(t, e.d.ERC721Factory, st.Owner)
	e.mined(publisher)(owner.Deactivate(e.ctx, c.Datatoken()))
}

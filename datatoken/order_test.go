package datatoken_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// opcConsumeFee is the FactoryRouter's default OPC cut of every order.
var opcConsumeFee = milli(30)

func TestStartAndReuseOrder(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		pubFee := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(2)}
		c := e.publish(nft.CreateParams{Datatoken: &datatoken.Params{Name: "DT", Symbol: "DT", PublishMarketFee: pubFee}})
		dtAddr := c.Datatoken()
		e.mined(publisher)(e.token(publisher, dtAddr).Mint(e.ctx, e.addr(buyer), ether(3)))

		before := map[string]*big.Int{
			"buyer dt":     e.balance(dtAddr, e.addr(buyer)),
			"owner dt":     e.balance(dtAddr, e.addr(publisher)),
			"opf dt":       e.balance(dtAddr, e.d.OPFCommunityFeeCollector),
			"buyer ocean":  e.balance(e.d.Ocean, e.addr(buyer)),
			"prov ocean":   e.balance(e.d.Ocean, e.addr(provider)),
			"market ocean": e.balance(e.d.Ocean, e.addr(market)),
		}
		fee := e.providerFee(e.d.Ocean, milli(100), `{"dt":"`+dtAddr.Hex()+`","id":"svc"}`)
		require.NoError(t, fee.Verify())
		consumeFee := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(1)}
		dt := e.token(buyer, dtAddr)
		r := e.mined(buyer)(dt.StartOrder(e.ctx, datatoken.OrderParams{Consumer: e.addr(stranger), ServiceIndex: 2,
			ProviderFee: fee, ConsumeMarketFee: consumeFee}))

		order, err := datatoken.Order(r)
		require.NoError(t, err)
		assert.Equal(t, datatoken.OrderStarted{Datatoken: dtAddr, Consumer: e.addr(stranger), Payer: e.addr(buyer),
			Amount: ether(1), ServiceIndex: big.NewInt(2), Timestamp: order.Timestamp, PublishMarketAddress: e.addr(market),
			BlockNumber: r.BlockNumber, TxHash: r.TxHash}, order)
		pfs := datatoken.ProviderFeeEvents(r)
		require.Len(t, pfs, 1)
		assert.Equal(t, fee, pfs[0], "the fee is recorded on chain exactly as signed")

		sub := func(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }
		assert.Equal(t, ether(1), sub(before["buyer dt"], e.balance(dtAddr, e.addr(buyer))))
		assert.Equal(t, sub(ether(1), opcConsumeFee), sub(e.balance(dtAddr, e.addr(publisher)), before["owner dt"]),
			"payment collector (the NFT owner) gets 1 DT minus the OPC fee")
		assert.Equal(t, opcConsumeFee, sub(e.balance(dtAddr, e.d.OPFCommunityFeeCollector), before["opf dt"]))
		assert.Equal(t, milli(100), sub(e.balance(e.d.Ocean, e.addr(provider)), before["prov ocean"]))
		assert.Equal(t, milli(3), sub(e.balance(e.d.Ocean, e.addr(market)), before["market ocean"]), "publish + consume market fees")
		assert.Equal(t, milli(103), sub(before["buyer ocean"], e.balance(e.d.Ocean, e.addr(buyer))))
		left, err := e.ocean(buyer).Allowance(e.ctx, e.addr(buyer), dtAddr)
		require.NoError(t, err)
		assert.Zero(t, left.Sign(), "approvals are exact")

		// Reuse the order with a fresh provider fee.
		provBefore := e.balance(e.d.Ocean, e.addr(provider))
		fee2 := e.providerFee(e.d.Ocean, milli(50), `{"dt":"`+dtAddr.Hex()+`","id":"svc","n":2}`)
		r2 := e.mined(buyer)(dt.ReuseOrder(e.ctx, r.TxHash, fee2))
		reused := datatoken.OrderReusedEvents(r2)
		require.Len(t, reused, 1)
		assert.Equal(t, r.TxHash, reused[0].OrderTxID)
		assert.Equal(t, e.addr(buyer), reused[0].Caller)
		assert.Equal(t, milli(50), sub(e.balance(e.d.Ocean, e.addr(provider)), provBefore))
		assert.Empty(t, datatoken.OrderStartedEvents(r2))
	})
}

func TestOrderFailures(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		c := e.publish(nft.CreateParams{})
		dtAddr := c.Datatoken()
		e.mined(publisher)(e.token(publisher, dtAddr).Mint(e.ctx, e.addr(buyer), ether(2)))
		dt := e.token(buyer, dtAddr)
		tm := e.tm(buyer)
		nonce, err := e.b.PendingNonceAt(e.ctx, e.addr(buyer))
		require.NoError(t, err)

		// Tampered provider fee: refused locally, nothing sent.
		fee := e.providerFee(e.d.Ocean, milli(100), "data")
		tampered := fee
		tampered.ProviderFeeAmount = milli(1)
		_, err = dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: tampered})
		assert.ErrorIs(t, err, datatoken.ErrInvalidProviderFee)
		tampered = fee
		tampered.ProviderData = []byte("other data")
		_, err = dt.ReuseOrder(e.ctx, common.Hash{1}, tampered)
		assert.ErrorIs(t, err, datatoken.ErrInvalidProviderFee)
		// Signed by somebody else than providerFeeAddress.
		forged := fee
		key := e.acc[stranger].Key
		require.NoError(t, forged.Sign(func(d []byte) ([]byte, error) { return crypto.Sign(d, key) }))
		_, err = dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: forged})
		assert.ErrorIs(t, err, datatoken.ErrInvalidProviderFee)
		assert.ErrorContains(t, err, e.addr(stranger).Hex())
		assert.Equal(t, 0, tm.Pending())
		after, err := e.b.PendingNonceAt(e.ctx, e.addr(buyer))
		require.NoError(t, err)
		assert.Equal(t, nonce, after, "no transaction was sent")

		// Missing allowance when the caller opts out of approvals.
		_, err = dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: fee, SkipApproval: true})
		assert.ErrorIs(t, err, datatoken.ErrInsufficientAllowance)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "ERC20: insufficient allowance", re.Reason)

		// No datatoken to spend.
		poor := e.token(stranger, dtAddr)
		_, err = poor.StartOrder(e.ctx, datatoken.OrderParams{})
		assert.ErrorIs(t, err, datatoken.ErrInsufficientBalance)

		// The all-zero fee (no provider) is what the contract accepts.
		r := e.mined(buyer)(dt.StartOrder(e.ctx, datatoken.OrderParams{}))
		_, err = datatoken.Order(r)
		require.NoError(t, err)
	})
}

// Enterprise datatokens (template 2) buy their datatoken and order in one
// transaction; the datatoken is burned.
func TestEnterpriseOrders(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		ent := &datatoken.Params{TemplateIndex: datatoken.TemplateEnterprise, Name: "E", Symbol: "E"}
		c := e.publish(nft.CreateParams{Datatoken: ent, FixedRate: &datatoken.FixedRateParams{
			Exchange: e.d.FixedRateExchange, BaseToken: e.d.Ocean, Rate: ether(1), WithMint: true}})
		dt := e.token(buyer, c.Datatoken())
		id, err := dt.TemplateID(e.ctx)
		require.NoError(t, err)
		require.Equal(t, uint8(datatoken.TemplateEnterprise), id)

		fee := e.providerFee(e.d.Ocean, milli(10), "enterprise")
		provBefore := e.balance(e.d.Ocean, e.addr(provider))
		oceanBefore := e.balance(e.d.Ocean, e.addr(buyer))
		r := e.mined(buyer)(dt.BuyFromFreAndOrder(e.ctx, datatoken.OrderParams{ProviderFee: fee},
			datatoken.FreOrder{Exchange: c.ExchangeContract, ExchangeID: c.ExchangeID}))
		order, err := datatoken.Order(r)
		require.NoError(t, err)
		assert.Equal(t, e.addr(buyer), order.Payer)
		assert.Zero(t, e.balance(c.Datatoken(), e.addr(buyer)).Sign(), "the bought datatoken was spent")
		assert.Equal(t, milli(10), new(big.Int).Sub(e.balance(e.d.Ocean, e.addr(provider)), provBefore))
		paid := new(big.Int).Sub(oceanBefore, e.balance(e.d.Ocean, e.addr(buyer)))
		assert.Positive(t, paid.Cmp(ether(1)), "price plus fees")
		left, err := e.ocean(buyer).Allowance(e.ctx, e.addr(buyer), c.Datatoken())
		require.NoError(t, err)
		assert.Zero(t, left.Sign(), "approvals are exact")

		// The same from a dispenser.
		c2 := e.publish(nft.CreateParams{Datatoken: ent, Dispenser: &datatoken.DispenserParams{
			Dispenser: e.d.Dispenser, MaxTokens: ether(1), MaxBalance: ether(1), WithMint: true}})
		r = e.mined(buyer)(e.token(buyer, c2.Datatoken()).BuyFromDispenserAndOrder(e.ctx, datatoken.OrderParams{}, e.d.Dispenser))
		_, err = datatoken.Order(r)
		require.NoError(t, err)

		// The standard template has no such function (its fallback would
		// swallow the call): refused before sending.
		std := e.publish(nft.CreateParams{})
		_, err = e.token(buyer, std.Datatoken()).BuyFromDispenserAndOrder(e.ctx, datatoken.OrderParams{}, e.d.Dispenser)
		assert.ErrorIs(t, err, datatoken.ErrInvalidParams)
	})
}

// An order given the publishing market fee the caller read approves that
// fee, not a fresh read; a datatoken asking more by then refuses the order
// and nothing is paid.
func TestOrderQuotedPublishingFee(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		pubFee := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(2)}
		c := e.publish(nft.CreateParams{Datatoken: &datatoken.Params{Name: "DT", Symbol: "DT", PublishMarketFee: pubFee}})
		dtAddr := c.Datatoken()
		e.mined(publisher)(e.token(publisher, dtAddr).Mint(e.ctx, e.addr(buyer), ether(2)))
		dt := e.token(buyer, dtAddr)
		buyerDT, buyerOcean := e.balance(dtAddr, e.addr(buyer)), e.balance(e.d.Ocean, e.addr(buyer))

		stale := datatoken.Fee{Address: e.addr(market), Token: e.d.Ocean, Amount: milli(1)}
		fee := e.providerFee(e.d.Ocean, milli(0), `{"dt":"`+dtAddr.Hex()+`","id":"svc"}`)
		_, err := dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: fee, PublishingMarketFee: &stale})
		require.Error(t, err, "the datatoken pulls more than was approved")
		assert.Equal(t, buyerDT, e.balance(dtAddr, e.addr(buyer)), "no datatoken spent")
		assert.Equal(t, buyerOcean, e.balance(e.d.Ocean, e.addr(buyer)), "no fee paid")

		fee = e.providerFee(e.d.Ocean, milli(0), `{"dt":"`+dtAddr.Hex()+`","id":"svc","n":2}`)
		r := e.mined(buyer)(dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: fee, PublishingMarketFee: &pubFee}))
		_, err = datatoken.Order(r)
		require.NoError(t, err)
		assert.Equal(t, milli(2), new(big.Int).Sub(buyerOcean, e.balance(e.d.Ocean, e.addr(buyer))), "the quoted fee paid")
	})
}

package assets

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// How an order gets its datatoken (Quote.Pricing).
const (
	// QuoteReuse: the account holds a still-valid order; nothing is paid,
	// or only a new provider fee when the old one expired.
	QuoteReuse = "reuse"
	// QuoteBalance: the account holds a datatoken and spends it.
	QuoteBalance = "balance"
	// QuoteFree: a dispenser gives the datatoken away.
	QuoteFree = "free"
	// QuoteFixed: a fixed-rate exchange sells the datatoken.
	QuoteFixed = "fixed"
)

// What a Cost is for.
const (
	CostPrice            = "price"                    // the exchange's rate for one datatoken
	CostMarketFee        = "market fee"               // the exchange's publish-market swap fee
	CostCommunityFee     = "community fee"            // the Ocean community (OPC) swap fee
	CostConsumeSwapFee   = "consume market fee"       // the consume market's swap fee
	CostConsumeOrderFee  = "consume market order fee" // the consume market's fee on the order
	CostPublishMarketFee = "publish market fee"       // the datatoken's fee on every order
	CostProviderFee      = "provider fee"             // the node's fee on the order
)

// Cost is one amount an order pays, in units of Token (base units; divide
// by 10^Decimals for the amount people read).
type Cost struct {
	What     string         `json:"what"`
	Token    common.Address `json:"token"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
	Amount   *big.Int       `json:"amount"`
}

// Quote is what ordering a service costs the client's account now: how the
// datatoken is obtained and every amount paid, fees included. Order
// computes the same quote right before paying and checks MaxPrice against
// it before any transaction (approvals included).
//
// A fixed-rate buy (QuoteFixed) costs the exchange's rate (CostPrice)
// plus two swap fees taken in the base token on top of it: the
// publisher's market fee (CostMarketFee, Pricing.MarketFee of the rate)
// and Ocean's community fee (CostCommunityFee, the router's OPC fee: 0.1%
// of the rate for OCEAN and the other tokens the router approves, 0.2%
// for any other base token, by default). A rate of 2 OCEAN without market
// fee costs 2.002 OCEAN. Every order then pays the datatoken's publish
// market fee and the node's provider fee, when set. Nothing else is
// taken from the buyer: the datatoken the order spends is burnt
// (Enterprise template) or goes to the publisher less Ocean's 0.03
// datatoken consume fee (standard template).
type Quote struct {
	DID          string         `json:"did"`
	ServiceID    string         `json:"serviceId"`
	ServiceIndex int            `json:"serviceIndex"`
	Datatoken    common.Address `json:"datatoken"`
	// Pricing is QuoteReuse, QuoteBalance, QuoteFree or QuoteFixed.
	Pricing string `json:"pricing"`
	// ValidOrder is the still-valid order reused (QuoteReuse).
	ValidOrder common.Hash `json:"validOrder,omitzero"`
	// Exchange and ExchangeID name the fixed-rate exchange (QuoteFixed).
	Exchange   common.Address `json:"exchange,omitzero"`
	ExchangeID common.Hash    `json:"exchangeId,omitzero"`
	// ExchangeTotal is what the exchange takes for one datatoken (price,
	// market and community fees), the amount OrderParams.MaxPrice bounds;
	// nil unless QuoteFixed.
	ExchangeTotal *big.Int `json:"exchangeTotal,omitempty"`
	// Available is how many datatokens (base units) the exchange
	// (QuoteFixed) or dispenser (QuoteFree) can still hand out: what it
	// holds, or for an exchange that mints, its datatoken's cap less the
	// supply; nil for a dispenser that mints and for other pricings. A
	// capped service (Pricing.Cap) counts down to zero, and Quote then
	// fails with ErrSoldOut.
	Available *big.Int `json:"available,omitempty"`
	// Costs lists each amount (the exchange's price and fees even when
	// zero; order fees when not zero).
	Costs []Cost `json:"costs"`

	fee      *ddo.ProviderFee // the node's fee for a new order or a reuse
	pubFee   *datatoken.Fee   // the publishing market fee read for Costs
	dispense common.Address   // the dispenser (QuoteFree)
}

// Totals sums Costs per token, in the order the tokens first appear.
func (q *Quote) Totals() []Cost {
	var out []Cost
	for _, c := range q.Costs {
		i := slices.IndexFunc(out, func(t Cost) bool { return t.Token == c.Token })
		if i < 0 {
			out = append(out, Cost{What: "total", Token: c.Token, Symbol: c.Symbol, Decimals: c.Decimals, Amount: new(big.Int)})
			i = len(out) - 1
		}
		out[i].Amount.Add(out[i].Amount, c.Amount)
	}
	return out
}

// PriceTotal is what OrderParams.MaxPrice bounds, in the exchange's base
// token: ExchangeTotal (price, market, community and consume market swap
// fees) plus the consume market's order fee when it is paid in the base
// token. Nil unless QuoteFixed.
func (q *Quote) PriceTotal() *big.Int {
	if q.ExchangeTotal == nil {
		return nil
	}
	t := new(big.Int).Set(q.ExchangeTotal)
	var base common.Address
	for _, c := range q.Costs {
		if c.What == CostPrice {
			base = c.Token
		}
	}
	for _, c := range q.Costs {
		if c.What == CostConsumeOrderFee && c.Token == base {
			t.Add(t, c.Amount)
		}
	}
	return t
}

// Free reports whether the order pays nothing.
func (q *Quote) Free() bool {
	for _, c := range q.Costs {
		if c.Amount.Sign() > 0 {
			return false
		}
	}
	return true
}

// PriceError is returned, before anything is sent, when the exchange asks
// more for a datatoken than OrderParams.MaxPrice allows. It matches
// ErrPriceTooHigh.
type PriceError struct {
	Quote *Quote
	Max   *big.Int
}

func (e *PriceError) Error() string {
	sym, dec := "", uint8(18)
	for _, c := range e.Quote.Costs {
		if c.What == CostPrice {
			sym, dec = c.Symbol, c.Decimals
		}
	}
	return fmt.Sprintf("assets: the order costs %s %s (the datatoken's price and every fee in that token), more than the maximum price %s %s",
		FormatUnits(e.Quote.PriceTotal(), dec), sym, FormatUnits(e.Max, dec), sym)
}

// Is makes errors.Is(err, ErrPriceTooHigh) true.
func (e *PriceError) Is(target error) bool { return target == ErrPriceTooHigh }

// FundsError is returned, before anything is sent, when the account holds
// less of a token than the order costs, and when the node refuses a flow's
// transaction for want of native coin for gas (Err set; a dry run checks
// the coin itself). It matches ErrInsufficientFunds.
type FundsError struct {
	Need Cost     // the total needed in one token (Token zero: the native coin, for gas)
	Have *big.Int // the account's balance; nil when Err tells it
	// Err is the node's refusal of a transaction for want of coin for gas
	// (matching transact.ErrInsufficientFunds), or nil.
	Err error
}

func (e *FundsError) Error() string {
	if e.Err != nil && e.Have == nil {
		return "assets: the account's coin does not cover gas: " + e.Err.Error()
	}
	if e.Need.Token == (common.Address{}) {
		return fmt.Sprintf("assets: the account has %s of the chain's coin, not enough for gas", FormatUnits(e.Have, 18))
	}
	return fmt.Sprintf("assets: the order costs %s %s, the account holds %s", FormatUnits(e.Need.Amount, e.Need.Decimals),
		e.Need.Symbol, FormatUnits(e.Have, e.Need.Decimals))
}

// Is makes errors.Is(err, ErrInsufficientFunds) true.
func (e *FundsError) Is(target error) bool { return target == ErrInsufficientFunds }

// Unwrap returns the node's refusal, if any.
func (e *FundsError) Unwrap() error { return e.Err }

// gasFunds turns a node's refusal of a transaction for want of coin for
// gas into a *FundsError, so a flow reports it as the pre-check of
// checkQuote did; other errors come back unchanged.
func gasFunds(err error) error {
	if err == nil || errors.Is(err, ErrInsufficientFunds) || !errors.Is(err, transact.ErrInsufficientFunds) {
		return err
	}
	return &FundsError{Need: Cost{What: "gas"}, Err: err}
}

// FormatUnits writes amount base units of a token with decimals decimals
// as a decimal number ("1.001"), without trailing zeros. It is
// datatoken.FormatUnits, kept here for the flows' callers; ParseUnits is
// its inverse.
func FormatUnits(amount *big.Int, decimals uint8) string {
	return datatoken.FormatUnits(amount, decimals)
}

// ParseUnits converts a decimal amount ("2.5") of a token with decimals
// decimals to base units, the integer Pricing.Rate, OrderParams.MaxPrice
// and the contracts take. It is datatoken.ParseUnits: a refused text is a
// *datatoken.AmountError (errors.Is datatoken.ErrInvalidAmount).
func ParseUnits(s string, decimals uint8) (*big.Int, error) {
	return datatoken.ParseUnits(s, decimals)
}

// Quote says what Order would do and pay for p now, without sending
// anything: the still-valid order it would reuse (from the journal,
// p.PreviousOrder or the chain), or how it would get a datatoken and every
// amount paid. It asks the node for its provider fee. Errors:
// ErrServiceNotFound, ErrNotAllowed (the asset's credentials refuse the
// account), ErrNoDatatoken, ErrSoldOut.
func (c *Client) Quote(ctx context.Context, p OrderParams) (*Quote, error) {
	if p.DID == "" {
		return nil, fmt.Errorf("%w: DID is required", ErrInvalidParams)
	}
	if err := p.ConsumeMarket.validate(); err != nil {
		return nil, err
	}
	a, err := c.resolve(ctx, p.DID, p.Asset)
	if err != nil {
		return nil, err
	}
	idx, svc, err := consumableService(a, p.ServiceID)
	if err != nil {
		return nil, err
	}
	if err := c.CheckAccess(ctx, a, svc.ID, c.from); err != nil {
		return nil, err
	}
	userData, err := serviceUserData(svc, p.UserData)
	if err != nil {
		return nil, err
	}
	return c.quote(ctx, p.Key, a, idx, svc, &p, userData)
}

// quote builds the quote of service idx of a for the account.
func (c *Client) quote(ctx context.Context, key string, a *ddo.Asset, idx int, svc *ddo.Service, p *OrderParams, userData map[string]any) (*Quote, error) {
	dtAddr := common.HexToAddress(svc.DatatokenAddress)
	q := &Quote{DID: a.ID, ServiceID: svc.ID, ServiceIndex: idx, Datatoken: dtAddr}
	dt, err := datatoken.New(c.backend, dtAddr, c.tm)
	if err != nil {
		return nil, err
	}
	syms := map[common.Address]Cost{}
	cost := func(what string, token common.Address, amount *big.Int) error {
		if amount == nil {
			amount = new(big.Int)
		}
		t, ok := syms[token]
		if !ok {
			erc, err := datatoken.NewERC20(c.backend, token, nil)
			if err != nil {
				return err
			}
			if t.Symbol, err = erc.Symbol(ctx); err != nil {
				return fmt.Errorf("assets: symbol of %s: %w", token.Hex(), err)
			}
			if t.Decimals, err = erc.Decimals(ctx); err != nil {
				return fmt.Errorf("assets: decimals of %s: %w", token.Hex(), err)
			}
			syms[token] = t
		}
		q.Costs = append(q.Costs, Cost{What: what, Token: token, Symbol: t.Symbol, Decimals: t.Decimals, Amount: new(big.Int).Set(amount)})
		return nil
	}
	valid, feeValid, err := c.validOrder(ctx, key, a.ID, svc, dtAddr, idx, p)
	if err != nil {
		return nil, err
	}
	if valid != (common.Hash{}) {
		q.Pricing, q.ValidOrder = QuoteReuse, valid
		if feeValid {
			return q, nil
		}
	}
	init, err := c.prov.Initialize(ctx, provider.InitializeRequest{DID: a.ID, ServiceID: svc.ID, Consumer: c.from, UserData: userData})
	if err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	if init.ProviderFee == nil {
		if init.ValidOrder != "" && valid != (common.Hash{}) {
			return q, nil // the node needs no new fee for the reuse
		}
		return nil, fmt.Errorf("initialize: %w: no provider fee", nodehttp.ErrInvalidResponse)
	}
	q.fee = init.ProviderFee
	addOrderFees := func(publishFee bool) error {
		if publishFee {
			pub, err := dt.PublishingMarketFee(ctx)
			if err != nil {
				return err
			}
			q.pubFee = &pub
			if pub.Amount != nil && pub.Amount.Sign() > 0 && pub.Address != (common.Address{}) {
				if err := cost(CostPublishMarketFee, pub.Token, pub.Amount); err != nil {
					return err
				}
			}
		}
		if cm := p.ConsumeMarket; cm.orderFee() {
			if err := cost(CostConsumeOrderFee, cm.Token, cm.Amount); err != nil {
				return err
			}
		}
		if f := q.fee; f.ProviderFeeAmount != nil && f.ProviderFeeAmount.Sign() > 0 && f.ProviderFeeAddress != (common.Address{}) {
			return cost(CostProviderFee, f.ProviderFeeToken, f.ProviderFeeAmount)
		}
		return nil
	}
	if valid != (common.Hash{}) { // a reuse with a new provider fee
		return q, addOrderFees(false)
	}
	if d := listedDispenser(a, dtAddr); d != (common.Address{}) {
		q.Pricing, q.dispense = QuoteFree, d
		if err := c.dispenserStock(ctx, q); err != nil {
			return nil, err
		}
		return q, addOrderFees(true)
	}
	bal, err := dt.Balance(ctx, c.from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(big.NewInt(1e18)) >= 0 {
		q.Pricing = QuoteBalance
		return q, addOrderFees(true)
	}
	dispensers, err := dt.Dispensers(ctx)
	if err != nil {
		return nil, err
	}
	if len(dispensers) > 0 {
		q.Pricing, q.dispense = QuoteFree, dispensers[0]
		if err := c.dispenserStock(ctx, q); err != nil {
			return nil, err
		}
		return q, addOrderFees(true)
	}
	fres, err := dt.FixedRates(ctx)
	if err != nil {
		return nil, err
	}
	if len(fres) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNoDatatoken, dtAddr.Hex())
	}
	fre, err := datatoken.NewFixedRateExchange(c.backend, fres[0].Contract, nil)
	if err != nil {
		return nil, err
	}
	ex, err := fre.Exchange(ctx, fres[0].ID)
	if err != nil {
		return nil, err
	}
	if !ex.Active {
		return nil, fmt.Errorf("%w: %s: %w", ErrNoDatatoken, dtAddr.Hex(), datatoken.ErrExchangeInactive)
	}
	q.Available = ex.DatatokenSupply
	if ex.DatatokenSupply == nil || ex.DatatokenSupply.Cmp(big.NewInt(1e18)) < 0 {
		return nil, fmt.Errorf("%w: exchange %s of %s holds %s datatokens", ErrSoldOut,
			common.Hash(fres[0].ID).Hex(), dtAddr.Hex(), FormatUnits(ex.DatatokenSupply, 18))
	}
	fq, err := fre.CalcBaseInGivenOutDT(ctx, fres[0].ID, big.NewInt(1e18), p.ConsumeMarket.SwapFee)
	if err != nil {
		return nil, err
	}
	q.Pricing, q.Exchange, q.ExchangeID = QuoteFixed, fres[0].Contract, fres[0].ID
	q.ExchangeTotal = new(big.Int).Set(fq.BaseTokenAmount)
	price := new(big.Int).Set(fq.BaseTokenAmount)
	for _, f := range []*big.Int{fq.PublishMarketFee, fq.OceanFee, fq.ConsumeMarketFee} {
		if f != nil {
			price.Sub(price, f)
		}
	}
	for _, c := range []struct {
		what   string
		amount *big.Int
	}{{CostPrice, price}, {CostMarketFee, fq.PublishMarketFee}, {CostCommunityFee, fq.OceanFee}} {
		if err := cost(c.what, ex.BaseToken, c.amount); err != nil {
			return nil, err
		}
	}
	if fq.ConsumeMarketFee != nil && fq.ConsumeMarketFee.Sign() > 0 {
		if err := cost(CostConsumeSwapFee, ex.BaseToken, fq.ConsumeMarketFee); err != nil {
			return nil, err
		}
	}
	return q, addOrderFees(true)
}

// dispenserStock sets q.Available from q's dispenser and fails with
// ErrSoldOut when it neither mints nor holds a whole datatoken.
func (c *Client) dispenserStock(ctx context.Context, q *Quote) error {
	d, err := datatoken.NewDispenser(c.backend, q.dispense, nil)
	if err != nil {
		return err
	}
	st, err := d.Status(ctx, q.Datatoken)
	if err != nil {
		return err
	}
	if st.IsMinter {
		return nil
	}
	q.Available = st.Balance
	if st.Balance == nil || st.Balance.Cmp(big.NewInt(1e18)) < 0 {
		return fmt.Errorf("%w: dispenser of %s holds %s datatokens", ErrSoldOut, q.Datatoken.Hex(), FormatUnits(st.Balance, 18))
	}
	return nil
}

// checkQuote checks, before anything is sent, that the exchange's price is
// within maxPrice and that the account holds every token the order pays
// (and, in a dry run, some of the chain's coin for gas).
func (c *Client) checkQuote(ctx context.Context, q *Quote, maxPrice *big.Int) error {
	if q.Pricing == QuoteFixed && maxPrice != nil && q.PriceTotal().Cmp(maxPrice) > 0 {
		return &PriceError{Quote: q, Max: maxPrice}
	}
	for _, t := range q.Totals() {
		if t.Amount.Sign() == 0 {
			continue
		}
		erc, err := datatoken.NewERC20(c.backend, t.Token, nil)
		if err != nil {
			return err
		}
		have, err := erc.Balance(ctx, c.from)
		if err != nil {
			return fmt.Errorf("assets: balance of %s: %w", t.Symbol, err)
		}
		if have.Cmp(t.Amount) < 0 {
			return &FundsError{Need: t, Have: have}
		}
	}
	if q.Pricing == QuoteReuse && q.fee == nil {
		return nil // nothing will be sent
	}
	if !c.dry {
		// A real flow leaves the gas check to the node: a send it refuses
		// for want of coin is nothing lost, and the flow's fail turns the
		// refusal into the same *FundsError (gasFunds), so the check costs
		// no request of its own. A dry run sends nothing, so it asks.
		return nil
	}
	bb, ok := c.backend.(interface {
		BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	})
	if !ok {
		return nil // a backend that cannot tell; the send will
	}
	coin, err := bb.BalanceAt(ctx, c.from, nil)
	if err != nil {
		return fmt.Errorf("assets: balance of %s: %w", c.from.Hex(), err)
	}
	if coin.Sign() == 0 {
		return &FundsError{Need: Cost{What: "gas"}, Have: coin}
	}
	return nil
}

// Event ids of the datatoken's order events.
var (
	orderStartedTopic = crypto.Keccak256Hash([]byte("OrderStarted(address,address,uint256,uint256,uint256,address,uint256)"))
	orderReusedTopic  = crypto.Keccak256Hash([]byte("OrderReused(bytes32,address,uint256,uint256)"))
)

// maxOrderCandidates bounds how many orders of the account Order checks.
const maxOrderCandidates = 4

// validOrder returns a still-valid order of the account for service idx
// of dt: the journal's and p.PreviousOrder first, then the account's
// OrderStarted and OrderReused events on chain (newest first, within the
// service timeout; Ocean nodes do not say whether an order is still valid,
// so the chain decides). feeValid reports whether its provider fee is
// still valid too (otherwise a reuseOrder pays a new one).
func (c *Client) validOrder(ctx context.Context, key, did string, svc *ddo.Service, dt common.Address, idx int, p *OrderParams) (order common.Hash, feeValid bool, err error) {
	var cands []common.Hash
	add := func(h common.Hash) {
		if h != (common.Hash{}) && !slices.Contains(cands, h) {
			cands = append(cands, h)
		}
	}
	add(p.PreviousOrder)
	j, err := c.journalOrder(ctx, key, did, svc.ID)
	if err != nil {
		return common.Hash{}, false, err
	}
	add(j)
	// The head is read only when needed: for a search window, or for the
	// time a candidate is checked against (a first order has none).
	var head *types.Header
	headNow := func() (*types.Header, error) {
		if head == nil {
			h, err := c.backend.HeaderByNumber(ctx, nil)
			if err != nil {
				return nil, fmt.Errorf("assets: head: %w", err)
			}
			head = h
		}
		return head, nil
	}
	if !p.NoChainSearch {
		found, err := c.chainOrders(ctx, headNow, dt, svc.Timeout, p.SearchBlocks)
		if err != nil {
			return common.Hash{}, false, err
		}
		for _, h := range found {
			add(h)
		}
	}
	for i, h := range cands {
		if i == maxOrderCandidates {
			break
		}
		head, err := headNow()
		if err != nil {
			return common.Hash{}, false, err
		}
		ok, feeOK, err := c.checkOrder(ctx, h, dt, idx, svc, int64(head.Time))
		if err != nil {
			return common.Hash{}, false, err
		}
		if ok {
			return h, feeOK, nil
		}
	}
	return common.Hash{}, false, nil
}

// journalOrder returns the newest finished order of the account for the
// service in the journal (another key's), or zero.
func (c *Client) journalOrder(ctx context.Context, key, did, serviceID string) (common.Hash, error) {
	entries, err := c.store.List(ctx, journal.Filter{Flow: FlowOrder, Status: StatusDone})
	if err != nil {
		return common.Hash{}, fmt.Errorf("assets: journal: %w", err)
	}
	for i := len(entries) - 1; i >= 0; i-- {
		var o orderState
		if e := entries[i]; e.Key == key || jsonUnmarshal(e.Payload, &o) != nil {
			continue
		}
		if o.From == c.from && o.ServiceID == serviceID && o.Params.DID == did && o.OrderTx != (common.Hash{}) {
			return o.OrderTx, nil
		}
	}
	return common.Hash{}, nil
}

// chainOrders returns the account's orders and reuses of dt, newest
// first: OrderStarted events naming it consumer and OrderReused events it
// sent. The search covers the service timeout (timeout 0: the whole chain,
// up to the latest block, without reading the head; a node that refuses so
// wide a range is asked for the lookback window), or the last blocks
// blocks when blocks is positive. headNow reads the head once.
func (c *Client) chainOrders(ctx context.Context, headNow func() (*types.Header, error), dt common.Address, timeout int64, blocks uint64) ([]common.Hash, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{dt},
		Topics: [][]common.Hash{{orderStartedTopic, orderReusedTopic}}}
	window := func(n uint64) error {
		head, err := headNow()
		if err != nil {
			return err
		}
		q.FromBlock, q.ToBlock = new(big.Int), head.Number
		if h := head.Number.Uint64(); h > n {
			q.FromBlock.SetUint64(h - n)
		}
		return nil
	}
	var err error
	switch {
	case blocks > 0:
		err = window(blocks)
	case timeout > 0:
		err = window(c.opts.lookback)
	}
	if err != nil {
		return nil, err
	}
	logs, err := c.backend.FilterLogs(ctx, q)
	if err != nil && q.FromBlock.Sign() == 0 && blocks == 0 {
		if werr := window(c.opts.lookback); werr != nil {
			return nil, werr
		}
		logs, err = c.backend.FilterLogs(ctx, q)
	}
	if err != nil {
		return nil, fmt.Errorf("assets: search orders: %w", err)
	}
	consumer := common.BytesToHash(c.from.Bytes())
	var now int64 // read only when the timeout needs it
	if timeout > 0 {
		head, err := headNow()
		if err != nil {
			return nil, err
		}
		now = int64(head.Time)
	}
	var out []common.Hash
	for i := len(logs) - 1; i >= 0; i-- {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		rc := &types.Receipt{Logs: []*types.Log{l}}
		switch l.Topics[0] {
		case orderStartedTopic:
			if len(l.Topics) < 2 || l.Topics[1] != consumer {
				continue
			}
			if ev := datatoken.OrderStartedEvents(rc); len(ev) == 1 && within(ev[0].Timestamp, now, timeout) {
				out = append(out, l.TxHash)
			}
		case orderReusedTopic:
			if ev := datatoken.OrderReusedEvents(rc); len(ev) == 1 && ev[0].Caller == c.from && within(ev[0].Timestamp, now, timeout) {
				out = append(out, l.TxHash)
			}
		}
	}
	return out, nil
}

// within reports whether an order made at ts is still valid at now for a
// service timeout (0: forever).
func within(ts *big.Int, now, timeout int64) bool {
	return timeout <= 0 || ts != nil && ts.IsInt64() && now-ts.Int64() <= timeout
}

// checkOrder checks an order transaction as a node does before serving:
// a successful startOrder of dt for service idx (or a reuseOrder of one)
// by or for the account, within the service timeout. feeValid reports
// whether its provider fee, for this datatoken and service, has not
// expired.
func (c *Client) checkOrder(ctx context.Context, tx common.Hash, dt common.Address, idx int, svc *ddo.Service, now int64) (ok, feeValid bool, err error) {
	rc, err := c.receipt(ctx, tx)
	if err != nil || rc == nil || rc.Status != types.ReceiptStatusSuccessful {
		return false, false, err
	}
	feeValid = false
	for _, f := range datatoken.ProviderFeeEvents(rc) {
		var pd struct {
			DT string `json:"dt"`
			ID string `json:"id"`
		}
		if jsonUnmarshal(f.ProviderData, &pd) != nil || !common.IsHexAddress(pd.DT) || common.HexToAddress(pd.DT) != dt || pd.ID != svc.ID {
			continue
		}
		feeValid = f.ValidUntil == nil || f.ValidUntil.Sign() == 0 || f.ValidUntil.Cmp(big.NewInt(now)) >= 0
	}
	started := rc
	var reuseCaller common.Address
	var reusedAt *big.Int
	for _, ev := range datatoken.OrderReusedEvents(rc) {
		if ev.Datatoken != dt {
			continue
		}
		reuseCaller, reusedAt = ev.Caller, ev.Timestamp
		if started, err = c.receipt(ctx, ev.OrderTxID); err != nil || started == nil || started.Status != types.ReceiptStatusSuccessful {
			return false, false, err
		}
	}
	for _, ev := range datatoken.OrderStartedEvents(started) {
		if ev.Datatoken != dt {
			continue
		}
		if ev.Consumer != c.from && ev.Payer != c.from && reuseCaller != c.from {
			return false, false, nil
		}
		if ev.ServiceIndex == nil || !ev.ServiceIndex.IsInt64() || ev.ServiceIndex.Int64() != int64(idx) {
			return false, false, nil
		}
		at := ev.Timestamp
		if reusedAt != nil {
			at = reusedAt // a reuse restarts the validity window
		}
		return within(at, now, svc.Timeout), feeValid, nil
	}
	return false, false, nil
}

// receipt returns tx's receipt, or nil when the chain does not know it.
func (c *Client) receipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	rc, err := c.backend.TransactionReceipt(ctx, tx)
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("assets: receipt of %s: %w", tx.Hex(), err)
	}
	return rc, nil
}

// NodeChainError reports a node that does not serve the client's chain:
// nothing it encrypted or signed would be accepted there.
type NodeChainError struct {
	Node   string  // the node's URL
	Chain  int64   // the client's chain
	Served []int64 // the chains the node serves
}

func (e *NodeChainError) Error() string {
	return fmt.Sprintf("assets: the node %s serves chains %v, not chain %d", e.Node, e.Served, e.Chain)
}

// preflight checks what a flow needs before its first transaction: the
// node answers and serves the client's chain (and, in a dry run, the
// account has coin for gas; a real flow learns that from the node).
func (c *Client) preflight(ctx context.Context) error {
	info, err := c.prov.Info(ctx)
	if err != nil {
		return fmt.Errorf("assets: node %s: %w", c.prov.BaseURL(), err)
	}
	if len(info.ChainIDs) > 0 && !slices.Contains(info.ChainIDs, c.chainID) {
		return &NodeChainError{Node: c.prov.BaseURL(), Chain: c.chainID, Served: info.ChainIDs}
	}
	return c.checkQuote(ctx, &Quote{}, nil)
}

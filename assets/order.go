package assets

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// Order statuses (besides PENDING and DONE).
const (
	StatusAcquiring = "DATATOKEN_ACQUIRING"
	StatusAcquired  = "DATATOKEN_ACQUIRED"
	StatusOrdering  = "ORDERING"
	StatusOrdered   = "ORDERED"
)

// FlowOrder is the journal's flow name of Order.
const FlowOrder = "order"

// OrderParams select the service to order.
type OrderParams struct {
	// Key is the idempotency key of this order.
	Key string `json:"key"`
	DID string `json:"did"`
	// ServiceID selects the service; empty: the first access service (the
	// first service when there is none).
	ServiceID string `json:"serviceId,omitempty"`
	// MaxPrice bounds what a fixed-rate purchase pays, in base-token units:
	// the exchange's price and swap fees plus the consume market's order
	// fee when it is paid in the base token (Quote.PriceTotal); nil: the
	// current quote.
	MaxPrice *big.Int `json:"maxPrice,omitempty"`
	// PreviousOrder is an earlier order to reuse if still valid (besides
	// the finished orders in the journal).
	PreviousOrder common.Hash `json:"previousOrder,omitzero"`
	// SearchBlocks, when positive, limits the search of the chain for an
	// order of the account to reuse to this many blocks back. Zero: the
	// service timeout's window (the whole chain for a timeout of 0, or the
	// client's lookback window when the node refuses so wide a range).
	SearchBlocks uint64 `json:"searchBlocks,omitempty"`
	// NoChainSearch skips the chain search: only PreviousOrder and the
	// journal's finished orders are considered for reuse.
	NoChainSearch bool `json:"noChainSearch,omitempty"`
	// Asset is the resolved DDO, when the caller has it (saves a request).
	Asset *ddo.Asset `json:"-"`
	// UserData are the consumer parameters' values: checked against the
	// service's declared parameters (CheckUserData, a *ParameterError)
	// before any transaction, and given to the node's initialize.
	UserData map[string]any `json:"userData,omitempty"`
	// ConsumeMarket is what the market the order goes through charges:
	// shown in the Quote, part of the MaxPrice check, journaled with the
	// order (a resumed order pays the same fees). Zero: no fee.
	ConsumeMarket ConsumeMarketFee `json:"consumeMarket,omitzero"`
}

// ConsumeMarketFee is what the market an order goes through (the consume
// market) charges, on top of the publisher's price and fees.
type ConsumeMarketFee struct {
	// Address receives both fees; required when either is set.
	Address common.Address `json:"address,omitzero"`
	// Token and Amount are the order fee: Amount base units of the
	// ERC-20 Token, paid to Address by the order transaction itself
	// (startOrder's consumeMarketFee), whatever the pricing.
	Token  common.Address `json:"token,omitzero"`
	Amount *big.Int       `json:"amount,omitempty"`
	// SwapFee is the swap fee on a fixed-rate purchase of the datatoken:
	// a fraction of the exchange's price scaled by 1e18 (1e16 is 1%),
	// paid in the exchange's base token to Address by the exchange
	// (buyDT's consumeMarketSwapFeeAmount). The exchange accepts 0 or
	// 1e14 (0.01%) to 5e17 (50%).
	SwapFee *big.Int `json:"swapFee,omitempty"`
}

// The swap fees the fixed-rate exchange accepts besides 0.
const (
	minSwapFee = 1e14
	maxSwapFee = 5e17
)

func (f *ConsumeMarketFee) orderFee() bool { return f.Amount != nil && f.Amount.Sign() > 0 }

func (f *ConsumeMarketFee) swapFee() bool { return f.SwapFee != nil && f.SwapFee.Sign() > 0 }

// validate checks the fee before anything is quoted or sent.
func (f *ConsumeMarketFee) validate() error {
	if f.Amount != nil && f.Amount.Sign() < 0 || f.SwapFee != nil && f.SwapFee.Sign() < 0 {
		return fmt.Errorf("%w: negative consume market fee", ErrInvalidParams)
	}
	if (f.orderFee() || f.swapFee()) && f.Address == (common.Address{}) {
		return fmt.Errorf("%w: a consume market fee needs the market's Address", ErrInvalidParams)
	}
	if f.orderFee() && f.Token == (common.Address{}) {
		return fmt.Errorf("%w: a consume market order fee needs its Token", ErrInvalidParams)
	}
	if f.swapFee() && (f.SwapFee.Cmp(big.NewInt(minSwapFee)) < 0 || f.SwapFee.Cmp(big.NewInt(maxSwapFee)) > 0) {
		return fmt.Errorf("%w: consume market swap fee %s: the exchange takes 0 or 1e14 (0.01%%) to 5e17 (50%%)", ErrInvalidParams, f.SwapFee)
	}
	return nil
}

// datatokenFee is the order fee as startOrder takes it.
func (f *ConsumeMarketFee) datatokenFee() datatoken.Fee {
	if !f.orderFee() {
		return datatoken.Fee{}
	}
	return datatoken.Fee{Address: f.Address, Token: f.Token, Amount: new(big.Int).Set(f.Amount)}
}

// Ordered is the result of Order.
type Ordered struct {
	DID       string
	ServiceID string
	Datatoken common.Address
	// TxHash identifies the order for the node: the startOrder
	// transaction, the reused order, or the reuseOrder transaction that
	// paid it a new provider fee. Give it to Download.
	TxHash common.Hash
	// Reused is true when a still-valid order was reused without paying.
	Reused bool
	// ReuseTx is the reuseOrder transaction when the provider fee had to
	// be paid again.
	ReuseTx common.Hash
	Asset   *ddo.Asset
	// Quote is what the order was quoted and checked at right before it
	// paid (nil for an order finished by an earlier call).
	Quote *Quote
	// Txs are the flow's mined transactions (approvals included), in the
	// order they were sent.
	Txs []common.Hash
}

type orderState struct {
	txLog
	Params    OrderParams    `json:"params"`
	ServiceID string         `json:"serviceId,omitempty"`
	Datatoken common.Address `json:"datatoken,omitzero"`
	OrderTx   common.Hash    `json:"orderTx,omitzero"`
	ReuseTx   common.Hash    `json:"reuseTx,omitzero"`
	Reused    bool           `json:"reused,omitempty"`
	Quote     *Quote         `json:"quote,omitempty"`
}

// Order gets access to a service for the client's account: it reuses a
// still-valid order if there is one (PreviousOrder, the journal's finished
// orders, else the account's orders on chain: an order bought on another
// machine or by another tool is found too), and otherwise gets a datatoken
// (the balance, the dispenser or the fixed-rate exchange, in that order)
// and starts an order with the node's provider fee. Before anything is
// sent it quotes the order (see Quote) and checks the exchange's price
// against MaxPrice (*PriceError) and the account's balances
// (*FundsError); a purchase never pays more than quoted, and an account
// the asset's credentials refuse pays nothing (*AccessError, see
// CheckAccess). Journaled under p.Key: a crash never leads to a second
// payment. Errors: ErrServiceNotFound, ErrNotAllowed, ErrNoDatatoken,
// ErrPriceTooHigh, ErrInsufficientFunds, *StepError (wrapping them).
func (c *Client) Order(ctx context.Context, p OrderParams) (*Ordered, error) {
	if p.Key == "" || p.DID == "" {
		return nil, fmt.Errorf("%w: Key and DID are required", ErrInvalidParams)
	}
	if err := p.ConsumeMarket.validate(); err != nil {
		return nil, err
	}
	st := &orderState{Params: p}
	r, unlock, err := c.begin(ctx, p.Key, FlowOrder, st, func(s logged) any { return s.(*orderState).Params })
	if err != nil {
		return nil, err
	}
	defer unlock()
	st.Params.Asset = p.Asset
	return r.order(ctx, st)
}

func (c *Client) resolve(ctx context.Context, did string, a *ddo.Asset) (*ddo.Asset, error) {
	if a != nil {
		return a, nil
	}
	if c.idx == nil {
		return nil, fmt.Errorf("%w: no indexer configured and no asset given", ErrInvalidParams)
	}
	return c.idx.Resolve(ctx, did)
}

// Consumable returns nil when the indexed asset a can be ordered and
// consumed: its data NFT is ACTIVE or UNLISTED (or the asset carries no
// indexer state). Otherwise it returns an error wrapping
// [ErrNotConsumable] that names the state, also for the short document
// (version "deprecated", no services) Ocean Node serves in place of a
// revoked or deprecated asset.
func Consumable(a *ddo.Asset) error {
	var state *ddo.MetadataState
	if a.IndexedMetadata != nil && a.IndexedMetadata.NFT != nil {
		state = &a.IndexedMetadata.NFT.State
	} else if a.LegacyNFT != nil {
		state = &a.LegacyNFT.State
	}
	if state != nil && *state != ddo.StateActive && *state != ddo.StateUnlisted {
		return fmt.Errorf("%w: %s is %s (metadata state %d)", ErrNotConsumable, a.ID, stateName(*state), *state)
	}
	if a.Version == "deprecated" {
		return fmt.Errorf("%w: %s is revoked or deprecated (the indexer serves no services for it)", ErrNotConsumable, a.ID)
	}
	return nil
}

// stateName names a metadata state for messages.
func stateName(s ddo.MetadataState) string {
	switch s {
	case ddo.StateActive:
		return "active"
	case ddo.StateEndOfLife:
		return "at end of life"
	case ddo.StateDeprecated:
		return "deprecated"
	case ddo.StateRevoked:
		return "revoked"
	case ddo.StateOrderingDisabled:
		return "not orderable (ordering disabled)"
	case ddo.StateUnlisted:
		return "unlisted"
	}
	return "in an unknown state"
}

// consumableService checks that a can be consumed and finds its service.
func consumableService(a *ddo.Asset, id string) (int, *ddo.Service, error) {
	if err := Consumable(a); err != nil {
		return 0, nil, err
	}
	return service(a, id)
}

// service finds the service by id (or the first access service).
func service(a *ddo.Asset, id string) (int, *ddo.Service, error) {
	for i := range a.Services {
		s := &a.Services[i]
		if s.ID == id || (id == "" && s.Type == ddo.ServiceAccess) {
			return i, s, nil
		}
	}
	if id == "" && len(a.Services) > 0 {
		return 0, &a.Services[0], nil
	}
	return 0, nil, fmt.Errorf("%w: %q in %s", ErrServiceNotFound, id, a.ID)
}

func (r *run) order(ctx context.Context, st *orderState) (*Ordered, error) {
	c, p := r.c, &st.Params
	a, err := c.resolve(ctx, p.DID, p.Asset)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	// A flow with transactions on chain finishes what it paid for; a
	// new one refuses an asset that cannot be consumed.
	if len(r.state.log().Txs) == 0 {
		if err := Consumable(a); err != nil {
			return nil, r.fail(ctx, err)
		}
		if err := c.CheckAccess(ctx, a, p.ServiceID, c.from); err != nil {
			return nil, r.fail(ctx, err)
		}
	}
	idx, svc, err := service(a, p.ServiceID)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	userData, err := serviceUserData(svc, p.UserData)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	out := func() *Ordered {
		o := &Ordered{DID: a.ID, ServiceID: svc.ID, Datatoken: common.HexToAddress(svc.DatatokenAddress),
			TxHash: st.OrderTx, Reused: st.Reused, ReuseTx: st.ReuseTx, Asset: a, Quote: st.Quote}
		r.mu.Lock()
		for _, t := range r.state.log().Txs {
			if t.Mined != (common.Hash{}) {
				o.Txs = append(o.Txs, t.Mined)
			}
		}
		r.mu.Unlock()
		return o
	}
	st.ServiceID, st.Datatoken = svc.ID, common.HexToAddress(svc.DatatokenAddress)
	if st.OrderTx != (common.Hash{}) {
		if r.status() != StatusDone {
			if err := r.save(ctx, StatusDone); err != nil {
				return nil, r.fail(ctx, err)
			}
		}
		return out(), nil
	}
	// Decide and check before the first transaction; a resumed flow keeps
	// the decision it journaled with its transactions.
	resumed := len(r.state.log().Txs) > 0
	if st.Quote == nil || !resumed {
		q, err := c.quote(ctx, r.e.Key, a, idx, svc, p, userData)
		if err != nil {
			return nil, r.fail(ctx, err)
		}
		if !resumed {
			if err := c.checkQuote(ctx, q, p.MaxPrice); err != nil {
				return nil, r.fail(ctx, err)
			}
		}
		st.Quote = q
	}
	q := st.Quote
	fee := func(ctx context.Context) (ddo.ProviderFee, error) {
		if q.fee == nil {
			init, err := c.prov.Initialize(ctx, provider.InitializeRequest{DID: a.ID, ServiceID: svc.ID, Consumer: c.from, UserData: userData})
			if err != nil {
				return ddo.ProviderFee{}, fmt.Errorf("initialize: %w", err)
			}
			if init.ProviderFee == nil {
				return ddo.ProviderFee{}, fmt.Errorf("initialize: %w: no provider fee", nodehttp.ErrInvalidResponse)
			}
			q.fee = init.ProviderFee
		}
		return *q.fee, nil
	}
	dt, err := datatoken.New(c.backend, st.Datatoken, c.tm)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	if q.Pricing == QuoteReuse {
		st.OrderTx, st.Reused = q.ValidOrder, true
		if q.fee != nil || len(r.stepTxs("reuse")) > 0 {
			// The order is valid, its provider fee is not: pay a new one.
			valid := q.ValidOrder
			rc, err := r.txStep(ctx, txSpec{step: "reuse", status: StatusOrdering,
				send: via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
					f, err := fee(ctx)
					if err != nil {
						return nil, err
					}
					return dt.ReuseOrder(ctx, valid, f)
				}),
				done: func(rc *types.Receipt) bool { return len(datatoken.OrderReusedEvents(rc)) > 0 }})
			if err != nil {
				st.OrderTx, st.Reused = common.Hash{}, false
				return nil, r.fail(ctx, err)
			}
			// The node checks the reuse's provider fee: it is the order now.
			st.ReuseTx, st.OrderTx = rc.TxHash, rc.TxHash
		}
		if err := r.save(ctx, StatusDone); err != nil {
			return nil, r.fail(ctx, err)
		}
		return out(), nil
	}
	consumer := c.from
	orderStep := func(send sender) (*types.Receipt, error) {
		return r.txStep(ctx, txSpec{step: "order", status: StatusOrdering, send: send,
			done: func(rc *types.Receipt) bool {
				return slices.ContainsFunc(datatoken.OrderStartedEvents(rc), func(o datatoken.OrderStarted) bool {
					return o.Consumer == consumer && o.Datatoken == st.Datatoken
				})
			}})
	}
	opFor := func(ctx context.Context) (datatoken.OrderParams, error) {
		f, err := fee(ctx)
		return datatoken.OrderParams{ServiceIndex: uint64(idx), ProviderFee: f, ConsumeMarketFee: p.ConsumeMarket.datatokenFee(),
			PublishingMarketFee: q.pubFee}, err
	}
	var rc *types.Receipt
	// A dispenser the indexer lists: try the one-transaction Enterprise
	// order first (free, so the balance does not matter). A standard
	// datatoken refuses it before anything is signed (ErrInvalidParams);
	// then the general path below reads the chain.
	if d := listedDispenser(a, st.Datatoken); d != (common.Address{}) && q.Pricing == QuoteFree {
		rc, err = orderStep(via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
			op, err := opFor(ctx)
			if err != nil {
				return nil, err
			}
			return dt.BuyFromDispenserAndOrder(ctx, op, d)
		}))
		if err != nil && !(errors.Is(err, datatoken.ErrInvalidParams) && len(r.stepTxs("order")) == 0) {
			return nil, r.fail(ctx, err)
		}
	}
	if rc == nil {
		op, oerr := opFor(ctx)
		if oerr != nil {
			return nil, r.fail(ctx, oerr)
		}
		send, perr := r.paymentFor(ctx, dt, op, exchangeLimit(q, p.MaxPrice), p.ConsumeMarket, "acquire")
		if perr != nil {
			return nil, r.fail(ctx, perr)
		}
		rc, err = orderStep(send)
	}
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	st.OrderTx = rc.TxHash
	if err := r.save(ctx, StatusOrdered); err != nil {
		return nil, r.fail(ctx, err)
	}
	if err := r.save(ctx, StatusDone); err != nil {
		return nil, r.fail(ctx, err)
	}
	return out(), nil
}

func (r *run) stepTxs(step string) []*sentTx {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []*sentTx
	for _, s := range r.state.log().Txs {
		if s.Step == step {
			out = append(out, s)
		}
	}
	return out
}

// paymentFor decides how to pay for the order and returns the sender of
// the order transaction. A standard-template datatoken bought from a
// dispenser or exchange is acquired first, in its own journaled step
// (acquireStep names it in the transaction log).
func (r *run) paymentFor(ctx context.Context, dt *datatoken.Token, op datatoken.OrderParams, maxPrice *big.Int, cm ConsumeMarketFee, acquireStep string) (sender, error) {
	c := r.c
	startOrder := via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
		return dt.StartOrder(ctx, op)
	})
	bal, err := dt.Balance(ctx, c.from)
	if err != nil {
		return nil, err
	}
	if bal.Cmp(big.NewInt(1e18)) >= 0 {
		return startOrder, nil
	}
	tmpl, err := dt.TemplateID(ctx)
	if err != nil {
		return nil, err
	}
	dispensers, err := dt.Dispensers(ctx)
	if err != nil {
		return nil, err
	}
	var fres []datatoken.ExchangeRef
	if len(dispensers) == 0 {
		if fres, err = dt.FixedRates(ctx); err != nil {
			return nil, err
		}
	}
	enterprise := tmpl == datatoken.TemplateEnterprise
	switch {
	case len(dispensers) > 0 && enterprise:
		return via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
			return dt.BuyFromDispenserAndOrder(ctx, op, dispensers[0])
		}), nil
	case len(fres) > 0 && enterprise:
		return via(c, dt.Address(), datatoken.New, func(ctx context.Context, dt *datatoken.Token) (*types.Transaction, error) {
			return dt.BuyFromFreAndOrder(ctx, op, datatoken.FreOrder{Exchange: fres[0].Contract, ExchangeID: fres[0].ID,
				MaxBaseTokenAmount: maxPrice, SwapMarketFee: cm.SwapFee, MarketFeeAddress: cm.Address})
		}), nil
	case len(dispensers) > 0 || len(fres) > 0:
		var acquire sender
		if len(dispensers) > 0 {
			acquire = via(c, dispensers[0], datatoken.NewDispenser, func(ctx context.Context, d *datatoken.Dispenser) (*types.Transaction, error) {
				return d.Dispense(ctx, dt.Address(), big.NewInt(1e18), c.from)
			})
		} else {
			acquire = via(c, fres[0].Contract, datatoken.NewFixedRateExchange, func(ctx context.Context, f *datatoken.FixedRateExchange) (*types.Transaction, error) {
				return f.Buy(ctx, datatoken.TradeParams{ExchangeID: fres[0].ID, Amount: big.NewInt(1e18), Limit: maxPrice,
					ConsumeMarketAddress: cm.Address, ConsumeMarketFee: cm.SwapFee})
			})
		}
		if _, err := r.txStep(ctx, txSpec{step: acquireStep, status: StatusAcquiring, send: acquire, done: anyReceipt}); err != nil {
			return nil, err
		}
		if err := r.save(ctx, StatusAcquired); err != nil {
			return nil, err
		}
		return startOrder, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNoDatatoken, dt.Address().Hex())
}

// exchangeLimit is what the exchange may take for the datatoken: the
// caller's maxPrice less the consume market order fee paid in the same
// token (maxPrice bounds both), or the quoted total.
func exchangeLimit(q *Quote, maxPrice *big.Int) *big.Int {
	if maxPrice == nil || q.ExchangeTotal == nil {
		return q.ExchangeTotal // never more than quoted
	}
	return new(big.Int).Sub(maxPrice, new(big.Int).Sub(q.PriceTotal(), q.ExchangeTotal))
}

// serviceUserData checks data against the service's consumer parameters
// (CheckUserData); nil when there are neither.
func serviceUserData(svc *ddo.Service, data map[string]any) (map[string]any, error) {
	if len(svc.ConsumerParameters) == 0 && len(data) == 0 {
		return nil, nil
	}
	return CheckUserData(svc.ConsumerParameters, data)
}

var errNoPayload = errors.New("empty payload")

func jsonUnmarshal(b []byte, v any) error {
	if len(b) == 0 {
		return errNoPayload
	}
	return json.Unmarshal(b, v)
}

// listedDispenser returns the active dispenser the indexer lists for dt in
// the asset's stats, or zero.
func listedDispenser(a *ddo.Asset, dt common.Address) common.Address {
	if a.IndexedMetadata == nil {
		return common.Address{}
	}
	for _, s := range a.IndexedMetadata.Stats {
		if !common.IsHexAddress(s.DatatokenAddress) || common.HexToAddress(s.DatatokenAddress) != dt {
			continue
		}
		for _, p := range s.Prices {
			if p.Type == "dispenser" && common.IsHexAddress(p.Contract) {
				return common.HexToAddress(p.Contract)
			}
		}
	}
	return common.Address{}
}

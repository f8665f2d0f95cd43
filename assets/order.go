package assets

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
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
	// MaxPrice bounds what a fixed-rate purchase pays, in base-token units;
	// nil: the current quote.
	MaxPrice *big.Int `json:"maxPrice,omitempty"`
	// PreviousOrder is an earlier order to reuse if still valid (besides
	// the finished orders in the journal).
	PreviousOrder common.Hash `json:"previousOrder,omitzero"`
	// SearchBlocks, when positive, also looks this many blocks back on
	// chain for an order of the consumer to reuse.
	SearchBlocks uint64 `json:"searchBlocks,omitempty"`
	// Asset is the resolved DDO, when the caller has it (saves a request).
	Asset *ddo.Asset `json:"-"`
}

// Ordered is the result of Order.
type Ordered struct {
	DID       string
	ServiceID string
	Datatoken common.Address
	// TxHash identifies the order (the startOrder transaction, or the
	// reused order); give it to Download.
	TxHash common.Hash
	// Reused is true when a still-valid order was reused without paying.
	Reused bool
	// ReuseTx is the reuseOrder transaction when the provider fee had to
	// be paid again.
	ReuseTx common.Hash
	Asset   *ddo.Asset
}

type orderState struct {
	txLog
	Params    OrderParams    `json:"params"`
	ServiceID string         `json:"serviceId,omitempty"`
	Datatoken common.Address `json:"datatoken,omitzero"`
	OrderTx   common.Hash    `json:"orderTx,omitzero"`
	ReuseTx   common.Hash    `json:"reuseTx,omitzero"`
	Reused    bool           `json:"reused,omitempty"`
}

// Order gets access to a service for the client's account: it reuses a
// still-valid order if there is one (from the journal, PreviousOrder or
// the chain), and otherwise gets a datatoken (the balance, the dispenser
// or the fixed-rate exchange, in that order) and starts an order with the
// node's provider fee. Journaled under p.Key: a crash never leads to a
// second payment. Errors: ErrServiceNotFound, ErrNoDatatoken, *StepError.
func (c *Client) Order(ctx context.Context, p OrderParams) (*Ordered, error) {
	if p.Key == "" || p.DID == "" {
		return nil, fmt.Errorf("%w: Key and DID are required", ErrInvalidParams)
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
	idx, svc, err := service(a, p.ServiceID)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	out := func() *Ordered {
		return &Ordered{DID: a.ID, ServiceID: svc.ID, Datatoken: common.HexToAddress(svc.DatatokenAddress),
			TxHash: st.OrderTx, Reused: st.Reused, ReuseTx: st.ReuseTx, Asset: a}
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
	candidate, err := c.reusable(ctx, r.e.Key, a.ID, svc.ID, st.Datatoken, idx, p)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	req, err := c.prov.Initialize(ctx, provider.InitializeRequest{DID: a.ID, ServiceID: svc.ID, Consumer: c.from, TransferTxID: hexOrEmpty(candidate)})
	if err != nil {
		return nil, r.fail(ctx, fmt.Errorf("initialize: %w", err))
	}
	dt, err := datatoken.New(c.backend, st.Datatoken, c.tm)
	if err != nil {
		return nil, r.fail(ctx, err)
	}
	if req.ValidOrder != "" && len(r.stepTxs("order")) == 0 {
		valid := common.HexToHash(req.ValidOrder)
		if req.ProviderFee != nil && req.ProviderFee.ProviderFeeAmount != nil && req.ProviderFee.ProviderFeeAmount.Sign() > 0 {
			fee := datatoken.ProviderFee(*req.ProviderFee)
			rc, err := r.txStep(ctx, txSpec{step: "reuse", status: StatusOrdering,
				send: func(ctx context.Context) (*types.Transaction, error) { return dt.ReuseOrder(ctx, valid, fee) },
				done: func(rc *types.Receipt) bool { return len(datatoken.OrderReusedEvents(rc)) > 0 }})
			if err != nil {
				return nil, r.fail(ctx, err)
			}
			st.ReuseTx = rc.TxHash
		}
		st.OrderTx, st.Reused = valid, true
		if err := r.save(ctx, StatusDone); err != nil {
			return nil, r.fail(ctx, err)
		}
		return out(), nil
	}
	if req.ProviderFee == nil {
		return nil, r.fail(ctx, fmt.Errorf("initialize: %w: no provider fee", provider.ErrInvalidResponse))
	}
	op := datatoken.OrderParams{ServiceIndex: uint64(idx), ProviderFee: datatoken.ProviderFee(*req.ProviderFee)}
	consumer := c.from
	orderStep := func(send func(context.Context) (*types.Transaction, error)) (*types.Receipt, error) {
		return r.txStep(ctx, txSpec{step: "order", status: StatusOrdering, send: send,
			done: func(rc *types.Receipt) bool {
				return slices.ContainsFunc(datatoken.OrderStartedEvents(rc), func(o datatoken.OrderStarted) bool {
					return o.Consumer == consumer && o.Datatoken == st.Datatoken
				})
			}})
	}
	var rc *types.Receipt
	// A dispenser the indexer lists: try the one-transaction Enterprise
	// order first (free, so the balance does not matter). A standard
	// datatoken refuses it before anything is signed (ErrInvalidParams);
	// then the general path below reads the chain.
	if d := listedDispenser(a, st.Datatoken); d != (common.Address{}) {
		rc, err = orderStep(func(ctx context.Context) (*types.Transaction, error) {
			return dt.BuyFromDispenserAndOrder(ctx, op, d)
		})
		if err != nil && !(errors.Is(err, datatoken.ErrInvalidParams) && len(r.stepTxs("order")) == 0) {
			return nil, r.fail(ctx, err)
		}
	}
	if rc == nil {
		send, perr := r.paymentFor(ctx, dt, op, p.MaxPrice, "acquire")
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

func hexOrEmpty(h common.Hash) string {
	if h == (common.Hash{}) {
		return ""
	}
	return h.Hex()
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
func (r *run) paymentFor(ctx context.Context, dt *datatoken.Token, op datatoken.OrderParams, maxPrice *big.Int, acquireStep string) (func(context.Context) (*types.Transaction, error), error) {
	c := r.c
	startOrder := func(ctx context.Context) (*types.Transaction, error) { return dt.StartOrder(ctx, op) }
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
		return func(ctx context.Context) (*types.Transaction, error) {
			return dt.BuyFromDispenserAndOrder(ctx, op, dispensers[0])
		}, nil
	case len(fres) > 0 && enterprise:
		return func(ctx context.Context) (*types.Transaction, error) {
			return dt.BuyFromFreAndOrder(ctx, op, datatoken.FreOrder{Exchange: fres[0].Contract, ExchangeID: fres[0].ID, MaxBaseTokenAmount: maxPrice})
		}, nil
	case len(dispensers) > 0 || len(fres) > 0:
		var acquire func(context.Context) (*types.Transaction, error)
		if len(dispensers) > 0 {
			d, err := datatoken.NewDispenser(c.backend, dispensers[0], c.tm)
			if err != nil {
				return nil, err
			}
			acquire = func(ctx context.Context) (*types.Transaction, error) {
				return d.Dispense(ctx, dt.Address(), big.NewInt(1e18), c.from)
			}
		} else {
			f, err := datatoken.NewFixedRateExchange(c.backend, fres[0].Contract, c.tm)
			if err != nil {
				return nil, err
			}
			acquire = func(ctx context.Context) (*types.Transaction, error) {
				return f.Buy(ctx, datatoken.TradeParams{ExchangeID: fres[0].ID, Amount: big.NewInt(1e18), Limit: maxPrice})
			}
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

// reusable returns the most recent order of this account for the service
// that may still be valid: PreviousOrder, else the newest finished order
// flow in the journal, else (with SearchBlocks) the newest OrderStarted
// event on chain. The node decides whether it is still valid.
func (c *Client) reusable(ctx context.Context, key, did, serviceID string, dt common.Address, idx int, p *OrderParams) (common.Hash, error) {
	if p.PreviousOrder != (common.Hash{}) {
		return p.PreviousOrder, nil
	}
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
	if p.SearchBlocks == 0 {
		return common.Hash{}, nil
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("assets: head: %w", err)
	}
	from := new(big.Int)
	if n := head.Number.Uint64(); n > p.SearchBlocks {
		from.SetUint64(n - p.SearchBlocks)
	}
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, ToBlock: head.Number, Addresses: []common.Address{dt}})
	if err != nil {
		return common.Hash{}, fmt.Errorf("assets: search orders: %w", err)
	}
	events := datatoken.OrderStartedEvents(&types.Receipt{Logs: logsPtr(logs)})
	for i := len(events) - 1; i >= 0; i-- {
		if ev := events[i]; ev.Consumer == c.from && ev.ServiceIndex != nil && ev.ServiceIndex.Int64() == int64(idx) {
			return ev.TxHash, nil
		}
	}
	return common.Hash{}, nil
}

func logsPtr(logs []types.Log) []*types.Log {
	out := make([]*types.Log, len(logs))
	for i := range logs {
		out[i] = &logs[i]
	}
	return out
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

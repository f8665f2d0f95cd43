package compute

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/datatoken"
)

// oneDatatoken is what an order spends (datatokens have 18 decimals).
var oneDatatoken = big.NewInt(1e18)

// PaidOrder is an order as Pay left it.
type PaidOrder struct {
	Role      Role
	Index     int
	DID       string
	ServiceID string
	// Action is what Pay did.
	Action Action
	// TxID is the order id the job starts with: the reused order, or the
	// hash of the mined startOrder or reuseOrder transaction (the mined
	// version's, if the transaction manager replaced it).
	TxID string
}

// Payment records what Pay did, so a caller can journal it: every
// transaction hash that landed. A zero hash means the step was not needed.
type Payment struct {
	Orders []PaidOrder
	// DepositTx moved tokens into the escrow (only the shortfall of the
	// consumer's available funds is deposited).
	DepositTx common.Hash
	// AuthorizeTx raised the node's authorization to lock the consumer's
	// funds.
	AuthorizeTx common.Hash
}

// Apply returns a copy of s with the order ids of p as the OrderTx of the
// datasets and algorithm, so that Initialize on it reports the orders as
// valid and Pay pays nothing for them again.
func (p *Payment) Apply(s Spec) Spec {
	s.Datasets = append([]Asset(nil), s.Datasets...)
	for _, o := range p.Orders {
		switch {
		case o.TxID == "":
		case o.Role == RoleDataset && o.Index < len(s.Datasets):
			s.Datasets[o.Index].OrderTx = o.TxID
		case o.Role == RoleAlgorithm:
			s.Algorithm.OrderTx = o.TxID
		}
	}
	return s
}

// Pay places what reqs asks for, waiting for each transaction: startOrder
// for orders without a valid one (spending one datatoken each), reuseOrder
// for valid orders whose provider fee expired, then, for paid
// environments, a deposit of the shortfall into the escrow and an
// authorization of the node for the amount. Free jobs need nothing; Pay
// returns an empty Payment.
//
// Before sending anything Pay checks that the consumer holds one datatoken
// for each order to start, and returns datatoken.ErrInsufficientBalance
// otherwise (acquire them first, from the datatoken's exchange or
// dispenser). Provider fees are verified locally (datatoken
// ErrInvalidProviderFee), and with Config.Escrow set an escrow contract the
// node names is checked before anything is sent (ErrEscrowMismatch).
//
// Pay is not idempotent by itself, but it is safe to resume: the escrow
// steps compare with the chain's current funds and authorization and send
// only what is missing, and the orders of a previous Payment, applied to
// the spec (Payment.Apply) and initialized again, come back as valid
// orders (ActionNone) that Pay leaves alone. To journal transactions
// before they are broadcast, configure the client with a manager from
// transact.Manager.WithBeforeBroadcast.
//
// On error Pay returns the Payment so far (what landed) with the error.
func (c *Client) Pay(ctx context.Context, reqs *Requirements) (*Payment, error) {
	p := &Payment{}
	if reqs == nil {
		return p, invalid("nil Requirements")
	}
	if len(reqs.Orders) == 0 && reqs.Escrow == nil {
		return p, nil
	}
	if c.tm == nil {
		return p, ErrNoChain
	}
	if e := reqs.Escrow; e != nil && !zeroAddr(c.escrow) && e.Escrow != c.escrow {
		return p, fmt.Errorf("%w: %s, expected %s", ErrEscrowMismatch, e.Escrow, c.escrow)
	}
	if err := c.checkBalances(ctx, reqs.Orders); err != nil {
		return p, err
	}
	for _, o := range reqs.Orders {
		paid, err := c.payOrder(ctx, o)
		if err != nil {
			return p, fmt.Errorf("compute: pay %s order %s: %w", o.Role, o.DID, err)
		}
		p.Orders = append(p.Orders, paid)
	}
	if e := reqs.Escrow; e != nil && e.Amount.Sign() > 0 {
		if err := c.payEscrow(ctx, e, p); err != nil {
			return p, fmt.Errorf("compute: pay escrow: %w", err)
		}
	}
	return p, nil
}

// checkBalances makes sure every order to start has its datatoken.
func (c *Client) checkBalances(ctx context.Context, orders []Order) error {
	need := map[common.Address]*big.Int{}
	for _, o := range orders {
		if o.Action() == ActionStart {
			if need[o.Datatoken] == nil {
				need[o.Datatoken] = new(big.Int)
			}
			need[o.Datatoken].Add(need[o.Datatoken], oneDatatoken)
		}
	}
	for dt, amount := range need {
		t, err := datatoken.NewERC20(c.backend, dt, nil)
		if err != nil {
			return err
		}
		bal, err := t.Balance(ctx, c.Consumer())
		if err != nil {
			return fmt.Errorf("compute: balance of %s: %w", dt, err)
		}
		if bal.Cmp(amount) < 0 {
			return fmt.Errorf("compute: %w: %s holds %s of datatoken %s, the orders need %s",
				datatoken.ErrInsufficientBalance, c.Consumer(), bal, dt, amount)
		}
	}
	return nil
}

func (c *Client) payOrder(ctx context.Context, o Order) (PaidOrder, error) {
	paid := PaidOrder{Role: o.Role, Index: o.Index, DID: o.DID, ServiceID: o.ServiceID, Action: o.Action(), TxID: o.ValidOrder}
	if paid.Action == ActionNone {
		return paid, nil
	}
	dt, err := datatoken.New(c.backend, o.Datatoken, c.tm)
	if err != nil {
		return paid, err
	}
	fee := *o.ProviderFee
	var tx *types.Transaction
	if paid.Action == ActionReuse {
		tx, err = dt.ReuseOrder(ctx, common.HexToHash(o.ValidOrder), fee)
	} else {
		tx, err = dt.StartOrder(ctx, datatoken.OrderParams{Consumer: c.Consumer(), ServiceIndex: uint64(o.ServiceIndex), ProviderFee: fee})
	}
	if err != nil {
		return paid, err
	}
	h, err := c.wait(ctx, tx)
	if err != nil {
		return paid, err
	}
	paid.TxID = h.Hex()
	return paid, nil
}

// payEscrow deposits the shortfall and raises the node's authorization
// when it does not cover the amount.
func (c *Client) payEscrow(ctx context.Context, e *EscrowPayment, p *Payment) error {
	// One client checks and raises the authorization at a time, so two
	// concurrent Pays never lower each other's limits.
	c.escrowMu.Lock()
	defer c.escrowMu.Unlock()
	esc, err := datatoken.NewEscrow(c.backend, e.Escrow, c.tm)
	if err != nil {
		return err
	}
	funds, err := esc.Funds(ctx, c.Consumer(), e.Token)
	if err != nil {
		return err
	}
	if short := new(big.Int).Sub(e.Amount, funds.Available); short.Sign() > 0 {
		tx, err := esc.Deposit(ctx, e.Token, short)
		if err != nil {
			return err
		}
		if p.DepositTx, err = c.wait(ctx, tx); err != nil {
			return err
		}
	}
	auths, err := esc.Authorizations(ctx, e.Token, c.Consumer(), e.Payee)
	if err != nil {
		return err
	}
	want, ok := authorization(auths, e)
	if ok {
		return nil
	}
	tx, err := esc.Authorize(ctx, e.Token, want)
	if err != nil {
		return err
	}
	p.AuthorizeTx, err = c.wait(ctx, tx)
	return err
}

// Authorization returns whether current (the consumer's authorizations,
// as datatoken.Escrow.Authorizations reads them) lets e.Payee lock e once
// more, and otherwise the authorization to set, as Pay decides it: room
// for e.Amount on top of what is locked now, the lock duration and one
// more lock, never lowering an existing limit. For callers that send the
// escrow transactions themselves (journaled flows).
func (e *EscrowPayment) Authorization(current []datatoken.Authorization) (datatoken.Authorization, bool) {
	return authorization(current, e)
}

// authorization returns whether the payee's current authorization covers
// one more lock of e, and otherwise the authorization to set: room for
// e.Amount on top of what is locked now, the lock duration and one more
// lock, never lowering an existing limit.
func authorization(auths []datatoken.Authorization, e *EscrowPayment) (datatoken.Authorization, bool) {
	want := datatoken.Authorization{Payee: e.Payee, MaxLockedAmount: new(big.Int).Set(e.Amount),
		MaxLockSeconds: big.NewInt(e.MinLockSeconds), MaxLockCounts: big.NewInt(1)}
	for _, a := range auths {
		if a.Payee != e.Payee {
			continue
		}
		locked, locks := orZero(a.CurrentLockedAmount), orZero(a.CurrentLocks)
		room := new(big.Int).Sub(orZero(a.MaxLockedAmount), locked)
		if room.Cmp(e.Amount) >= 0 && orZero(a.MaxLockSeconds).Int64() >= e.MinLockSeconds &&
			orZero(a.MaxLockCounts).Cmp(locks) > 0 {
			return a, true
		}
		want.MaxLockedAmount = bigMax(orZero(a.MaxLockedAmount), new(big.Int).Add(locked, e.Amount))
		want.MaxLockSeconds = bigMax(orZero(a.MaxLockSeconds), want.MaxLockSeconds)
		want.MaxLockCounts = bigMax(orZero(a.MaxLockCounts), new(big.Int).Add(locks, big.NewInt(1)))
	}
	return want, false
}

func (c *Client) wait(ctx context.Context, tx *types.Transaction) (common.Hash, error) {
	r, err := c.tm.Wait(ctx, tx)
	if err != nil {
		return tx.Hash(), err
	}
	return r.TxHash, nil
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

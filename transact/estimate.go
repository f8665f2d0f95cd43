package transact

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DependentGas is the gas limit a dry run gives a call it cannot simulate
// because it needs the effect of an earlier call of the same dry run (an
// approval, a contract the earlier call creates): the node estimates
// against the current state, where that effect is missing. It is above
// what any single Ocean call takes (a factory create with an exchange
// takes about 1.5M gas on the devnet, an order about 0.3M), so MaxCost
// stays an upper bound.
const DependentGas = 2_000_000

// Estimate is what sending one call would take, found without sending it.
type Estimate struct {
	// To is the contract called; zero when an earlier step creates it.
	To common.Address
	// Method is the ABI method called, when one of the call's ABIs knows
	// its selector.
	Method string
	// Value is the wei the call sends along.
	Value *big.Int
	// Gas is the gas limit the manager would give the transaction: the
	// node's estimate plus Options.GasMargin, or DependentGas when Depends.
	Gas uint64
	// MaxFeePerGas is the fee cap the manager would offer (the legacy gas
	// price on chains without a base fee), from current fees.
	MaxFeePerGas *big.Int
	// MaxCost is Gas × MaxFeePerGas + Value: the most the transaction can
	// take from the account in the chain's coin (it pays the base fee plus
	// the tip for the gas it uses, usually less).
	MaxCost *big.Int
	// Depends reports that the call could not be simulated: it reverts
	// against the current state (or its contract does not exist yet) but
	// comes after another call of the same dry run whose effect it needs,
	// such as an approval. Revert then says why it reverts without that
	// effect.
	Depends bool
	// Revert is the revert of a dependent call against the current state.
	Revert *RevertError
}

// dryRun is the state of a dry-run manager: what its Sends estimated, and
// the synthetic receipts its Waits return.
type dryRun struct {
	mu        sync.Mutex
	estimates []Estimate
	receipts  map[common.Hash]*types.Receipt
	nonce     uint64
	haveNonce bool
}

// DryRun returns a manager for the same account, backend and options that
// sends nothing: its Send estimates the call against the current chain
// state (eth_estimateGas) and prices it with current fees, records an
// Estimate (see Estimates) and returns an unsigned transaction that was
// never broadcast; its Wait returns a successful receipt without logs for
// such a transaction at once. Wrappers given a dry-run manager therefore
// run their usual sequence (an approval, then the call that spends it)
// and leave the list of transactions they would send.
//
// A call whose estimate reverts is refused, as Send refuses it (a
// *RevertError with the reason), unless the dry run already
// holds earlier calls: it may need their effects, which the node cannot
// see, so it is recorded with Depends set, its Revert and DependentGas.
// A dry-run manager never signs, needs no Close and is safe for concurrent
// use; use a new one for each dry run.
func (m *Manager) DryRun() *Manager {
	d, _ := New(m.backend, m.from, m.sign, m.opts)
	d.dry = &dryRun{receipts: make(map[common.Hash]*types.Receipt)}
	return d
}

// Estimates returns what a dry-run manager's Sends recorded, in order;
// nil for a manager that sends.
func (m *Manager) Estimates() []Estimate {
	if m.dry == nil {
		return nil
	}
	m.dry.mu.Lock()
	defer m.dry.mu.Unlock()
	return append([]Estimate(nil), m.dry.estimates...)
}

// Estimate returns what sending c would take now, without sending it: the
// gas limit Send would use and the fee cap it would offer. A call that
// reverts against the current state fails with a *RevertError
// carrying the reason; a target without code with bind.ErrNoCode.
func (m *Manager) Estimate(ctx context.Context, c Call) (*Estimate, error) {
	e, err := m.estimateCall(ctx, c, false)
	if err != nil {
		return nil, err
	}
	return e, nil
}

// estimateCall estimates c; with dependent set, a revert or a missing
// contract gives a Depends estimate instead of an error.
func (m *Manager) estimateCall(ctx context.Context, c Call, dependent bool) (*Estimate, error) {
	e := &Estimate{To: c.To, Value: new(big.Int)}
	if c.Value != nil {
		e.Value.Set(c.Value)
	}
	if len(c.Data) >= 4 {
		for _, a := range c.ABIs {
			if meth, err := a.MethodById(c.Data[:4]); err == nil {
				e.Method = meth.Name
				break
			}
		}
	}
	e.Gas = c.GasLimit
	if len(c.Data) > 0 {
		ok, err := m.hasCode(ctx, c.To)
		if err != nil {
			return nil, fmt.Errorf("transact: code at %s: %w", c.To.Hex(), err)
		}
		switch {
		case !ok && dependent:
			e.Depends, e.Gas = true, DependentGas
		case !ok:
			return nil, fmt.Errorf("transact: %s: %w", c.To.Hex(), bind.ErrNoCode)
		}
	}
	if e.Gas == 0 {
		gas, err := m.estimate(ctx, c)
		if re, reverted := AsRevert(err); reverted && dependent {
			e.Depends, e.Revert, gas, err = true, re, DependentGas, nil
		}
		if err != nil {
			return nil, err
		}
		e.Gas = gas
	}
	_, feeCap, gasPrice, err := m.fees(ctx, m.opts.FeeMaxAge)
	if err != nil {
		return nil, err
	}
	e.MaxFeePerGas = feeCap
	if gasPrice != nil {
		e.MaxFeePerGas = gasPrice
	}
	e.MaxCost = new(big.Int).Mul(new(big.Int).SetUint64(e.Gas), e.MaxFeePerGas)
	e.MaxCost.Add(e.MaxCost, e.Value)
	return e, nil
}

// drySend is Send for a dry-run manager.
func (m *Manager) drySend(ctx context.Context, c Call) (*types.Transaction, error) {
	d := m.dry
	d.mu.Lock()
	earlier := len(d.estimates) > 0
	d.mu.Unlock()
	e, err := m.estimateCall(ctx, c, earlier)
	if err != nil {
		return nil, err
	}
	tip, _, _, err := m.fees(ctx, m.opts.FeeMaxAge)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.haveNonce {
		n, err := m.backend.PendingNonceAt(ctx, m.from)
		if err != nil {
			return nil, &TxError{Op: "dry run", Err: fmt.Errorf("pending nonce: %w", err)}
		}
		d.nonce, d.haveNonce = n, true
	}
	to := c.To
	var inner types.TxData
	if tip == nil {
		inner = &types.LegacyTx{Nonce: d.nonce, GasPrice: e.MaxFeePerGas, Gas: e.Gas, To: &to, Value: e.Value, Data: c.Data}
	} else {
		inner = &types.DynamicFeeTx{Nonce: d.nonce, GasTipCap: tip, GasFeeCap: e.MaxFeePerGas, Gas: e.Gas, To: &to, Value: e.Value, Data: c.Data}
	}
	tx := types.NewTx(inner)
	d.nonce++
	d.estimates = append(d.estimates, *e)
	d.receipts[tx.Hash()] = &types.Receipt{Type: tx.Type(), Status: types.ReceiptStatusSuccessful, TxHash: tx.Hash(),
		GasUsed: e.Gas, Logs: []*types.Log{}}
	return tx, nil
}

// dryReceipt returns the synthetic receipt of a dry-run transaction.
func (m *Manager) dryReceipt(tx *types.Transaction) *types.Receipt {
	m.dry.mu.Lock()
	defer m.dry.mu.Unlock()
	return m.dry.receipts[tx.Hash()]
}

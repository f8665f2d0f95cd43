package transact

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// replace resends e's nonce with fees raised by BumpPercent (and at least
// the current market fees).
func (m *Manager) replace(ctx context.Context, e *entry) {
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, m.opts.RPCTimeout)
	defer cancel()

	m.mu.Lock()
	prevTip, prevCap, prevPrice := e.tip, e.feeCap, e.gasPrice
	stuck := e.current().Hash()
	m.mu.Unlock()
	failed := func(reason string, err error) {
		m.opts.Logger.Warn("transact: replacement of a stuck transaction failed",
			"from", m.from, "nonce", e.nonce, "tx", stuck, "reason", reason, "err", err)
	}
	tip, feeCap, gasPrice, err := m.fees(rctx, -1)
	if err != nil {
		failed("fees", err) // the next poll tries again
		return
	}
	bump := func(old, market *big.Int) *big.Int {
		if old == nil {
			return market
		}
		b := new(big.Int).Mul(old, big.NewInt(int64(100+m.opts.BumpPercent)))
		b.Div(b, big.NewInt(100))
		if b.Cmp(old) == 0 { // tiny values: make sure they move
			b.Add(b, common.Big1)
		}
		if market != nil && market.Cmp(b) > 0 {
			return market
		}
		return b
	}
	if prevPrice != nil {
		gasPrice = bump(prevPrice, gasPrice)
		tip, feeCap = nil, nil
		if limit := m.opts.MaxFeeCap; limit != nil && gasPrice.Cmp(limit) > 0 {
			failed("MaxFeeCap reached", fmt.Errorf("gas price %s above MaxFeeCap %s", gasPrice, limit))
			m.restartClock(e)
			return
		}
	} else {
		tip, feeCap = bump(prevTip, tip), bump(prevCap, feeCap)
		if limit := m.opts.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
			feeCap = new(big.Int).Set(limit)
			if tip.Cmp(feeCap) > 0 {
				tip = new(big.Int).Set(feeCap)
			}
			if feeCap.Cmp(prevCap) <= 0 { // cannot bump any further
				failed("MaxFeeCap reached", fmt.Errorf("fee cap %s is MaxFeeCap already", prevCap))
				m.restartClock(e)
				return
			}
		}
	}
	tx, err := m.signTx(e.nonce, e.call, e.gas, tip, feeCap, gasPrice)
	if err != nil {
		failed("sign", err)
		m.restartClock(e)
		return
	}
	if err := runHooks(e.before, tx); err != nil {
		failed("before broadcast", err)
		m.restartClock(e)
		return
	}
	m.mu.Lock()
	e.tip, e.feeCap, e.gasPrice = tip, feeCap, gasPrice
	m.mu.Unlock()
	err = m.backend.SendTransaction(rctx, tx)
	switch {
	case err == nil || isKnown(err):
		m.mu.Lock()
		e.txs = append(e.txs, tx)
		m.byHash[tx.Hash()] = e
		e.since = time.Now()
		m.mu.Unlock()
		m.opts.Logger.Info("transact: replaced a stuck transaction with higher fees",
			"from", m.from, "nonce", e.nonce, "tx", stuck, "replacement", tx.Hash(),
			"tip", tip, "feeCap", feeCap, "gasPrice", gasPrice)
	case classifyNode(err) == ErrNonceTooLow:
		// One of our versions was mined meanwhile, or somebody else used the
		// nonce.
		m.mu.Lock()
		versions := slices.Clone(e.txs)
		m.mu.Unlock()
		if r, rerr := m.receiptOf(ctx, versions); rerr == nil {
			if r != nil {
				m.complete(e, r, nil)
				return
			}
			m.opts.Logger.Error("transact: a transaction this manager did not send used the nonce of a pending one",
				"from", m.from, "nonce", e.nonce, "tx", stuck)
			m.complete(e, nil, &TxError{Op: "replace", Hash: e.current().Hash(), Nonce: e.nonce, Kind: ErrNonceTooLow,
				Err: errors.New("the nonce was used by a transaction this manager did not send")})
			return
		}
		failed("broadcast", err)
		m.restartClock(e)
	default:
		// Underpriced replacement (the fees attempted are kept, so the next
		// try bumps from them) or a transient error: try again later.
		failed("broadcast", err)
		m.restartClock(e)
	}
}

func (m *Manager) restartClock(e *entry) {
	m.mu.Lock()
	e.since = time.Now()
	m.mu.Unlock()
}

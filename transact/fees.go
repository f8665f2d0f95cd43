package transact

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// fees returns the EIP-1559 tip and fee cap, or a legacy gas price on
// chains without a base fee, from a head and a suggestion at most maxAge
// old (negative: fresh ones).
func (m *Manager) fees(ctx context.Context, maxAge time.Duration) (tip, feeCap, gasPrice *big.Int, err error) {
	head, err := m.latestHeader(ctx, maxAge)
	if err != nil {
		return nil, nil, nil, &TxError{Op: "fees", Err: fmt.Errorf("latest header: %w", err)}
	}
	if head.BaseFee == nil {
		gp, err := m.suggestion(ctx, maxAge, true)
		if err != nil {
			return nil, nil, nil, &TxError{Op: "fees", Err: fmt.Errorf("gas price: %w", err)}
		}
		if m.opts.MinTip != nil && gp.Cmp(m.opts.MinTip) < 0 {
			gp = new(big.Int).Set(m.opts.MinTip)
		}
		if m.opts.MaxFeeCap != nil && gp.Cmp(m.opts.MaxFeeCap) > 0 {
			return nil, nil, nil, &TxError{Op: "fees", Kind: ErrUnderpriced,
				Err: fmt.Errorf("gas price %s above MaxFeeCap %s", gp, m.opts.MaxFeeCap)}
		}
		return nil, nil, gp, nil
	}
	tip, err = m.suggestion(ctx, maxAge, false)
	if err != nil {
		return nil, nil, nil, &TxError{Op: "fees", Err: fmt.Errorf("tip: %w", err)}
	}
	if m.opts.MinTip != nil && tip.Cmp(m.opts.MinTip) < 0 {
		tip = new(big.Int).Set(m.opts.MinTip)
	}
	feeCap = new(big.Int).Mul(head.BaseFee, big.NewInt(int64(100+m.opts.BaseFeeMargin)))
	feeCap.Div(feeCap, big.NewInt(100))
	feeCap.Add(feeCap, tip)
	if limit := m.opts.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		if limit.Cmp(head.BaseFee) < 0 {
			return nil, nil, nil, &TxError{Op: "fees", Kind: ErrUnderpriced,
				Err: fmt.Errorf("MaxFeeCap %s below base fee %s", limit, head.BaseFee)}
		}
		feeCap = new(big.Int).Set(limit)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	return tip, feeCap, nil, nil
}

// latestHeader returns the highest head the manager read within maxAge,
// or reads the latest one.
func (m *Manager) latestHeader(ctx context.Context, maxAge time.Duration) (*types.Header, error) {
	m.mu.Lock()
	h, at := m.head, m.headAt
	m.mu.Unlock()
	if h != nil && maxAge >= 0 && time.Since(at) <= maxAge {
		return h, nil
	}
	h, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	m.noteHead(h)
	return h, nil
}

// noteHead remembers h when it is at least as high as the head known.
func (m *Manager) noteHead(h *types.Header) {
	if h == nil || h.Number == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.head == nil || h.Number.Cmp(m.head.Number) >= 0 {
		m.head, m.headAt = h, time.Now()
	}
}

// headNumberLocked returns the number of the highest head read, or nil.
func (m *Manager) headNumberLocked() *big.Int {
	if m.head == nil {
		return nil
	}
	return m.head.Number
}

// suggestion returns the node's suggested tip (legacy: gas price), reusing
// one at most maxAge old.
func (m *Manager) suggestion(ctx context.Context, maxAge time.Duration, legacy bool) (*big.Int, error) {
	m.mu.Lock()
	v, at, kind := m.suggested, m.suggestedAt, m.legacy
	m.mu.Unlock()
	if v != nil && kind == legacy && maxAge >= 0 && time.Since(at) <= maxAge {
		return new(big.Int).Set(v), nil
	}
	ask := m.backend.SuggestGasTipCap
	if legacy {
		ask = m.backend.SuggestGasPrice
	}
	v, err := ask(ctx)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	m.suggested, m.suggestedAt, m.legacy = new(big.Int).Set(v), time.Now(), legacy
	m.mu.Unlock()
	return v, nil
}

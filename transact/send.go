package transact

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (Osaka). A margin
// never pushes a limit above it.
const maxTxGas = 1 << 24

// Call is one transaction to send through a Manager: a contract call
// (Data set; To must have code) or a plain transfer of Value to any
// account (Data empty). Contract creation is not supported. Every
// transacting method of the nft, datatoken and accesslist packages builds
// one; a transaction those packages do not wrap is a Call built from an
// ABI's packed calldata (abigen v2's Pack methods, or abi.ABI.Pack).
type Call struct {
	// To is the contract called, or the recipient of Value.
	To common.Address
	// Data is the calldata; empty for a plain transfer.
	Data []byte
	// Value is the wei sent along; nil for none.
	Value *big.Int
	// GasLimit skips estimation when non-zero.
	GasLimit uint64
	// ExtraGas is added to the estimate (after the margin), for calls whose
	// cost may rise between estimation and execution in a way a percentage
	// does not cover: an ERC-20 approval whose allowance slot is spent to
	// zero by an earlier unmined transaction costs 17,100 gas more
	// (EIP-2200 storage set instead of reset).
	ExtraGas uint64
	// After lists transactions that must be mined (successfully) before this
	// call is estimated and sent.
	After []*types.Transaction
	// ABIs decode custom errors of a revert; Error(string) and Panic are
	// always decoded.
	ABIs []*abi.ABI
}

// Send estimates, prices, signs and submits c, and returns the transaction
// once the node accepted it. It does not wait for mining: see Wait.
//
// Gas is estimated against the latest block. Send therefore first waits for
// c.After; and when estimation reverts (or the target has no code yet) while
// earlier transactions of this manager are still unmined, it waits for those
// and estimates again, so a call depending on an unmined approval or
// deployment is not refused.
//
// Errors: a revert in estimation is a *RevertError; node refusals
// are *TxError matching ErrUnderpriced, ErrNonceTooLow (after resyncing the
// nonce twice), ErrInsufficientFunds, ...
//
// opts change this call only: BeforeBroadcast hooks run (after the
// manager's own, see WithBeforeBroadcast) before each version of the
// transaction is broadcast.
func (m *Manager) Send(ctx context.Context, c Call, opts ...SendOption) (*types.Transaction, error) {
	if m.isClosed() {
		return nil, ErrClosed
	}
	if m.dry != nil {
		return m.drySend(ctx, c)
	}
	for _, dep := range c.After {
		if dep == nil {
			continue
		}
		if _, err := m.Wait(ctx, dep); err != nil {
			return nil, fmt.Errorf("transact: dependency %s: %w", dep.Hash().Hex(), err)
		}
	}
	if len(c.Data) > 0 {
		ok, err := m.hasCode(ctx, c.To)
		if err != nil {
			return nil, fmt.Errorf("transact: code at %s: %w", c.To.Hex(), err)
		}
		if !ok && m.waitEarlier(ctx) {
			ok, err = m.hasCode(ctx, c.To)
			if err != nil {
				return nil, fmt.Errorf("transact: code at %s: %w", c.To.Hex(), err)
			}
		}
		if !ok {
			return nil, fmt.Errorf("transact: %s: %w", c.To.Hex(), bind.ErrNoCode)
		}
	}
	gas := c.GasLimit
	if gas == 0 {
		var err error
		gas, err = m.estimate(ctx, c)
		if _, reverted := AsRevert(err); reverted && m.waitEarlier(ctx) {
			gas, err = m.estimate(ctx, c)
		}
		if err != nil {
			return nil, err
		}
	}
	tip, feeCap, gasPrice, err := m.fees(ctx, m.opts.FeeMaxAge)
	if err != nil {
		return nil, err
	}

	var so sendOptions
	for _, o := range opts {
		if o != nil {
			o(&so)
		}
	}
	before := append(slices.Clip(m.before), so.before...)
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	for attempt := 0; ; attempt++ {
		if !m.haveNext {
			n, err := m.backend.PendingNonceAt(ctx, m.from)
			if err != nil {
				return nil, &TxError{Op: "send", Err: fmt.Errorf("pending nonce: %w", err)}
			}
			m.next, m.haveNext = n, true
			m.opts.Logger.Debug("transact: read pending nonce", "from", m.from, "nonce", n)
		}
		nonce := m.next
		tx, err := m.signTx(nonce, c, gas, tip, feeCap, gasPrice)
		if err != nil {
			return nil, &TxError{Op: "sign", Nonce: nonce, Err: err}
		}
		if err := runHooks(before, tx); err != nil {
			return nil, &TxError{Op: "before broadcast", Hash: tx.Hash(), Nonce: nonce, Err: err}
		}
		err = m.backend.SendTransaction(ctx, tx)
		kind := classifyNode(err)
		// A refusal the node explains (kind != nil) means the transaction is
		// not in its pool; anything else (a timeout) may hide an accepted one.
		if err == nil || isKnown(err) || (kind == nil && m.inPool(tx)) {
			m.next = nonce + 1
			now := time.Now()
			m.track(&entry{nonce: nonce, call: c, gas: gas, txs: []*types.Transaction{tx},
				tip: tip, feeCap: feeCap, gasPrice: gasPrice, since: now, sent: now, before: before, done: make(chan struct{})})
			return tx, nil
		}
		// Another sender used this nonce (nonce too low), or holds it in the
		// pool (a "replacement" of somebody else's transaction): resync.
		if attempt < 2 && (kind == ErrNonceTooLow || (kind == ErrUnderpriced && isReplacement(err))) {
			if n, nerr := m.backend.PendingNonceAt(ctx, m.from); nerr == nil {
				m.next = max(n, nonce+1)
				m.opts.Logger.Warn("transact: nonce resync: the account's nonce was used outside this manager",
					"from", m.from, "nonce", nonce, "next", m.next, "err", err)
				continue
			}
		}
		if kind == nil && ctx.Err() != nil {
			err = errors.Join(err, ctx.Err())
		}
		return nil, &TxError{Op: "send", Hash: tx.Hash(), Nonce: nonce, Kind: kind, Err: err}
	}
}

// SendAndWait is Send followed by Wait.
func (m *Manager) SendAndWait(ctx context.Context, c Call, opts ...SendOption) (*types.Receipt, error) {
	tx, err := m.Send(ctx, c, opts...)
	if err != nil {
		return nil, err
	}
	return m.Wait(ctx, tx)
}

// estimate asks the node for the gas of c against the latest block and adds
// the margin.
func (m *Manager) estimate(ctx context.Context, c Call) (uint64, error) {
	to := c.To
	gas, err := m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: c.Data, Value: c.Value})
	if err != nil {
		if re, ok := AsRevert(err, c.ABIs...); ok {
			return 0, re
		}
		return 0, &TxError{Op: "estimate gas", Kind: classifyNode(err), Err: err}
	}
	withMargin := gas + gas*uint64(m.opts.GasMargin)/100 + c.ExtraGas
	if withMargin > maxTxGas && gas <= maxTxGas {
		withMargin = maxTxGas
	}
	return withMargin, nil
}

func (m *Manager) signTx(nonce uint64, c Call, gas uint64, tip, feeCap, gasPrice *big.Int) (*types.Transaction, error) {
	to := c.To
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	var inner types.TxData
	if gasPrice != nil {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: gasPrice, Gas: gas, To: &to, Value: value, Data: c.Data}
	} else {
		inner = &types.DynamicFeeTx{Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: c.Data}
	}
	return m.sign(m.from, types.NewTx(inner))
}

// inPool reports whether the node knows tx after an ambiguous send error
// (a timeout may hide an accepted transaction; reusing its nonce would then
// replace it).
func (m *Manager) inPool(tx *types.Transaction) bool {
	ctx, cancel := context.WithTimeout(context.Background(), m.opts.RPCTimeout)
	defer cancel()
	got, _, err := m.backend.TransactionByHash(ctx, tx.Hash())
	return err == nil && got != nil
}

// hasCode reports whether addr has code at the latest block. Positive
// answers are cached (code does not go away for these contracts), and so
// are contracts that emitted logs in this manager's receipts, once a head
// read includes the receipt's block.
func (m *Manager) hasCode(ctx context.Context, addr common.Address) (bool, error) {
	m.mu.Lock()
	from, ok := m.code[addr]
	head := m.headNumberLocked()
	m.mu.Unlock()
	if ok && (from == 0 || head != nil && head.IsUint64() && head.Uint64() >= from) {
		return true, nil
	}
	code, err := m.backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, err
	}
	if len(code) == 0 {
		return false, nil
	}
	m.NoteCode(addr)
	return true, nil
}

// NoteCode records that addr has code at the latest block, for example
// because a call to it just returned data (an account without code returns
// none), so that Send does not ask the node again.
func (m *Manager) NoteCode(addr common.Address) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.code[addr] = 0
}

// noteLogsLocked records the emitters of a successful receipt's logs as
// contracts with code from the receipt's block on.
func (m *Manager) noteLogsLocked(r *types.Receipt) {
	if r == nil || r.Status != types.ReceiptStatusSuccessful || r.BlockNumber == nil || !r.BlockNumber.IsUint64() {
		return
	}
	n := r.BlockNumber.Uint64()
	for _, l := range r.Logs {
		if from, ok := m.code[l.Address]; !ok || from > n {
			m.code[l.Address] = n
		}
	}
}

// waitEarlier waits until every transaction this manager had sent when it
// was called is mined (or failed), and reports whether there were any.
func (m *Manager) waitEarlier(ctx context.Context) bool {
	m.mu.Lock()
	dones := make([]chan struct{}, 0, len(m.pending))
	for _, e := range m.pending {
		dones = append(dones, e.done)
	}
	m.mu.Unlock()
	for _, d := range dones {
		select {
		case <-d:
		case <-ctx.Done():
			return false
		}
	}
	return len(dones) > 0
}

package transact

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Wait blocks until tx (or a replacement of it) is mined, then returns its
// receipt. Note the receipt's TxHash is the mined version's hash, which
// differs from tx.Hash() when the manager replaced a stuck transaction.
//
// A mined transaction that failed returns its receipt together with a
// *RevertError (TxHash set), decoded by replaying the call at the
// receipt's block. When ctx ends first, Wait returns a *TxError matching
// ErrNotMined and ctx.Err(); the transaction stays pending and is still
// watched. Wait also works for transactions sent by other means, without
// replacement.
func (m *Manager) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if tx == nil {
		return nil, errors.New("transact: wait: nil transaction")
	}
	if m.dry != nil {
		if r := m.dryReceipt(tx); r != nil {
			return r, nil
		}
	}
	m.mu.Lock()
	e := m.byHash[tx.Hash()]
	m.mu.Unlock()
	var (
		r    *types.Receipt
		call Call
		from = m.from
		gas  uint64
	)
	if e != nil {
		select {
		case <-e.done:
		case <-ctx.Done():
			return nil, &TxError{Op: "wait", Hash: tx.Hash(), Nonce: tx.Nonce(), Kind: ErrNotMined, Err: ctx.Err()}
		}
		if e.err != nil {
			return e.receipt, e.err
		}
		r, call, gas = e.receipt, e.call, e.gas
	} else {
		var err error
		if r, err = m.pollReceipt(ctx, tx.Hash()); err != nil {
			return nil, &TxError{Op: "wait", Hash: tx.Hash(), Nonce: tx.Nonce(), Kind: ErrNotMined, Err: err}
		}
		if tx.To() != nil {
			call = Call{To: *tx.To(), Data: tx.Data(), Value: tx.Value()}
		}
		gas = tx.Gas()
		if sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx); err == nil {
			from = sender
		}
	}
	if err := m.headAtLeast(ctx, r.BlockNumber); err != nil {
		return r, &TxError{Op: "wait", Hash: r.TxHash, Nonce: tx.Nonce(), Kind: ErrNotMined, Err: err}
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	return r, m.replayRevert(ctx, from, call, gas, r)
}

// headAtLeast waits until the backend's latest block is at least n, so that
// a call made right after Wait sees the transaction's effects: geth serves a
// receipt (its lookup entries are written) a moment before it publishes the
// new head that eth_call reads, and a load-balanced RPC may lag likewise.
// A head the manager already read that high answers without a request; the
// heads read here also serve the fees of later sends.
func (m *Manager) headAtLeast(ctx context.Context, n *big.Int) error {
	if n == nil {
		return nil
	}
	m.mu.Lock()
	known := m.headNumberLocked()
	m.mu.Unlock()
	if known != nil && known.Cmp(n) >= 0 {
		return nil
	}
	wait := time.Millisecond
	for {
		h, err := m.backend.HeaderByNumber(ctx, nil)
		if err == nil {
			m.noteHead(h)
		}
		if err == nil && h.Number.Cmp(n) >= 0 {
			return nil
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait = min(wait*2, 50*time.Millisecond)
	}
}

// pollReceipt polls for a receipt with backoff, treating "not found" and a
// freshly started geth's "transaction indexing is in progress" as not yet.
func (m *Manager) pollReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	wait := time.Millisecond
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timer.C:
		}
		r, err := m.backend.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !notYet(err) {
			return nil, err
		}
		timer.Reset(wait)
		wait = min(wait*2, m.opts.PollInterval)
	}
}

func notYet(err error) bool {
	return errors.Is(err, ethereum.NotFound) || containsFold(err.Error(), "transaction indexing is in progress")
}

// replayRevert re-executes a failed call at the block that mined it to
// recover the revert reason, which receipts do not carry.
func (m *Manager) replayRevert(ctx context.Context, from common.Address, c Call, gas uint64, r *types.Receipt) error {
	to := c.To
	_, err := m.backend.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Gas: gas, Value: c.Value, Data: c.Data}, r.BlockNumber)
	if re, ok := AsRevert(err, c.ABIs...); ok {
		out := *re
		out.TxHash = r.TxHash
		return &out
	}
	reason := "transaction failed; replaying it did not revert"
	if gas > 0 && r.GasUsed >= gas {
		reason = fmt.Sprintf("out of gas (used all %d)", r.GasUsed)
	} else if err != nil {
		reason = "transaction failed; replay: " + err.Error()
	}
	return &RevertError{Reason: reason, TxHash: r.TxHash}
}

// track registers a sent transaction and makes sure the monitor runs.
func (m *Manager) track(e *entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i, _ := slices.BinarySearchFunc(m.pending, e.nonce, func(x *entry, n uint64) int {
		return cmpUint(x.nonce, n)
	})
	e.alone = len(m.pending) == 0
	m.pending = slices.Insert(m.pending, i, e)
	m.byHash[e.current().Hash()] = e
	if m.closed {
		// Closed while this send was in flight: nobody watches it.
		m.pending = slices.Delete(m.pending, i, i+1)
		e.err = &TxError{Op: "wait", Hash: e.current().Hash(), Nonce: e.nonce, Kind: ErrClosed}
		close(e.done)
		return
	}
	if !m.monitoring {
		m.monitoring = true
		go m.monitor()
		return
	}
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// minPoll is the shortest pause between receipt checks.
const minPoll = time.Millisecond

// monitor watches the pending transactions in nonce order: it records
// receipts, releases waiters and replaces the lowest one once it is stuck.
// It exits when nothing is pending and is restarted by the next send.
//
// The first check after a send waits the manager's recent send-to-receipt
// time (each check is a request, and one made before the transaction can
// be mined is wasted); later checks back off from a quarter of it to
// PollInterval.
func (m *Manager) monitor() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-m.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	first, gap := m.pollDelays()
	timer := time.NewTimer(first)
	defer timer.Stop()
	due := time.Now().Add(first)
	for {
		select {
		case <-m.stop:
			m.mu.Lock()
			m.monitoring = false
			m.failAllLocked(ErrClosed)
			m.mu.Unlock()
			return
		case <-m.wake:
			// A new transaction: check when it may be mined, unless a
			// check is due sooner anyway.
			first, gap = m.pollDelays()
			if time.Until(due) > first {
				timer.Reset(first)
				due = time.Now().Add(first)
			}
			continue
		case <-timer.C:
		}
		progressed := m.poll(ctx)
		m.mu.Lock()
		if len(m.pending) == 0 {
			m.monitoring = false
			m.mu.Unlock()
			return
		}
		m.mu.Unlock()
		var next time.Duration
		if progressed {
			// The next nonces may follow in the next block.
			_, gap = m.pollDelays()
			next = gap
		} else {
			next, gap = gap, min(gap*2, m.opts.PollInterval)
		}
		timer.Reset(next)
		due = time.Now().Add(next)
	}
}

// pollDelays returns the wait before the first receipt check of a new
// transaction and the gap after a check that found nothing.
func (m *Manager) pollDelays() (first, gap time.Duration) {
	m.mu.Lock()
	l := m.latency
	m.mu.Unlock()
	first = min(max(l, minPoll), m.opts.PollInterval)
	gap = min(max(l/4, minPoll), m.opts.PollInterval)
	return first, gap
}

// learnLatencyLocked updates the send-to-receipt estimate with e, found
// mined just now: a transaction found at its first check may have been
// mined sooner, so the estimate shrinks an eighth; a later find moves it a
// quarter of the way to what e took. Only transactions sent while nothing
// else was pending count (a queue behind earlier nonces, or a replacement,
// says nothing about the chain).
func (m *Manager) learnLatencyLocked(e *entry) {
	if !e.alone || len(e.txs) > 1 || e.sent.IsZero() {
		return
	}
	took := time.Since(e.sent)
	switch {
	case m.latency == 0:
		m.latency = took
	case e.checks <= 1:
		m.latency -= m.latency / 8
	default:
		m.latency += (took - m.latency) / 4
	}
}

func (m *Manager) failAllLocked(err error) {
	for _, e := range m.pending {
		e.err = &TxError{Op: "wait", Hash: e.current().Hash(), Nonce: e.nonce, Kind: err}
		close(e.done)
	}
	m.pending = nil
}

// poll checks the lowest pending nonces until one is not mined yet, and
// replaces that one when it is stuck. It reports whether anything was mined.
func (m *Manager) poll(ctx context.Context) bool {
	progressed := false
	for {
		m.mu.Lock()
		if len(m.pending) == 0 {
			m.mu.Unlock()
			return progressed
		}
		e := m.pending[0]
		versions := slices.Clone(e.txs)
		since := e.since
		m.mu.Unlock()

		r, err := m.receiptOf(ctx, versions)
		if err != nil {
			return progressed
		}
		m.mu.Lock()
		e.checks++
		m.mu.Unlock()
		if r != nil {
			m.complete(e, r, nil)
			progressed = true
			continue
		}
		if time.Since(since) >= m.opts.StuckAfter {
			m.replace(ctx, e)
		}
		return progressed
	}
}

// receiptOf returns the receipt of whichever version was mined, or nil.
func (m *Manager) receiptOf(ctx context.Context, versions []*types.Transaction) (*types.Receipt, error) {
	for i := len(versions) - 1; i >= 0; i-- {
		rctx, cancel := context.WithTimeout(ctx, m.opts.RPCTimeout)
		r, err := m.backend.TransactionReceipt(rctx, versions[i].Hash())
		cancel()
		if err == nil {
			return r, nil
		}
		if !notYet(err) {
			return nil, err
		}
	}
	return nil, nil
}

// complete finishes e (the lowest pending entry) and starts the stuck clock
// of the next one.
func (m *Manager) complete(e *entry, r *types.Receipt, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := slices.Index(m.pending, e)
	if i < 0 {
		return
	}
	m.pending = slices.Delete(m.pending, i, i+1)
	if r != nil {
		m.learnLatencyLocked(e)
		m.noteLogsLocked(r)
	}
	e.receipt, e.err = r, err
	close(e.done)
	if len(m.pending) > 0 && i == 0 {
		if now := time.Now(); m.pending[0].since.Before(now) {
			m.pending[0].since = now
		}
	}
	m.completed = append(m.completed, e)
	if len(m.completed) > keepCompleted {
		old := m.completed[0]
		m.completed = m.completed[1:]
		for _, tx := range old.txs {
			delete(m.byHash, tx.Hash())
		}
	}
}

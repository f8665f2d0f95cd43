package transact

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contracts"
)

// Options tunes a Manager. The zero value gives the defaults.
type Options struct {
	// BaseFeeMargin is the percentage of the latest base fee added on top of
	// it for the fee cap, so that a transaction survives base-fee rises
	// while it waits: fee cap = base fee × (100+BaseFeeMargin)/100 + tip.
	// Default 100 (twice the base fee, as go-ethereum's bind does).
	BaseFeeMargin int
	// GasMargin is the percentage added to the gas estimate. Default 20.
	GasMargin int
	// MinTip is a floor for the priority fee; the node's suggestion is used
	// when it is higher. Nil: the suggestion alone.
	MinTip *big.Int
	// MaxFeeCap bounds the fee cap of every transaction and replacement;
	// nil means unbounded. A send whose fee cap would have to be below the
	// current base fee fails with ErrUnderpriced.
	MaxFeeCap *big.Int
	// StuckAfter is how long a transaction may wait unmined (once every
	// earlier nonce is mined) before it is replaced with higher fees.
	// Default 1 minute.
	StuckAfter time.Duration
	// BumpPercent is how much each replacement raises tip and fee cap.
	// Default 20; values below 10 (go-ethereum's minimum) are raised to 10.
	BumpPercent int
	// PollInterval is the longest pause between receipt checks. The first
	// check after a send waits about as long as the manager's recent
	// transactions took to be mined (a millisecond before it has seen one),
	// later checks back off to PollInterval. Default 1s.
	PollInterval time.Duration
	// FeeMaxAge is how long the latest base fee and the node's suggested
	// tip (gas price on chains without a base fee) are reused by later
	// sends instead of being asked for again. Heads the manager reads while
	// waiting for receipts refresh the base fee. Replacements always ask.
	// Default 3s; negative: ask for every send.
	FeeMaxAge time.Duration
	// RPCTimeout bounds each call the background monitor makes. Default 30s.
	RPCTimeout time.Duration
}

func (o *Options) defaults() {
	if o.BaseFeeMargin <= 0 {
		o.BaseFeeMargin = 100
	}
	if o.GasMargin <= 0 {
		o.GasMargin = 20
	}
	if o.StuckAfter <= 0 {
		o.StuckAfter = time.Minute
	}
	if o.BumpPercent <= 0 {
		o.BumpPercent = 20
	}
	if o.BumpPercent < 10 {
		o.BumpPercent = 10
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.RPCTimeout <= 0 {
		o.RPCTimeout = 30 * time.Second
	}
	if o.FeeMaxAge == 0 {
		o.FeeMaxAge = 3 * time.Second
	}
}

// maxTxGas is the per-transaction gas cap of EIP-7825 (Osaka). A margin
// never pushes a limit above it.
const maxTxGas = 1 << 24

// Call is one contract call to send.
type Call struct {
	// To is the contract called.
	To common.Address
	// Data is the calldata.
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

// Manager sends transactions for one account on one chain. It assigns
// nonces itself so that any number of goroutines can send concurrently
// without collisions, prices transactions with EIP-1559 fees (legacy gas
// price on chains without a base fee), replaces transactions that stay
// unmined, and turns failures into typed errors.
//
// Use one Manager per account and chain, shared by every goroutine and every
// wrapper that sends from that account: two managers for the same account
// recover from each other's nonces (ErrNonceTooLow triggers a resync) but
// waste round trips doing so. A Manager is safe for concurrent use.
type Manager struct {
	backend bind.Backend
	from    common.Address
	sign    bind.SignerFn
	opts    Options

	// sendMu serialises nonce assignment, signing and submission, so nonces
	// reach the node in order and without gaps.
	sendMu   sync.Mutex
	next     uint64
	haveNext bool

	mu        sync.Mutex
	pending   []*entry // unmined, ascending nonce
	byHash    map[common.Hash]*entry
	completed []*entry // FIFO of recently finished entries, for late Wait calls
	// code maps contracts known to have code to the block from which on
	// they do (0: at the latest block already).
	code map[common.Address]uint64
	// head is the highest head read, headAt when; suggested is the node's
	// tip (gas price when legacy) read at suggestedAt. Sends reuse them for
	// FeeMaxAge.
	head        *types.Header
	headAt      time.Time
	suggested   *big.Int
	legacy      bool
	suggestedAt time.Time
	// latency is how long recent transactions took from send to receipt;
	// the first receipt check after a send waits that long.
	latency    time.Duration
	budgets    map[string]*Budget
	dry        *dryRun // non-nil: a dry-run manager (DryRun)
	monitoring bool
	closed     bool
	wake       chan struct{}
	stop       chan struct{}
}

// keepCompleted is how many finished transactions a manager remembers so
// that Wait on an old (possibly replaced) transaction still finds its receipt.
const keepCompleted = 4096

// entry is one nonce of the account and every version sent for it.
type entry struct {
	nonce uint64
	call  Call
	gas   uint64
	txs   []*types.Transaction // versions, latest last
	// attempted fees of the last replacement try (possibly refused).
	tip, feeCap, gasPrice *big.Int
	since                 time.Time      // start of the current "stuck" clock
	sent                  time.Time      // when the first version was accepted
	checks                int            // receipt checks so far
	alone                 bool           // nothing else was pending when it was sent
	before                BeforeSendFunc // called before each version is submitted
	done                  chan struct{}
	receipt               *types.Receipt
	err                   error
}

func (e *entry) current() *types.Transaction { return e.txs[len(e.txs)-1] }

// New returns a Manager sending from the account from, signing with sign
// (for example bind.NewKeyedTransactor(key, chainID).Signer, a keystore or a
// remote signer; it must be safe for concurrent use). No I/O happens until
// the first Send.
func New(backend bind.Backend, from common.Address, sign bind.SignerFn, opts Options) (*Manager, error) {
	if backend == nil {
		return nil, errors.New("transact: nil backend")
	}
	if sign == nil {
		return nil, errors.New("transact: nil signer")
	}
	if from == (common.Address{}) {
		return nil, errors.New("transact: zero sender address")
	}
	opts.defaults()
	if opts.MinTip != nil && opts.MinTip.Sign() < 0 {
		return nil, errors.New("transact: negative MinTip")
	}
	if opts.MaxFeeCap != nil && opts.MaxFeeCap.Sign() <= 0 {
		return nil, errors.New("transact: MaxFeeCap must be positive")
	}
	return &Manager{
		backend: backend,
		from:    from,
		sign:    sign,
		opts:    opts,
		byHash:  make(map[common.Hash]*entry),
		code:    make(map[common.Address]uint64),
		budgets: make(map[string]*Budget),
		wake:    make(chan struct{}, 1),
		stop:    make(chan struct{}),
	}, nil
}

// From returns the sending account.
func (m *Manager) From() common.Address { return m.from }

// Backend returns the backend the manager sends through.
func (m *Manager) Backend() bind.Backend { return m.backend }

// Close stops watching pending transactions; waiters get ErrClosed. The
// transactions already sent stay in the node's pool. Close is idempotent.
func (m *Manager) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return
	}
	m.closed = true
	close(m.stop)
	if !m.monitoring {
		m.failAllLocked(ErrClosed)
	}
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
// Errors: a revert in estimation is a *contracts.RevertError; node refusals
// are *TxError matching ErrUnderpriced, ErrNonceTooLow (after resyncing the
// nonce twice), ErrInsufficientFunds, ...
func (m *Manager) Send(ctx context.Context, c Call) (*types.Transaction, error) {
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
		if _, reverted := contracts.AsRevert(err); reverted && m.waitEarlier(ctx) {
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

	before := beforeSendFrom(ctx)
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	for attempt := 0; ; attempt++ {
		if !m.haveNext {
			n, err := m.backend.PendingNonceAt(ctx, m.from)
			if err != nil {
				return nil, &TxError{Op: "send", Err: fmt.Errorf("pending nonce: %w", err)}
			}
			m.next, m.haveNext = n, true
		}
		nonce := m.next
		tx, err := m.signTx(nonce, c, gas, tip, feeCap, gasPrice)
		if err != nil {
			return nil, &TxError{Op: "sign", Nonce: nonce, Err: err}
		}
		if before != nil {
			if err := before(tx); err != nil {
				return nil, &TxError{Op: "before send", Hash: tx.Hash(), Nonce: nonce, Err: err}
			}
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
func (m *Manager) SendAndWait(ctx context.Context, c Call) (*types.Receipt, error) {
	tx, err := m.Send(ctx, c)
	if err != nil {
		return nil, err
	}
	return m.Wait(ctx, tx)
}

func isReplacement(err error) bool {
	return containsFold(err.Error(), "replacement")
}

func (m *Manager) isClosed() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.closed
}

// estimate asks the node for the gas of c against the latest block and adds
// the margin.
func (m *Manager) estimate(ctx context.Context, c Call) (uint64, error) {
	to := c.To
	gas, err := m.backend.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: c.Data, Value: c.Value})
	if err != nil {
		if re, ok := contracts.AsRevert(err, c.ABIs...); ok {
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

// Wait blocks until tx (or a replacement of it) is mined, then returns its
// receipt. Note the receipt's TxHash is the mined version's hash, which
// differs from tx.Hash() when the manager replaced a stuck transaction.
//
// A mined transaction that failed returns its receipt together with a
// *contracts.RevertError (TxHash set), decoded by replaying the call at the
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
	if re, ok := contracts.AsRevert(err, c.ABIs...); ok {
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
	return &contracts.RevertError{Reason: reason, TxHash: r.TxHash}
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

// replace resends e's nonce with fees raised by BumpPercent (and at least
// the current market fees).
func (m *Manager) replace(ctx context.Context, e *entry) {
	m.sendMu.Lock()
	defer m.sendMu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, m.opts.RPCTimeout)
	defer cancel()

	m.mu.Lock()
	prevTip, prevCap, prevPrice := e.tip, e.feeCap, e.gasPrice
	m.mu.Unlock()
	tip, feeCap, gasPrice, err := m.fees(rctx, -1)
	if err != nil {
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
				m.restartClock(e)
				return
			}
		}
	}
	tx, err := m.signTx(e.nonce, e.call, e.gas, tip, feeCap, gasPrice)
	if err != nil {
		m.restartClock(e)
		return
	}
	if e.before != nil {
		if err := e.before(tx); err != nil {
			m.restartClock(e)
			return
		}
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
			m.complete(e, nil, &TxError{Op: "replace", Hash: e.current().Hash(), Nonce: e.nonce, Kind: ErrNonceTooLow,
				Err: errors.New("the nonce was used by a transaction this manager did not send")})
			return
		}
		m.restartClock(e)
	default:
		// Underpriced replacement (the fees attempted are kept, so the next
		// try bumps from them) or a transient error: try again later.
		m.restartClock(e)
	}
}

func (m *Manager) restartClock(e *entry) {
	m.mu.Lock()
	e.since = time.Now()
	m.mu.Unlock()
}

// Pending returns how many transactions of this manager are not mined yet.
func (m *Manager) Pending() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.pending)
}

// Replacements returns every version sent for tx's nonce, the original
// first, or nil when tx is unknown to the manager.
func (m *Manager) Replacements(tx *types.Transaction) []*types.Transaction {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.byHash[tx.Hash()]
	if e == nil {
		return nil
	}
	return slices.Clone(e.txs)
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

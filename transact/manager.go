package transact

import (
	"errors"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
	// Logger receives what the manager does on its own: replacements of
	// stuck transactions (Info), replacements that failed and nonce
	// resyncs (Warn), a nonce taken by a transaction the manager did not
	// send (Error), and nonce reads (Debug). Nil discards.
	Logger *slog.Logger
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
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
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
	*account
	// before are this view's hooks (WithBeforeBroadcast), run before the
	// per-call ones.
	before []BroadcastHook
}

// account is the state every view of a Manager shares.
type account struct {
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
	since                 time.Time       // start of the current "stuck" clock
	sent                  time.Time       // when the first version was accepted
	checks                int             // receipt checks so far
	alone                 bool            // nothing else was pending when it was sent
	before                []BroadcastHook // called before each version is broadcast
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
	return &Manager{account: &account{
		backend: backend,
		from:    from,
		sign:    sign,
		opts:    opts,
		byHash:  make(map[common.Hash]*entry),
		code:    make(map[common.Address]uint64),
		budgets: make(map[string]*Budget),
		wake:    make(chan struct{}, 1),
		stop:    make(chan struct{}),
	}}, nil
}

// WithBeforeBroadcast returns a view of m that calls f before broadcasting
// every transaction sent through it, and each later replacement of those
// transactions, as if every Send were given BeforeBroadcast(f). The view
// shares everything else with m (the account's nonces, pending
// transactions, fee data, budgets; Close closes both), so it can be handed
// to the nft, datatoken or accesslist handles of one step whose
// transactions must be journaled, while other goroutines keep sending
// through m. Views of a view run the outer hooks first.
func (m *Manager) WithBeforeBroadcast(f BroadcastHook) *Manager {
	if f == nil {
		return m
	}
	return &Manager{account: m.account, before: append(slices.Clip(m.before), f)}
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

func (m *Manager) isClosed() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.closed
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

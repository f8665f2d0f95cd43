package assets

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/transact"
)

// Statuses every flow shares.
const (
	StatusPending = "PENDING"
	StatusDone    = "DONE"
)

// sentTx is one nonce a flow used: every signed version of the transaction
// (the original and the manager's replacements), journaled before each
// was submitted.
type sentTx struct {
	Step    string          `json:"step"`
	Nonce   uint64          `json:"nonce"`
	Raw     []hexutil.Bytes `json:"raw"`
	Mined   common.Hash     `json:"mined,omitempty"`
	Dropped bool            `json:"dropped,omitempty"`
}

func (s *sentTx) hashes() []common.Hash {
	out := make([]common.Hash, 0, len(s.Raw))
	for _, raw := range s.Raw {
		var tx types.Transaction
		if tx.UnmarshalBinary(raw) == nil {
			out = append(out, tx.Hash())
		}
	}
	return out
}

// txLog is the part of every flow state that records transactions.
type txLog struct {
	From common.Address `json:"from"`
	Txs  []*sentTx      `json:"txs,omitempty"`
}

func (l *txLog) log() *txLog { return l }

// logged is implemented by every flow state (by embedding txLog).
type logged interface{ log() *txLog }

// run is one execution of a flow under the key's lock.
type run struct {
	c     *Client
	flow  string
	mu    sync.Mutex // guards e and state against the before-send hook
	e     *journal.Entry
	state logged
}

// begin locks key, then loads its entry into state or creates it. params
// (nil for Resume) must equal the stored params of an existing entry,
// unless amend (for an unfinished entry) accepts the given params into
// the loaded state.
func (c *Client) begin(ctx context.Context, key, flow string, state logged, params func(logged) any, amend ...func(state logged, given []byte) bool) (*run, func() error, error) {
	if key == "" {
		return nil, nil, fmt.Errorf("%w: empty idempotency key", ErrInvalidParams)
	}
	unlock, err := c.store.Lock(ctx, key)
	if err != nil {
		return nil, nil, fmt.Errorf("assets: lock %q: %w", key, err)
	}
	return c.beginHeld(ctx, key, flow, state, params, unlock, amend...)
}

// beginHeld is begin with key's lock already taken; unlock releases it
// (beginHeld does on error).
func (c *Client) beginHeld(ctx context.Context, key, flow string, state logged, params func(logged) any, unlock func() error,
	amend ...func(state logged, given []byte) bool) (*run, func() error, error) {
	r := &run{c: c, flow: flow, state: state}
	var given []byte
	if params != nil {
		given, _ = json.Marshal(params(state))
	}
	e, err := c.store.Get(ctx, key)
	switch {
	case errors.Is(err, journal.ErrNotFound):
		if params == nil {
			_ = unlock()
			return nil, nil, err
		}
		state.log().From = c.from
		payload, err := json.Marshal(state)
		if err != nil {
			_ = unlock()
			return nil, nil, fmt.Errorf("assets: encode %s state: %w", flow, err)
		}
		e = &journal.Entry{Key: key, Flow: flow, Status: StatusPending, Payload: payload}
		if err := c.store.Create(ctx, e); err != nil {
			_ = unlock()
			return nil, nil, fmt.Errorf("assets: journal %q: %w", key, err)
		}
		r.e = e
		r.after(StatusPending)
		return r, unlock, nil
	case err != nil:
		_ = unlock()
		return nil, nil, fmt.Errorf("assets: journal %q: %w", key, err)
	}
	if e.Flow != flow {
		_ = unlock()
		return nil, nil, fmt.Errorf("%w: %q is a %s flow", ErrKeyInUse, key, e.Flow)
	}
	if err := json.Unmarshal(e.Payload, state); err != nil {
		_ = unlock()
		return nil, nil, fmt.Errorf("assets: decode journal %q: %w", key, err)
	}
	if params == nil {
		// Resume: the stored parameters are the parameters.
	} else if stored, _ := json.Marshal(params(state)); !bytes.Equal(stored, given) &&
		!(len(amend) > 0 && e.Status != StatusDone && state.log().From == c.from && amend[0](state, given)) {
		_ = unlock()
		return nil, nil, fmt.Errorf("%w: %q was started with other parameters (%s): run it with those, resume it, or abandon it",
			ErrKeyInUse, key, e.Status)
	}
	if state.log().From != c.from {
		_ = unlock()
		return nil, nil, fmt.Errorf("%w: %q was started by %s", ErrKeyInUse, key, state.log().From.Hex())
	}
	r.e = e
	if e.Status != StatusDone {
		e.Retries++
	}
	return r, unlock, nil
}

// status returns the current status.
func (r *run) status() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.e.Status
}

// save writes the state with a new status; ctx cancellation does not stop
// a journal write that has begun.
func (r *run) save(ctx context.Context, status string) error {
	r.mu.Lock()
	err := r.saveLocked(ctx, status)
	r.mu.Unlock()
	if err == nil {
		r.after(status)
	}
	return err
}

func (r *run) saveLocked(ctx context.Context, status string) error {
	payload, err := json.Marshal(r.state)
	if err != nil {
		return fmt.Errorf("assets: encode %s state: %w", r.flow, err)
	}
	prev := *r.e
	r.e.Status, r.e.Payload, r.e.Error = status, payload, ""
	if status == StatusDone && r.c.opts.keepDone > 0 {
		r.e.ExpiresAt = time.Now().Add(r.c.opts.keepDone)
	}
	if err := r.c.store.Put(context.WithoutCancel(ctx), r.e); err != nil {
		*r.e = prev
		return fmt.Errorf("assets: journal %q: %w", r.e.Key, err)
	}
	return nil
}

func (r *run) after(point string) {
	r.c.debug("assets: step", "flow", r.flow, "key", r.e.Key, "point", point)
	if f := r.c.opts.afterStep; f != nil {
		f(r.e.Key, point)
	}
}

// fail records err on the entry (the status stays, so Resume continues
// from there) and returns it as a *StepError.
func (r *run) fail(ctx context.Context, err error) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	var se *StepError
	if !errors.As(err, &se) {
		err = gasFunds(err)
		se = &StepError{Flow: r.flow, Key: r.e.Key, Step: r.e.Status, Err: err}
		if txs := r.state.log().Txs; len(txs) > 0 {
			last := txs[len(txs)-1]
			if last.Mined != (common.Hash{}) {
				se.TxHash = last.Mined
			} else if h := last.hashes(); len(h) > 0 {
				se.TxHash = h[len(h)-1]
			}
		}
	}
	r.e.Error = err.Error()
	if perr := r.c.store.Put(context.WithoutCancel(ctx), r.e); perr != nil {
		r.c.debug("assets: journal error", "key", r.e.Key, "err", perr)
	}
	return se
}

// journalTx records a signed transaction of step under status before it
// is submitted (the before-send hook).
func (r *run) journalTx(ctx context.Context, step, status string, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	r.mu.Lock()
	l := r.state.log()
	i := slices.IndexFunc(l.Txs, func(s *sentTx) bool { return s.Step == step && s.Nonce == tx.Nonce() && !s.Dropped })
	if i < 0 {
		l.Txs = append(l.Txs, &sentTx{Step: step, Nonce: tx.Nonce()})
		i = len(l.Txs) - 1
	}
	l.Txs[i].Raw = append(l.Txs[i].Raw, raw)
	err = r.saveLocked(ctx, status)
	if err != nil {
		l.Txs[i].Raw = l.Txs[i].Raw[:len(l.Txs[i].Raw)-1]
		if len(l.Txs[i].Raw) == 0 {
			l.Txs = slices.Delete(l.Txs, i, i+1)
		}
	}
	r.mu.Unlock()
	if err == nil {
		r.after(status)
	}
	return err
}

// sender sends a step's transaction(s) through tm, the step's journaling
// view of the client's manager.
type sender = func(ctx context.Context, tm *transact.Manager) (*types.Transaction, error)

// via returns a sender that binds the contract at addr (mk is the wrapper's
// constructor) to the step's manager and calls f with that handle, so that
// everything f sends is journaled.
func via[H any](c *Client, addr common.Address, mk func(bind.ContractBackend, common.Address, *transact.Manager) (H, error),
	f func(context.Context, H) (*types.Transaction, error)) sender {
	return func(ctx context.Context, tm *transact.Manager) (*types.Transaction, error) {
		h, err := mk(c.backend, addr, tm)
		if err != nil {
			return nil, err
		}
		return f(ctx, h)
	}
}

// txSpec describes one transacting step.
type txSpec struct {
	// step names the step in the journal's transaction log.
	step string
	// status is written with every signed transaction, before submission.
	status string
	// send submits the step's transaction(s) through the step's
	// journaling view of the client's manager.
	send sender
	// done reports whether a mined receipt achieved the step.
	done func(*types.Receipt) bool
	// search, when set, looks for the step's effect on chain when every
	// journaled transaction was dropped (belt and braces: with every
	// version journaled, a dropped nonce means the step did not happen).
	search func(context.Context) (*types.Receipt, error)
}

// txStep runs one transacting step exactly once across crashes. If the
// journal already holds transactions of the step, they are reconciled
// first (receipts, the account's nonce, the pool): a mined one for which
// done reports true ends the step; unsubmitted ones are submitted again
// with their journaled bytes; only when none can have achieved the step is
// send called again, with a view of the client's manager that journals
// every signed transaction (and each replacement of it) under status
// before it is broadcast.
func (r *run) txStep(ctx context.Context, s txSpec) (*types.Receipt, error) {
	rc, had, err := r.reconcile(ctx, s.step, s.done)
	if err != nil || rc != nil {
		return rc, err
	}
	if had && s.search != nil {
		if rc, err := s.search(ctx); err != nil || rc != nil {
			return rc, err
		}
	}
	tm := r.c.tm.WithBeforeBroadcast(func(tx *types.Transaction) error {
		return r.journalTx(context.WithoutCancel(ctx), s.step, s.status, tx)
	})
	tx, err := s.send(ctx, tm)
	if err != nil {
		return nil, err
	}
	r.after(s.status + "/broadcast")
	rc, err = r.c.tm.Wait(ctx, tx)
	if err != nil {
		return nil, err
	}
	r.markMined(rc)
	if !s.done(rc) && !r.c.dry { // a dry run's receipts have no logs
		return nil, fmt.Errorf("assets: %s: transaction %s did not do it", s.step, rc.TxHash.Hex())
	}
	return rc, nil
}

func (r *run) markMined(rc *types.Receipt) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.state.log().Txs {
		if slices.Contains(s.hashes(), rc.TxHash) {
			s.Mined = rc.TxHash
		}
	}
}

// reconcile settles the journaled transactions of step and returns the
// receipt of one that achieved it, or nil when the step must be (re)sent;
// had reports whether there were journaled transactions.
func (r *run) reconcile(ctx context.Context, step string, done func(*types.Receipt) bool) (rc *types.Receipt, had bool, err error) {
	r.mu.Lock()
	var recs []*sentTx
	for _, s := range r.state.log().Txs {
		if s.Step == step && !s.Dropped {
			recs = append(recs, s)
		}
	}
	r.mu.Unlock()
	slices.SortFunc(recs, func(a, b *sentTx) int { return int(a.Nonce) - int(b.Nonce) })
	var found *types.Receipt
	for _, s := range recs {
		rc, err := r.c.settle(ctx, r.state.log().From, s)
		if err != nil {
			return nil, true, err
		}
		r.mu.Lock()
		if rc == nil {
			s.Dropped = true
		} else {
			s.Mined = rc.TxHash
		}
		r.mu.Unlock()
		if rc != nil && rc.Status == types.ReceiptStatusSuccessful && done(rc) {
			found = rc
		}
	}
	return found, len(recs) > 0, nil
}

// settle finds out what became of a journaled nonce: the receipt of the
// version that was mined, or nil when none was and the nonce was used by
// another transaction. A version the node does not know while the nonce is
// still unused is submitted again (its exact bytes, so at most one version
// can be mined) and waited for.
func (c *Client) settle(ctx context.Context, from common.Address, s *sentTx) (*types.Receipt, error) {
	hashes := s.hashes()
	if len(hashes) == 0 {
		return nil, nil
	}
	lookup := func() (*types.Receipt, error) {
		for i := len(hashes) - 1; i >= 0; i-- {
			rc, err := c.backend.TransactionReceipt(ctx, hashes[i])
			if err == nil {
				return rc, nil
			}
			if !errors.Is(err, ethereum.NotFound) {
				return nil, fmt.Errorf("assets: receipt of %s: %w", hashes[i].Hex(), err)
			}
		}
		return nil, nil
	}
	pause := c.opts.pollMin
	resent := false
	for {
		if rc, err := lookup(); err != nil || rc != nil {
			return rc, err
		}
		nonce, err := c.backend.NonceAt(ctx, from, nil)
		if err != nil {
			return nil, fmt.Errorf("assets: nonce of %s: %w", from.Hex(), err)
		}
		if nonce > s.Nonce {
			// Mined meanwhile, or used by a transaction we never signed.
			return lookup()
		}
		inPool := false
		for _, h := range hashes {
			if _, _, err := c.backend.TransactionByHash(ctx, h); err == nil {
				inPool = true
				break
			}
		}
		if !inPool && !resent {
			var tx types.Transaction
			if err := tx.UnmarshalBinary(s.Raw[len(s.Raw)-1]); err != nil {
				return nil, fmt.Errorf("assets: journaled transaction: %w", err)
			}
			if err := c.backend.SendTransaction(ctx, &tx); err != nil && !benignResend(err) {
				return nil, fmt.Errorf("assets: resubmit %s: %w", tx.Hash().Hex(), err)
			}
			c.debug("assets: resubmitted journaled transaction", "hash", tx.Hash().Hex())
			resent = true
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(pause):
		}
		pause = min(pause*2, c.opts.pollMax)
	}
}

// benignResend reports node answers to a resubmission that leave the
// outcome to the receipt lookup: already known, already mined (nonce too
// low) or another of our versions in the pool (underpriced replacement).
func benignResend(err error) bool {
	s := strings.ToLower(err.Error())
	for _, m := range []string{"known", "nonce too low", "underpriced", "already"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

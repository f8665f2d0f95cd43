package indexer

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
)

// WaitOptions tells WaitIndexed what to wait for and how often to ask.
type WaitOptions struct {
	// TxHash, when set, waits until the indexer has processed this metadata
	// transaction (its indexedMetadata.event.txid), not merely any version
	// of the DDO: use the hash of the setMetaData (or
	// setMetaDataAndTokenURI) transaction a publish or update sent. A
	// state change (setMetaDataState) does not move the event; wait for it
	// with Until.
	TxHash common.Hash
	// Until, when set, must also accept the asset (for example a state
	// change or a new service).
	Until func(*ddo.Asset) bool
	// MinInterval is the first pause between polls (default 50 ms); pauses
	// double up to MaxInterval (default 2 s), with jitter. Keep MaxInterval
	// above the indexer's rate limit budget when many waits run at once.
	MinInterval, MaxInterval time.Duration
}

// WaitError is returned when ctx ends before the asset is indexed. It
// wraps ctx's error and carries the last answer seen.
type WaitError struct {
	DID string
	// Polls is how many times the indexer was asked.
	Polls int
	// Last is the last error from the indexer (nil when it served a DDO
	// that did not yet satisfy the wait).
	Last error
	// State is the indexer's processing state for DID when it reported
	// one: a DDO refused by the indexer (invalid, metadata hash mismatch)
	// shows here with Valid false and the reason in Error.
	State *State
	// Err is ctx's error.
	Err error
}

// Error describes what was awaited and what was seen last.
func (e *WaitError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "indexer: %s not indexed after %d polls: %v", e.DID, e.Polls, e.Err)
	if e.State != nil && !e.State.Valid && e.State.Error != "" {
		fmt.Fprintf(&b, " (indexer refused it: %s)", e.State.Error)
	} else if e.Last != nil {
		fmt.Fprintf(&b, " (last answer: %v)", e.Last)
	}
	return b.String()
}

// Unwrap returns ctx's error.
func (e *WaitError) Unwrap() error { return e.Err }

// WaitIndexed polls the indexer until it serves did as opts require and
// returns that asset. Not found, unavailable and rate-limited answers are
// waited out (a 429's Retry-After is honoured by the retry layer); other
// errors end the wait at once. When ctx ends first the error is a
// *WaitError wrapping ctx's error.
func (c *Client) WaitIndexed(ctx context.Context, did string, opts WaitOptions) (*ddo.Asset, error) {
	if err := checkDID(did); err != nil {
		return nil, err
	}
	lo, hi := opts.MinInterval, opts.MaxInterval
	if lo <= 0 {
		lo = 50 * time.Millisecond
	}
	if hi <= 0 {
		hi = 2 * time.Second
	}
	hi = max(hi, lo)
	wait := lo
	var last error
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for polls := 1; ; polls++ {
		a, err := c.Resolve(ctx, did)
		switch {
		case err == nil && satisfied(a, opts):
			return a, nil
		case err == nil:
			last = nil
		case temporary(err) && ctx.Err() == nil:
			last = err
		case ctx.Err() == nil:
			return nil, err
		}
		// Jitter in the upper half, so concurrent waiters spread out.
		d := wait/2 + rand.N(wait/2+1)
		timer.Reset(d)
		select {
		case <-ctx.Done():
			we := &WaitError{DID: did, Polls: polls, Last: last, Err: ctx.Err()}
			// One short look at the state, for the reason a DDO was refused.
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
			if st, err := c.State(sctx, did); err == nil {
				we.State = st
			}
			cancel()
			return nil, we
		case <-timer.C:
		}
		wait = min(2*wait, hi)
	}
}

func satisfied(a *ddo.Asset, opts WaitOptions) bool {
	if opts.TxHash != (common.Hash{}) {
		tx := ""
		switch {
		case a.IndexedMetadata != nil && a.IndexedMetadata.Event != nil:
			tx = a.IndexedMetadata.Event.TxID
		case a.LegacyEvent != nil:
			tx = a.LegacyEvent.TxID
			if tx == "" {
				tx, _ = a.LegacyEvent.Extra.Get("tx").Str()
			}
		}
		if !strings.EqualFold(tx, opts.TxHash.Hex()) {
			return false
		}
	}
	return opts.Until == nil || opts.Until(a)
}

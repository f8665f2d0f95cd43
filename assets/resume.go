package assets

import (
	"context"
	"errors"
	"fmt"

	"github.com/oceango/ocean.go/assets/journal"
)

// Result is what a resumed flow produced; the field of its flow is set.
type Result struct {
	Flow      string
	Published *Published
	Ordered   *Ordered
	Updated   *Updated
	Computed  *Computed
}

// Resume continues the flow journaled under key from its last recorded
// step, after reconciling its journaled transactions with the chain (a
// mined one is taken as done, one the node never received is submitted
// again with its journaled bytes, a dropped one is redone only when its
// effect is nowhere on chain). A finished flow returns its result without
// doing anything. It waits for the key's lock while another worker runs
// the flow. Errors: journal.ErrNotFound, ErrKeyInUse (the entry belongs
// to another account), ErrUnknownFlow, *StepError.
func (c *Client) Resume(ctx context.Context, key string) (*Result, error) {
	return c.resume(ctx, key, func(ctx context.Context) (func() error, error) { return c.store.Lock(ctx, key) })
}

// resume runs Resume with the key's lock taken by lock.
func (c *Client) resume(ctx context.Context, key string, lock func(context.Context) (func() error, error)) (*Result, error) {
	e, err := c.store.Get(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("assets: resume %q: %w", key, err)
	}
	switch e.Flow {
	case FlowPublish, FlowOrder, FlowCompute, FlowUpdate:
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownFlow, e.Flow)
	}
	held, err := lock(ctx)
	if err != nil {
		return nil, fmt.Errorf("assets: lock %q: %w", key, err)
	}
	res := &Result{Flow: e.Flow}
	switch e.Flow {
	case FlowPublish:
		st := &publishState{}
		r, unlock, err := c.beginHeld(ctx, key, e.Flow, st, nil, held)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Published, err = r.publish(ctx, st)
		return res, err
	case FlowOrder:
		st := &orderState{}
		r, unlock, err := c.beginHeld(ctx, key, e.Flow, st, nil, held)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Ordered, err = r.order(ctx, st)
		return res, err
	case FlowCompute:
		st := &computeState{}
		r, unlock, err := c.beginHeld(ctx, key, e.Flow, st, nil, held)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Computed, err = r.runCompute(ctx, st)
		return res, err
	default: // FlowUpdate
		st := &updateState{}
		r, unlock, err := c.beginHeld(ctx, key, e.Flow, st, nil, held)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Updated, err = r.update(ctx, st)
		return res, err
	}
}

// ResumeAll resumes every unfinished flow of the client's account in the
// journal, oldest first, and returns the keys it resumed with their errors
// joined.
//
// Each flow is claimed first (journal.Claim, the key's lock taken without
// waiting): a flow whose key is locked is being run right now — by this
// process or another sharing the journal, such as another replica of the
// service — and is skipped (not listed in the keys); a flow left by a
// process that died has a free lock and is taken over. So replicas calling
// ResumeAll at once, or periodically, divide the unfinished work, a dead
// replica's flows are finished by a live one, and no key runs twice at
// once. With a store that cannot try a lock (not a journal.TryLocker),
// ResumeAll waits for each key's lock instead.
func (c *Client) ResumeAll(ctx context.Context) ([]string, error) {
	entries, err := c.store.List(ctx, journal.Filter{})
	if err != nil {
		return nil, fmt.Errorf("assets: journal: %w", err)
	}
	_, canClaim := c.store.(journal.TryLocker)
	var keys []string
	var errs []error
	for _, e := range entries {
		var l txLog
		if e.Status == StatusDone || jsonUnmarshal(e.Payload, &l) != nil || l.From != c.from {
			continue
		}
		if !canClaim {
			keys = append(keys, e.Key)
			if _, err := c.Resume(ctx, e.Key); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		claim, err := journal.Claim(ctx, c.store, e.Key)
		if errors.Is(err, journal.ErrLocked) {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("assets: claim %q: %w", e.Key, err))
			continue
		}
		keys = append(keys, e.Key)
		used := false
		_, err = c.resume(ctx, e.Key, func(context.Context) (func() error, error) { used = true; return claim, nil })
		if !used { // resume stopped before taking the lock (entry gone, unknown flow)
			_ = claim()
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return keys, errors.Join(errs...)
}

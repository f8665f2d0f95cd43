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
// doing anything. Errors: journal.ErrNotFound, ErrKeyInUse (the entry
// belongs to another account), ErrUnknownFlow, *StepError.
func (c *Client) Resume(ctx context.Context, key string) (*Result, error) {
	e, err := c.store.Get(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("assets: resume %q: %w", key, err)
	}
	res := &Result{Flow: e.Flow}
	switch e.Flow {
	case FlowPublish:
		st := &publishState{}
		r, unlock, err := c.begin(ctx, key, e.Flow, st, nil)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Published, err = r.publish(ctx, st)
		return res, err
	case FlowOrder:
		st := &orderState{}
		r, unlock, err := c.begin(ctx, key, e.Flow, st, nil)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Ordered, err = r.order(ctx, st)
		return res, err
	case FlowCompute:
		st := &computeState{}
		r, unlock, err := c.begin(ctx, key, e.Flow, st, nil)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Computed, err = r.runCompute(ctx, st)
		return res, err
	case FlowUpdate:
		st := &updateState{}
		r, unlock, err := c.begin(ctx, key, e.Flow, st, nil)
		if err != nil {
			return nil, err
		}
		defer unlock()
		res.Updated, err = r.update(ctx, st)
		return res, err
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownFlow, e.Flow)
}

// ResumeAll resumes every unfinished flow of the client's account in the
// journal, oldest first, and returns the keys it resumed with their errors
// joined.
func (c *Client) ResumeAll(ctx context.Context) ([]string, error) {
	entries, err := c.store.List(ctx, journal.Filter{})
	if err != nil {
		return nil, fmt.Errorf("assets: journal: %w", err)
	}
	var keys []string
	var errs []error
	for _, e := range entries {
		var l txLog
		if e.Status == StatusDone || jsonUnmarshal(e.Payload, &l) != nil || l.From != c.from {
			continue
		}
		keys = append(keys, e.Key)
		if _, err := c.Resume(ctx, e.Key); err != nil {
			errs = append(errs, err)
		}
	}
	return keys, errors.Join(errs...)
}

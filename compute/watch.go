package compute

import (
	"context"
	"errors"
	"iter"
	"math/rand/v2"
	"time"

	"github.com/oceango/ocean.go/nodehttp"
)

// Polling defaults. Ocean Node limits each client IP to MAX_REQ_PER_MINUTE
// requests (30 by default) and answers 403 "Rate limit exceeded" (older
// nodes even "Unauthorized request") beyond it; polling every 5 s during a
// long job used to trip it together with the other requests of a client
// (ocean-node#981). Watch polls at most every 3 s (20 requests a minute,
// leaving a third of the budget for everything else) and slows down to
// one poll every 30 s while nothing changes.
const (
	DefaultMinInterval = 3 * time.Second
	DefaultMaxInterval = 30 * time.Second
	DefaultMaxFailures = 5
)

// WatchOptions tune Watch and Wait. The zero value gives the defaults.
type WatchOptions struct {
	// MinInterval is the pause after a change (default
	// DefaultMinInterval); while the status stays the same the pause
	// grows by half up to MaxInterval (default DefaultMaxInterval).
	// Keep MinInterval above 60 s / the node's per-minute request limit.
	MinInterval, MaxInterval time.Duration
	// MaxFailures is how many polls in a row may fail transiently
	// (transport errors, 5xx, 429, undecodable answers, a job not listed
	// yet) before Watch gives up with a *WatchError; default
	// DefaultMaxFailures, negative: never give up (ctx still ends it).
	// Failed polls back off exponentially from MinInterval to
	// MaxInterval and wait at least the server's Retry-After.
	MaxFailures int
}

func (o WatchOptions) withDefaults() WatchOptions {
	if o.MinInterval <= 0 {
		o.MinInterval = DefaultMinInterval
	}
	if o.MaxInterval <= 0 {
		o.MaxInterval = DefaultMaxInterval
	}
	o.MaxInterval = max(o.MaxInterval, o.MinInterval)
	if o.MaxFailures == 0 {
		o.MaxFailures = DefaultMaxFailures
	}
	return o
}

// maxRetryAfter caps how long a server's Retry-After holds Watch.
const maxRetryAfter = 5 * time.Minute

// Watch polls the job's status and yields each change once: the first
// status, then every status whose code, text, results or stop flag
// differ from the previous one. It ends after the terminal status: a
// successful one is yielded with a nil error; a failed, stopped or
// non-zero-exit one is yielded together with its *JobFailedError (see
// Status.Err). Breaking out of the loop stops polling.
//
// Polls that fail transiently are retried with backoff (see WatchOptions);
// after MaxFailures in a row Watch yields a *WatchError and ends. Other
// errors (unauthorized, invalid request) and the end of ctx are yielded
// at once, with a nil status, and end the sequence.
//
// Watch is an iterator rather than a channel so that it owns no
// goroutine: nothing leaks when the caller stops reading, each poll
// happens only when the caller asks for the next value (so a slow
// consumer slows the polling instead of filling a buffer), and the error
// travels with the value.
//
// Every poll is one GET to the node, through the provider client, whose
// own retries (for 5xx and 429) run inside a poll.
func (c *Client) Watch(ctx context.Context, jobID string, opts WatchOptions) iter.Seq2[*Status, error] {
	opts = opts.withDefaults()
	return func(yield func(*Status, error) bool) {
		var last *Status
		interval := opts.MinInterval
		failures := 0
		for {
			st, err := c.Status(ctx, jobID)
			var pause time.Duration
			switch {
			case err == nil:
				failures = 0
				if st.changed(last) {
					interval = opts.MinInterval
					if st.Terminal() {
						yield(st, st.Err())
						return
					}
					if !yield(st, nil) {
						return
					}
				} else {
					interval = min(interval+interval/2, opts.MaxInterval)
				}
				last = st
				pause = interval
			case ctx.Err() != nil:
				yield(nil, ctx.Err())
				return
			case !transient(err):
				yield(nil, err)
				return
			default:
				failures++
				if opts.MaxFailures > 0 && failures >= opts.MaxFailures {
					yield(nil, &WatchError{JobID: jobID, Failures: failures, Last: last, Err: err})
					return
				}
				pause = failurePause(opts, failures, err)
			}
			if err := sleep(ctx, jitter(pause)); err != nil {
				yield(nil, err)
				return
			}
		}
	}
}

// Wait watches the job until it ends and returns its final status: with a
// nil error when it succeeded, with a *JobFailedError when it failed or
// was stopped. Other errors are those of Watch (status nil, or the last
// status seen inside a *WatchError).
func (c *Client) Wait(ctx context.Context, jobID string, opts WatchOptions) (*Status, error) {
	var last *Status
	for st, err := range c.Watch(ctx, jobID, opts) {
		if st != nil {
			last = st
		}
		if err != nil {
			return st, err
		}
	}
	if last == nil || !last.Terminal() {
		return last, errors.New("compute: watch ended before the job did")
	}
	return last, nil
}

// transient reports errors worth polling again for.
func transient(err error) bool {
	if errors.Is(err, ErrJobNotFound) || errors.Is(err, nodehttp.ErrUnavailable) ||
		errors.Is(err, nodehttp.ErrRateLimited) || errors.Is(err, nodehttp.ErrInvalidResponse) {
		return true
	}
	var pe *nodehttp.Error
	if errors.As(err, &pe) {
		// No answer (transport error) or a server error.
		return pe.StatusCode == 0 || pe.StatusCode >= 500
	}
	return false
}

// failurePause is the backoff after failures failed polls: MinInterval
// doubled per failure up to MaxInterval, and at least the Retry-After.
func failurePause(o WatchOptions, failures int, err error) time.Duration {
	d := o.MinInterval
	for i := 1; i < failures && d < o.MaxInterval; i++ {
		d *= 2
	}
	d = min(d, o.MaxInterval)
	var pe *nodehttp.Error
	if errors.As(err, &pe) && pe.RetryAfter > d {
		d = min(pe.RetryAfter, maxRetryAfter)
	}
	return d
}

// jitter spreads d by up to +10% so watchers started together do not poll
// in step (never below d: d may be a Retry-After).
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return d
	}
	return d + rand.N(d/10+1)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

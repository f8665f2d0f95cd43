package compute

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/oceango/ocean.go/nodehttp"
)

// TestFailurePause checks the backoff without timing anything: doubling
// from MinInterval per failure up to MaxInterval, a Retry-After raising
// it (capped), and a failure without one not inheriting the previous
// failure's Retry-After.
func TestFailurePause(t *testing.T) {
	o := WatchOptions{MinInterval: 5 * time.Millisecond, MaxInterval: 20 * time.Millisecond}
	plain := errors.New("connection reset")
	rateLimited := &nodehttp.Error{StatusCode: 403, Message: "Rate limit exceeded"}
	retryAfter := func(d time.Duration) error { return &nodehttp.Error{StatusCode: 429, RetryAfter: d} }
	for _, tc := range []struct {
		failures int
		err      error
		want     time.Duration
	}{
		{1, plain, 5 * time.Millisecond},
		{2, plain, 10 * time.Millisecond},
		{3, plain, 20 * time.Millisecond},
		{9, plain, 20 * time.Millisecond},
		{1, retryAfter(time.Second), time.Second},
		{2, rateLimited, 10 * time.Millisecond},
		{1, retryAfter(time.Millisecond), 5 * time.Millisecond},
		{1, retryAfter(time.Hour), maxRetryAfter},
	} {
		assert.Equal(t, tc.want, failurePause(o, tc.failures, tc.err), "%d failures, %v", tc.failures, tc.err)
	}
}

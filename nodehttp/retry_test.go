package nodehttp

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d, ok := parseRetryAfter("3", now)
	assert.True(t, ok)
	assert.Equal(t, 3*time.Second, d)
	d, ok = parseRetryAfter(now.Add(10*time.Second).Format(http.TimeFormat), now)
	assert.True(t, ok)
	assert.Equal(t, 10*time.Second, d)
	_, ok = parseRetryAfter("-1", now)
	assert.False(t, ok)
	_, ok = parseRetryAfter("soon", now)
	assert.False(t, ok)
}

func TestBackoffBounds(t *testing.T) {
	for attempt := range 10 {
		d := backoff(10*time.Millisecond, 80*time.Millisecond, time.Second, attempt, nil)
		assert.LessOrEqual(t, d, 80*time.Millisecond)
		assert.Greater(t, d, time.Duration(0))
	}
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"3600"}}}
	assert.Equal(t, time.Second, backoff(time.Millisecond, time.Millisecond, time.Second, 0, resp), "Retry-After capped")
}

func TestDefaultRetryPolicy(t *testing.T) {
	get, _ := http.NewRequest(http.MethodGet, "http://x", nil)
	post, _ := http.NewRequest(http.MethodPost, "http://x", nil)
	readOnly := post.WithContext(context.WithValue(context.Background(), idempotentKey{}, true))
	r503 := &http.Response{StatusCode: 503}
	r429 := &http.Response{StatusCode: 429}
	r501 := &http.Response{StatusCode: 501}
	netErr := &url.Error{Op: "Get", URL: "http://x", Err: errors.New("connection reset")}
	for _, tc := range []struct {
		req  *http.Request
		resp *http.Response
		err  error
		want bool
	}{
		{get, r503, nil, true}, {post, r503, nil, false}, {readOnly, r503, nil, true},
		{post, r429, nil, true}, {get, r501, nil, false}, {get, nil, netErr, true}, {post, nil, netErr, false},
	} {
		got, _ := DefaultRetryPolicy(tc.req, tc.resp, tc.err)
		assert.Equal(t, tc.want, got, "%s %v %v", tc.req.Method, tc.resp, tc.err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, err := DefaultRetryPolicy(get.WithContext(ctx), r503, nil)
	assert.False(t, got)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestRetryTransportStreamsUnreplayableBodies(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	c := &http.Client{Transport: newRetryTransport(nil, retryConfig{Max: 2, WaitMin: time.Millisecond, WaitMax: time.Millisecond})}
	// a plain io.Reader body cannot be replayed: one attempt, response passed through
	req, _ := http.NewRequest(http.MethodPost, srv.URL, io.MultiReader(strings.NewReader("x")))
	resp, err := c.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 429, resp.StatusCode)
	assert.Equal(t, int32(1), calls.Load())
	// a replayable body is retried on 429, and the last response is returned
	calls.Store(0)
	req, _ = http.NewRequest(http.MethodPost, srv.URL, strings.NewReader("x"))
	resp, err = c.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 429, resp.StatusCode)
	assert.Equal(t, int32(3), calls.Load())
}

func TestCancelledRetryReturnsCleanly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c := &http.Client{Transport: newRetryTransport(nil, retryConfig{Max: 5, WaitMin: 50 * time.Millisecond, WaitMax: 50 * time.Millisecond})}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	resp, err := c.Do(req)
	if resp != nil {
		resp.Body.Close()
	}
	require.Error(t, err)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}
func TestNoReplaySentOnce(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "Tx id used not valid", http.StatusInternalServerError)
	}))
	defer srv.Close()
	always := func(*http.Request, *http.Response, error) (bool, error) { return true, nil }
	for _, policy := range []RetryPolicy{nil, always} {
		hc := &http.Client{Transport: newRetryTransport(nil, retryConfig{Max: 3, WaitMin: time.Millisecond, WaitMax: time.Millisecond, Policy: policy})}
		calls.Store(0)
		req, err := http.NewRequestWithContext(context.WithValue(t.Context(), signedKey{}, true), http.MethodGet, srv.URL+"?nonce=1&signature=0x01", nil)
		require.NoError(t, err)
		resp, err := hc.Do(req)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
		assert.Equal(t, "Tx id used not valid\n", string(body), "the server's own answer reaches the caller")
		assert.Equal(t, int32(1), calls.Load())
	}
	// the same GET unmarked keeps its retries
	hc := &http.Client{Transport: newRetryTransport(nil, retryConfig{Max: 2, WaitMin: time.Millisecond, WaitMax: time.Millisecond})}
	calls.Store(0)
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL, nil)
	resp, err := hc.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, int32(3), calls.Load())
}

package httpx

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

func TestRedactURL(t *testing.T) {
	u, _ := url.Parse("https://user:pw@node.example/api/services/download?documentId=did:op:1&signature=0xabc&nonce=3&Token=jwt")
	got := RedactURL(u)
	assert.NotContains(t, got, "0xabc")
	assert.NotContains(t, got, "jwt")
	assert.NotContains(t, got, ":pw@")
	assert.Contains(t, got, "nonce=3")
	assert.Contains(t, got, "signature=REDACTED")
}

func TestRedactText(t *testing.T) {
	sig := "0x" + strings.Repeat("ab", 65)
	in := "Invalid signature " + sig + " for https://bucket.s3.example/file.csv?X-Amz-Signature=x token=eyJhbGciOi.eyJleHAiOjE2.sig password=hunter2"
	out := RedactText(in)
	for _, secret := range []string{sig, "bucket.s3.example", "eyJleHAiOjE2", "hunter2"} {
		assert.NotContains(t, out, secret)
	}
	assert.Contains(t, out, "Invalid signature")
}

func TestRedactSecretsKeepsURL(t *testing.T) {
	out := RedactSecrets("GET http://127.0.0.1:8001/api/services/download?nonce=3&signature=0xabc (status: 502)")
	assert.Contains(t, out, "http://127.0.0.1:8001/api/services/download?")
	assert.Contains(t, out, "nonce=3")
	assert.NotContains(t, out, "0xabc")
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d, ok := ParseRetryAfter("3", now)
	assert.True(t, ok)
	assert.Equal(t, 3*time.Second, d)
	d, ok = ParseRetryAfter(now.Add(10*time.Second).Format(http.TimeFormat), now)
	assert.True(t, ok)
	assert.Equal(t, 10*time.Second, d)
	_, ok = ParseRetryAfter("-1", now)
	assert.False(t, ok)
	_, ok = ParseRetryAfter("soon", now)
	assert.False(t, ok)
}

func TestBackoffBounds(t *testing.T) {
	for attempt := range 10 {
		d := Backoff(10*time.Millisecond, 80*time.Millisecond, time.Second, attempt, nil)
		assert.LessOrEqual(t, d, 80*time.Millisecond)
		assert.Greater(t, d, time.Duration(0))
	}
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"3600"}}}
	assert.Equal(t, time.Second, Backoff(time.Millisecond, time.Millisecond, time.Second, 0, resp), "Retry-After capped")
}

func TestDefaultRetryPolicy(t *testing.T) {
	get, _ := http.NewRequest(http.MethodGet, "http://x", nil)
	post, _ := http.NewRequest(http.MethodPost, "http://x", nil)
	readOnly := post.WithContext(WithIdempotent(context.Background()))
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
	c := &http.Client{Transport: NewRetryTransport(nil, RetryConfig{Max: 2, WaitMin: time.Millisecond, WaitMax: time.Millisecond})}
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
	c := &http.Client{Transport: NewRetryTransport(nil, RetryConfig{Max: 5, WaitMin: 50 * time.Millisecond, WaitMax: 50 * time.Millisecond})}
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

func TestFlexAndDecode(t *testing.T) {
	var v struct{ A, B, C Flex }
	require.NoError(t, UnmarshalJSON([]byte(`{"A":"12","B":12.5,"C":null}`), &v))
	assert.Equal(t, Flex("12"), v.A)
	n, err := v.B.Int64()
	require.NoError(t, err)
	assert.Equal(t, int64(12), n)
	assert.Error(t, UnmarshalJSON([]byte(`{"A":{}}`), &v))
	assert.ErrorContains(t, UnmarshalJSON([]byte(`{"A":"1`), &v), "invalid JSON")
	assert.ErrorIs(t, DecodeJSON(strings.NewReader(`"`+strings.Repeat("a", 100)+`"`), 10, new(string)), ErrTooLarge)
	b, trunc, err := ReadCapped(strings.NewReader("abcdef"), 3)
	require.NoError(t, err)
	assert.True(t, trunc)
	assert.Equal(t, "abc", string(b))
}

func FuzzFlex(f *testing.F) {
	for _, s := range []string{`"1"`, `1.5`, `null`, `true`, `{}`, `-`, `"1e400"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var x Flex
		if x.UnmarshalJSON(b) == nil {
			_, _ = x.Int64()
		}
	})
}

// A request marked WithNoReplay is sent once, whatever the status, the
// method or a policy that would retry everything.
func TestNoReplaySentOnce(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "Tx id used not valid", http.StatusInternalServerError)
	}))
	defer srv.Close()
	always := func(*http.Request, *http.Response, error) (bool, error) { return true, nil }
	for _, policy := range []RetryPolicy{nil, always} {
		hc := &http.Client{Transport: NewRetryTransport(nil, RetryConfig{Max: 3, WaitMin: time.Millisecond, WaitMax: time.Millisecond, Policy: policy})}
		calls.Store(0)
		req, err := http.NewRequestWithContext(WithNoReplay(t.Context()), http.MethodGet, srv.URL+"?nonce=1&signature=0x01", nil)
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
	hc := &http.Client{Transport: NewRetryTransport(nil, RetryConfig{Max: 2, WaitMin: time.Millisecond, WaitMax: time.Millisecond})}
	calls.Store(0)
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, srv.URL, nil)
	resp, err := hc.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, int32(3), calls.Load())
}

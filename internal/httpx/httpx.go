// Package httpx is the HTTP plumbing shared by ocean.go's service clients:
// a tuned default transport, a retrying RoundTripper built on
// go-retryablehttp that only retries what is safe to retry, capped body
// reads, tolerant JSON decoding and redaction of secrets in URLs and text.
package httpx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Doer is the one-method interface the clients depend on. *http.Client
// satisfies it.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// NewTransport returns a transport with dial, TLS-handshake and
// response-header timeouts but no overall deadline: the caller's ctx is the
// deadline, so a long download is never cut off by the transport.
// responseHeaderTimeout 0 means the default of two minutes (a node reads a
// file once completely before it sends the first byte of a download).
func NewTransport(responseHeaderTimeout time.Duration) *http.Transport {
	if responseHeaderTimeout <= 0 {
		responseHeaderTimeout = 2 * time.Minute
	}
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		ResponseHeaderTimeout: responseHeaderTimeout,
	}
}

// ReadCapped reads at most limit bytes of r. truncated reports whether r had
// more. It returns what it read even when an error ends the read early.
func ReadCapped(r io.Reader, limit int64) (data []byte, truncated bool, err error) {
	data, err = io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(data)) > limit {
		return data[:limit], true, err
	}
	return data, false, err
}

// ErrTooLarge is returned by ReadAll when a body exceeds its limit.
var ErrTooLarge = errors.New("httpx: response body too large")

// ReadAll reads r completely, failing with ErrTooLarge beyond limit bytes.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	data, truncated, err := ReadCapped(r, limit)
	if err != nil {
		return data, err
	}
	if truncated {
		return data, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
	}
	return data, nil
}

type idempotentKey struct{}

// WithIdempotent marks the requests made with ctx as safe to retry even
// though their method is not GET or HEAD (for example a read-only POST).
func WithIdempotent(ctx context.Context) context.Context {
	return context.WithValue(ctx, idempotentKey{}, true)
}

// IsIdempotent reports whether a request with this method and ctx may be
// retried after a failure that could have reached the server.
func IsIdempotent(ctx context.Context, method string) bool {
	if method == http.MethodGet || method == http.MethodHead || method == http.MethodOptions {
		return true
	}
	v, _ := ctx.Value(idempotentKey{}).(bool)
	return v
}

type noReplayKey struct{}

// WithNoReplay marks the requests made with ctx as never to be sent twice
// by the retry layer, whatever their method or the retry policy: requests
// carrying a signature and nonce, which the server consumes on first
// sight. A resend would be refused as a spent nonce and hide the server's
// real answer; the caller decides whether to sign again.
func WithNoReplay(ctx context.Context) context.Context {
	return context.WithValue(ctx, noReplayKey{}, true)
}

// IsNoReplay reports whether ctx carries WithNoReplay.
func IsNoReplay(ctx context.Context) bool {
	v, _ := ctx.Value(noReplayKey{}).(bool)
	return v
}

// Package httpx is the HTTP plumbing behind ocean.go's public HTTP core
// (package nodehttp) and the assets package's origin checks: a tuned
// default transport, capped body reads, tolerant JSON decoding and
// redaction of secrets in URLs and text.
package httpx

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

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

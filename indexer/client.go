package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/oceango/ocean.go/nodehttp"
)

// Client reads an indexer's Aquarius-compatible metadata routes (an Ocean
// Node's /api/aquarius/..., or a classic Aquarius). It is safe for
// concurrent use and immutable after New.
type Client struct {
	base *url.URL
	http *nodehttp.Client
	log  *slog.Logger
}

// New returns a client for the indexer at baseURL: an Ocean Node's root
// URL ("http://127.0.0.1:8001"), or any URL under it ending in
// "/api/aquarius/..." (cut there). The options are the HTTP core's, the
// same as the provider's: nodehttp.WithHTTPClient, WithTransport,
// WithRetries, WithRetryPolicy, WithResponseHeaderTimeout (default 30 s)
// and WithLogger. Every route of this client is a read, so each is retried
// after transport errors and 429, 500, 502, 503 and 504. New does no I/O.
func New(baseURL string, opts ...nodehttp.Option) (*Client, error) {
	u, err := url.Parse(strings.TrimSpace(baseURL))
	if err != nil {
		return nil, fmt.Errorf("indexer: invalid URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("indexer: URL scheme must be http or https, got %q", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("indexer: URL has no host")
	}
	if i := strings.Index(u.Path, "/api/aquarius"); i >= 0 {
		u.Path = u.Path[:i]
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawQuery, u.Fragment, u.RawPath = "", "", ""
	hc, err := nodehttp.New("indexer", 30*time.Second, opts...)
	if err != nil {
		return nil, err
	}
	return &Client{base: u, http: hc, log: hc.Logger()}, nil
}

// BaseURL returns the indexer's root URL.
func (c *Client) BaseURL() string { return c.base.String() }

// do sends the read op (method, path under the root, query, JSON body)
// and decodes a JSON answer into v (a *json.RawMessage keeps it raw).
// Failures are *nodehttp.Error.
func (c *Client) do(ctx context.Context, op, method, path string, query url.Values, body any, v any) error {
	u := *c.base
	u.Path += path
	// Every POST of this API is a read (query, validate): Idempotent.
	return c.http.DoJSON(ctx, &nodehttp.Request{Op: op, Method: method, URL: &u, Query: query, JSON: body, Idempotent: true}, v)
}

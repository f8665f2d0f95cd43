package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/oceango/ocean.go/internal/httpx"
)

// maxBody caps a decoded response (a DDO, a page of query results).
const maxBody = 32 << 20

// Client reads an indexer's Aquarius-compatible metadata routes (an Ocean
// Node's /api/aquarius/..., or a classic Aquarius). It is safe for
// concurrent use and immutable after New.
type Client struct {
	base *url.URL
	doer httpx.Doer
	log  *slog.Logger
}

// Option configures New.
type Option func(*config) error

type config struct {
	httpClient *http.Client
	transport  http.RoundTripper
	retry      httpx.RetryConfig
	logger     *slog.Logger
}

// WithHTTPClient sends every request with hc as is: its transport, redirect
// policy and timeout apply, and no retry layer is added.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) error {
		if hc == nil {
			return errors.New("indexer: nil *http.Client")
		}
		c.httpClient = hc
		return nil
	}
}

// WithTransport sets the RoundTripper under the default retry layer (for
// proxies, tracing, counting requests).
func WithTransport(rt http.RoundTripper) Option {
	return func(c *config) error {
		if rt == nil {
			return errors.New("indexer: nil http.RoundTripper")
		}
		c.transport = rt
		return nil
	}
}

// WithRetries sets how many times a failed read is retried (default 3; 0
// disables retries) and the backoff bounds (zero keeps the defaults of 250
// ms and 5 s). Only reads are retried: every route of this client is one.
func WithRetries(max int, waitMin, waitMax time.Duration) Option {
	return func(c *config) error {
		if max < 0 || waitMin < 0 || waitMax < 0 {
			return errors.New("indexer: negative retry setting")
		}
		c.retry.Max = max
		if max == 0 {
			c.retry.Max = -1
		}
		c.retry.WaitMin, c.retry.WaitMax = waitMin, waitMax
		return nil
	}
}

// WithLogger logs retries at debug level. Default: silent.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		c.logger = l
		return nil
	}
}

// New returns a client for the indexer at baseURL: an Ocean Node's root
// URL ("http://127.0.0.1:8001"), or any URL under it ending in
// "/api/aquarius/..." (cut there). New does no I/O.
func New(baseURL string, opts ...Option) (*Client, error) {
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
	var cfg config
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	c := &Client{base: u, log: cfg.logger}
	if cfg.httpClient != nil {
		c.doer = cfg.httpClient
	} else {
		base := cfg.transport
		if base == nil {
			base = httpx.NewTransport(30 * time.Second)
		}
		rc := cfg.retry
		rc.Logger = cfg.logger
		c.doer = &http.Client{Transport: httpx.NewRetryTransport(base, rc)}
	}
	return c, nil
}

// BaseURL returns the indexer's root URL.
func (c *Client) BaseURL() string { return c.base.String() }

// do sends a read and decodes a JSON answer into v (a *json.RawMessage
// keeps it raw).
func (c *Client) do(ctx context.Context, method, path string, query url.Values, body any, v any) error {
	u := *c.base
	u.Path += path
	u.RawQuery = query.Encode()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return fmt.Errorf("indexer: encoding request: %w", err)
		}
		rd = bytes.NewReader(b)
		// Every POST of this API is a read (query, validate).
		ctx = httpx.WithIdempotent(ctx)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	endpoint := httpx.RedactURL(&u)
	resp, err := c.doer.Do(req)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = ctxErr
		}
		return &Error{Method: method, Endpoint: endpoint, Message: "request failed", Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return responseError(method, endpoint, resp)
	}
	if err := httpx.DecodeJSON(resp.Body, maxBody, v); err != nil {
		return &Error{Method: method, Endpoint: endpoint, StatusCode: resp.StatusCode,
			Message: "undecodable response", Err: fmt.Errorf("%w: %w", ErrInvalidResponse, err)}
	}
	return nil
}

package provider

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
	"sync"
	"time"

	"github.com/oceango/ocean.go/internal/httpx"
)

// maxJSONBody caps a decoded JSON response (DDOs, job lists).
const maxJSONBody = 32 << 20

// Client talks to one Ocean Node or classic Provider. It is safe for
// concurrent use and immutable after New; the root document it fetches on
// first use is cached.
type Client struct {
	base    *url.URL
	doer    httpx.Doer
	log     *slog.Logger
	dialect Dialect

	infoMu   sync.Mutex
	info     *Info
	infoCall *infoCall

	nonces nonceBook
	// resign bounds the fresh-signature retries of signed reads after
	// transient failures (see signedCall).
	resign httpx.RetryConfig
}

// Option configures New.
type Option func(*config) error

type config struct {
	httpClient    *http.Client
	transport     http.RoundTripper
	retry         httpx.RetryConfig
	retryPolicy   RetryPolicy
	logger        *slog.Logger
	dialect       Dialect
	headerTimeout time.Duration
}

// RetryPolicy decides whether a failed request is tried again; resp is nil
// when err is not. See DefaultRetryPolicy.
type RetryPolicy func(req *http.Request, resp *http.Response, err error) (bool, error)

// DefaultRetryPolicy retries 429 answers for any unsigned request and, for
// unsigned idempotent requests only (GET, and read-only POSTs: fileinfo,
// initializeCompute, unsigned validateDDO), transport errors and
// 500/502/503/504. It never retries once ctx is done. A signed request
// (nonce and signature, or auth token) is never resent by the retry layer,
// whatever the policy: see the package doc on signing.
func DefaultRetryPolicy(req *http.Request, resp *http.Response, err error) (bool, error) {
	return httpx.DefaultRetryPolicy(req, resp, err)
}

// WithHTTPClient makes the client send every request with hc, as is: hc's
// own transport, redirect policy and timeout apply and no retry layer is
// added. Do not set hc.Timeout if you download large files; use ctx.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) error {
		if hc == nil {
			return errors.New("provider: nil *http.Client")
		}
		c.httpClient = hc
		return nil
	}
}

// WithTransport sets the RoundTripper under the default retry layer (for
// proxies, tracing, custom TLS).
func WithTransport(rt http.RoundTripper) Option {
	return func(c *config) error {
		if rt == nil {
			return errors.New("provider: nil http.RoundTripper")
		}
		c.transport = rt
		return nil
	}
}

// WithRetryPolicy replaces DefaultRetryPolicy in the default retry layer.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(c *config) error {
		if p == nil {
			return errors.New("provider: nil RetryPolicy")
		}
		c.retryPolicy = p
		return nil
	}
}

// WithRetries sets how many times a request is retried (default 3; 0
// disables retries) and the backoff bounds (zero keeps the defaults of 250
// ms and 5 s). A server's Retry-After wins over the backoff, up to one
// minute.
func WithRetries(max int, waitMin, waitMax time.Duration) Option {
	return func(c *config) error {
		if max < 0 || waitMin < 0 || waitMax < 0 {
			return errors.New("provider: negative retry setting")
		}
		c.retry.Max = max
		if max == 0 {
			c.retry.Max = -1
		}
		c.retry.WaitMin, c.retry.WaitMax = waitMin, waitMax
		return nil
	}
}

// WithResponseHeaderTimeout bounds the wait for response headers in the
// default transport (default 2 minutes: a node reads a whole file before
// it sends the first byte of a download). The overall deadline is ctx.
func WithResponseHeaderTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return errors.New("provider: response header timeout must be positive")
		}
		c.headerTimeout = d
		return nil
	}
}

// WithLogger logs retries and nonce refetches at debug level. URLs and
// signatures are redacted; bodies are never logged. Default: silent.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		c.logger = l
		return nil
	}
}

// WithDialect forces the request dialect instead of detecting it from the
// root document.
func WithDialect(d Dialect) Option {
	return func(c *config) error {
		if d < DialectAuto || d > DialectClassic {
			return fmt.Errorf("provider: unknown dialect %d", d)
		}
		c.dialect = d
		return nil
	}
}

// New returns a client for the node or provider at baseURL (scheme and
// host, optionally a path prefix; a service endpoint such as
// "https://host/api/services/download" is reduced to its root the way
// ocean.py's get_root_uri does). New does no I/O: the root document is
// fetched on the first call that needs it.
func New(baseURL string, opts ...Option) (*Client, error) {
	u, err := RootURL(baseURL)
	if err != nil {
		return nil, err
	}
	var cfg config
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	c := &Client{base: u, log: cfg.logger, dialect: cfg.dialect, resign: resignConfig(cfg.retry)}
	if cfg.httpClient != nil {
		c.doer = cfg.httpClient
		c.resign.Max = 0 // the caller's client owns every retry decision
	} else {
		base := cfg.transport
		if base == nil {
			base = httpx.NewTransport(cfg.headerTimeout)
		}
		rc := cfg.retry
		rc.Logger = cfg.logger
		if cfg.retryPolicy != nil {
			rc.Policy = httpx.RetryPolicy(cfg.retryPolicy)
		}
		c.doer = &http.Client{Transport: httpx.NewRetryTransport(base, rc)}
	}
	return c, nil
}

// RootURL reduces a provider URL or service endpoint to the provider root,
// like ocean.py's get_root_uri: everything from "/api" on is cut, and a
// trailing slash is removed.
func RootURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("provider: invalid URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("provider: URL scheme must be http or https, got %q", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("provider: URL has no host")
	}
	if i := strings.Index(u.Path, "/api/"); i >= 0 {
		u.Path = u.Path[:i]
	} else {
		u.Path = strings.TrimSuffix(u.Path, "/api")
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	u.RawQuery, u.Fragment = "", ""
	return u, nil
}

// BaseURL returns the provider root URL.
func (c *Client) BaseURL() string { return c.base.String() }

// request is one HTTP exchange with the provider.
type request struct {
	method   string
	endpoint string // name in the endpoint table
	query    url.Values
	header   http.Header
	body     io.Reader
	bodyLen  int64
	jsonBody any
	readOnly bool // idempotent although POST
	signed   bool // carries a nonce and signature or token: never replayed
}

// isSigned reports whether r carries a nonce, signature or auth token: in
// the query, the headers or a JSON body. Such a request is sent once; the
// retry layer never replays it (the node stores the nonce before it fails,
// so a replay is answered "nonce: N is not a valid nonce" and hides the
// real error).
func (r request) isSigned() bool {
	if r.signed || r.query.Has("signature") || r.query.Has("nonce") ||
		r.header.Get("Authorization") != "" || r.header.Get("AuthToken") != "" {
		return true
	}
	if m, ok := r.jsonBody.(map[string]any); ok {
		_, n := m["nonce"]
		_, s := m["signature"]
		return n || s
	}
	return false
}

// endpointURL resolves an endpoint name to method and URL.
func (c *Client) endpointURL(ctx context.Context, name string) (Endpoint, *url.URL, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return Endpoint{}, nil, err
	}
	ep, ok := info.Endpoint(name)
	if !ok {
		return Endpoint{}, nil, fmt.Errorf("%w: endpoint %q not in the service endpoints of %s", ErrUnsupported, name, c.base.Redacted())
	}
	u, err := c.resolve(ep.Path)
	return ep, u, err
}

func (c *Client) resolve(path string) (*url.URL, error) {
	ref, err := url.Parse(path)
	if err != nil {
		return nil, fmt.Errorf("provider: bad endpoint path: %w", err)
	}
	if ref.IsAbs() {
		return ref, nil
	}
	u := *c.base
	u.Path = strings.TrimRight(c.base.Path, "/") + "/" + strings.TrimLeft(ref.Path, "/")
	u.RawQuery = ref.RawQuery
	return &u, nil
}

// do sends r and returns the response when its status is 2xx; otherwise
// the body is read (capped) into an *Error and the response closed.
func (c *Client) do(ctx context.Context, r request) (*http.Response, error) {
	ep, u, err := c.endpointURL(ctx, r.endpoint)
	if err != nil {
		return nil, err
	}
	method := r.method
	if method == "" {
		method = ep.Method
	}
	return c.send(ctx, method, u, r)
}

func (c *Client) send(ctx context.Context, method string, u *url.URL, r request) (*http.Response, error) {
	if len(r.query) > 0 {
		q := u.Query()
		for k, vs := range r.query {
			for _, v := range vs {
				q.Add(k, v)
			}
		}
		u.RawQuery = q.Encode()
	}
	var body io.Reader
	contentType := ""
	if r.jsonBody != nil {
		b, err := marshalCompact(r.jsonBody)
		if err != nil {
			return nil, fmt.Errorf("provider: encode request: %w", err)
		}
		body = bytes.NewReader(b)
		contentType = "application/json"
	} else if r.body != nil {
		body = r.body
	}
	if r.readOnly {
		ctx = httpx.WithIdempotent(ctx)
	}
	if r.isSigned() {
		ctx = httpx.WithNoReplay(ctx)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, &Error{Method: method, Endpoint: httpx.RedactURL(u), Err: err, Message: "build request"}
	}
	if r.body != nil && r.bodyLen > 0 {
		req.ContentLength = r.bodyLen
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json, text/plain, */*")
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	resp, err := c.doer.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			err = errors.Join(ctx.Err(), unwrapURLError(err))
		}
		return nil, &Error{Method: method, Endpoint: httpx.RedactURL(u), Err: unwrapURLError(err)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		b, trunc, _ := httpx.ReadCapped(resp.Body, maxErrorBody)
		e := newStatusError(method, httpx.RedactURL(u), resp.StatusCode, b, trunc)
		if d, ok := httpx.ParseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			e.RetryAfter = d
		}
		return nil, e
	}
	return resp, nil
}

// unwrapURLError drops *url.Error, whose text repeats the unredacted URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// doJSON sends r and decodes a JSON answer into out.
func (c *Client) doJSON(ctx context.Context, r request, out any) error {
	resp, err := c.do(ctx, r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return decodeBody(resp, out)
}

func decodeBody(resp *http.Response, out any) error {
	if err := httpx.DecodeJSON(resp.Body, maxJSONBody, out); err != nil {
		return &Error{
			Method:     resp.Request.Method,
			Endpoint:   httpx.RedactURL(resp.Request.URL),
			StatusCode: resp.StatusCode,
			Message:    "decode response",
			Err:        fmt.Errorf("%w: %v", ErrInvalidResponse, err),
		}
	}
	return nil
}

// marshalCompact encodes v like JSON.stringify: compact, no HTML escaping.
func marshalCompact(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

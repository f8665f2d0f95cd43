package nodehttp

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
	"time"

	"github.com/oceango/ocean.go/internal/httpx"
)

// maxJSONBody caps a decoded JSON response (DDOs, job lists, query pages).
const maxJSONBody = 32 << 20

// Client sends the requests of one Ocean HTTP client (the provider or the
// indexer client) through one stack: the caller's or the default transport,
// the retry layer, error classification. It is safe for concurrent use and
// immutable after New.
type Client struct {
	name  string
	hc    *http.Client
	retry retryConfig
	log   *slog.Logger
}

// Option configures New (and so provider.New and indexer.New, which take
// the same options).
type Option func(*settings) error

type settings struct {
	httpClient    *http.Client
	transport     http.RoundTripper
	retry         retryConfig
	logger        *slog.Logger
	headerTimeout time.Duration
}

// WithHTTPClient sends every request with a copy of hc: its redirect
// policy, cookie jar and timeout apply, and its transport (or
// http.DefaultTransport when it has none) is wrapped by the retry layer,
// so a custom client keeps the retries; WithRetries(0, 0, 0) turns them
// off. Do not set hc.Timeout if you download large files; use ctx.
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) error {
		if hc == nil {
			return errors.New("nodehttp: nil *http.Client")
		}
		s.httpClient = hc
		return nil
	}
}

// WithTransport sets the RoundTripper under the retry layer (for proxies,
// tracing, custom TLS, counting requests). With WithHTTPClient too, it
// replaces that client's transport.
func WithTransport(rt http.RoundTripper) Option {
	return func(s *settings) error {
		if rt == nil {
			return errors.New("nodehttp: nil http.RoundTripper")
		}
		s.transport = rt
		return nil
	}
}

// WithRetries sets how many times a failed request is retried (default 3;
// 0 disables retries) and the backoff bounds (zero keeps the defaults of
// 250 ms and 5 s). A server's Retry-After wins over the backoff, up to one
// minute. The same count bounds the provider's fresh signatures for signed
// reads (see the provider package doc).
func WithRetries(max int, waitMin, waitMax time.Duration) Option {
	return func(s *settings) error {
		if max < 0 || waitMin < 0 || waitMax < 0 {
			return errors.New("nodehttp: negative retry setting")
		}
		s.retry.Max = max
		if max == 0 {
			s.retry.Max = -1
		}
		s.retry.WaitMin, s.retry.WaitMax = waitMin, waitMax
		return nil
	}
}

// WithRetryPolicy replaces DefaultRetryPolicy in the retry layer. Signed
// requests and unreplayable bodies are still sent once.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(s *settings) error {
		if p == nil {
			return errors.New("nodehttp: nil RetryPolicy")
		}
		s.retry.Policy = p
		return nil
	}
}

// WithResponseHeaderTimeout bounds the wait for response headers in the
// default transport (default 2 minutes for the provider: a node reads a
// whole file before it sends the first byte of a download; 30 s for the
// indexer). The overall deadline is ctx. It cannot be combined with
// WithTransport or WithHTTPClient, whose transports set their own.
func WithResponseHeaderTimeout(d time.Duration) Option {
	return func(s *settings) error {
		if d <= 0 {
			return errors.New("nodehttp: response header timeout must be positive")
		}
		s.headerTimeout = d
		return nil
	}
}

// WithLogger logs retries and fresh signatures at debug level. URLs and
// signatures are redacted; bodies are never logged. Default: silent.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) error {
		s.logger = l
		return nil
	}
}

// New builds the HTTP stack of a client named name ("provider",
// "indexer": the first word of its errors' Op). headerTimeout is the
// default transport's response-header timeout unless
// WithResponseHeaderTimeout says otherwise. New does no I/O.
func New(name string, headerTimeout time.Duration, opts ...Option) (*Client, error) {
	var s settings
	for _, o := range opts {
		if o == nil {
			return nil, fmt.Errorf("nodehttp: nil Option")
		}
		if err := o(&s); err != nil {
			return nil, err
		}
	}
	if s.headerTimeout > 0 {
		if s.transport != nil || s.httpClient != nil {
			return nil, errors.New("nodehttp: WithResponseHeaderTimeout applies to the default transport, not with WithTransport or WithHTTPClient")
		}
		headerTimeout = s.headerTimeout
	}
	base := s.transport
	hc := &http.Client{}
	if s.httpClient != nil {
		*hc = *s.httpClient
		if base == nil {
			base = hc.Transport
		}
		if base == nil {
			base = http.DefaultTransport
		}
	}
	if base == nil {
		base = httpx.NewTransport(headerTimeout)
	}
	if rt, ok := base.(*retryTransport); ok {
		// hc came from another Client's HTTPClient: one retry layer only.
		base = rt.base
	}
	rc := s.retry
	rc.Logger = s.logger
	hc.Transport = newRetryTransport(base, rc)
	return &Client{name: name, hc: hc, retry: rc.complete(), log: s.logger}, nil
}

// HTTPClient returns the *http.Client the requests go through, retry layer
// included: for requests this package does not build (a signed download
// URL handed to another program is one).
func (c *Client) HTTPClient() *http.Client { return c.hc }

// Logger returns the WithLogger logger, nil when there is none.
func (c *Client) Logger() *slog.Logger { return c.log }

// ResignWait reports whether a signed read that failed with err, after
// attempt earlier fresh signatures (0 the first time), may be signed anew
// and sent once more, and how long to wait first: only a Transient failure,
// up to the WithRetries count, with its backoff or the server's
// Retry-After. The retry layer never replays a signed request itself; this
// is the decision for callers that sign each attempt.
func (c *Client) ResignWait(ctx context.Context, attempt int, err error) (time.Duration, bool) {
	if ctx.Err() != nil || attempt >= c.retry.Max || !Transient(err) {
		return 0, false
	}
	wait := backoff(c.retry.WaitMin, c.retry.WaitMax, c.retry.MaxRetryAfter, attempt, nil)
	var e *Error
	if errors.As(err, &e) && e.RetryAfter > 0 {
		wait = min(e.RetryAfter, c.retry.MaxRetryAfter)
	}
	return wait, true
}

// Request is one HTTP exchange with a node.
type Request struct {
	// Op names the operation in errors ("download", "query"); the error's
	// Op is the client's name and Op.
	Op     string
	Method string
	URL    *url.URL // not modified
	Query  url.Values
	Header http.Header
	// JSON, when set, is sent as the body, encoded like JSON.stringify
	// (compact, no HTML escaping), with Content-Type application/json.
	JSON any
	// Body is sent when JSON is nil. A body that is not a *bytes.Reader,
	// *bytes.Buffer or *strings.Reader cannot be replayed and is sent once.
	Body          io.Reader
	ContentLength int64 // of Body, when known and Body is a plain reader
	// Idempotent marks a request that is safe to retry although its
	// method is not GET, HEAD or OPTIONS (a read-only POST).
	Idempotent bool
	// Signed marks a request carrying a nonce and signature or an auth
	// token, which the server consumes on first sight: it is sent once,
	// whatever the retry policy, and a caller that wants another try signs
	// again (see ResignWait). A request whose query has "signature" or
	// "nonce", whose headers have Authorization or AuthToken, or whose JSON
	// map has "nonce" or "signature" counts as signed without the flag.
	Signed bool
}

// signed reports whether r carries a nonce, signature or auth token: in
// the query, the headers or a JSON body.
func (r *Request) signed() bool {
	if r.Signed || r.Query.Has("signature") || r.Query.Has("nonce") ||
		r.Header.Get("Authorization") != "" || r.Header.Get("AuthToken") != "" {
		return true
	}
	if m, ok := r.JSON.(map[string]any); ok {
		_, n := m["nonce"]
		_, s := m["signature"]
		return n || s
	}
	return false
}

type idempotentKey struct{}
type signedKey struct{}

// Idempotent reports whether req may be retried after a failure that
// could have reached the server: a GET, HEAD or OPTIONS, or a request
// built from a Request with Idempotent set.
func Idempotent(req *http.Request) bool {
	switch req.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return true
	}
	v, _ := req.Context().Value(idempotentKey{}).(bool)
	return v
}

// Signed reports whether req was built from a signed Request: the retry
// layer sends it once.
func Signed(req *http.Request) bool {
	v, _ := req.Context().Value(signedKey{}).(bool)
	return v
}

func (c *Client) op(r *Request) string {
	if r.Op == "" {
		return c.name
	}
	return c.name + " " + r.Op
}

// Do sends r and returns the response when its status is 2xx, for the
// caller to read and close. Otherwise it returns an *Error: the body of an
// unsuccessful answer is read (capped), redacted and classified, and the
// response closed.
func (c *Client) Do(ctx context.Context, r *Request) (*http.Response, error) {
	u := *r.URL
	if len(r.Query) > 0 {
		q := u.Query()
		for k, vs := range r.Query {
			for _, v := range vs {
				q.Add(k, v)
			}
		}
		u.RawQuery = q.Encode()
	}
	method := r.Method
	if method == "" {
		method = http.MethodGet
	}
	redacted := httpx.RedactURL(&u)
	var body io.Reader
	if r.JSON != nil {
		b, err := marshalCompact(r.JSON)
		if err != nil {
			return nil, &Error{Op: c.op(r), Method: method, URL: redacted, Message: "encode request", Err: err}
		}
		body = bytes.NewReader(b)
	} else if r.Body != nil {
		body = r.Body
	}
	if r.Idempotent {
		ctx = context.WithValue(ctx, idempotentKey{}, true)
	}
	if r.signed() {
		ctx = context.WithValue(ctx, signedKey{}, true)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, &Error{Op: c.op(r), Method: method, URL: redacted, Message: "build request", Err: unwrapURLError(err)}
	}
	if r.JSON == nil && r.Body != nil && r.ContentLength > 0 {
		req.ContentLength = r.ContentLength
	}
	if r.JSON != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json, text/plain, */*")
	for k, vs := range r.Header {
		req.Header[k] = vs
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		err = unwrapURLError(err)
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			err = errors.Join(cerr, err)
		}
		return nil, &Error{Op: c.op(r), Method: method, URL: redacted, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		b, trunc, _ := httpx.ReadCapped(resp.Body, maxErrorBody)
		e := statusError(c.op(r), method, redacted, resp.StatusCode, b, trunc)
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			e.RetryAfter = d
		}
		return nil, e
	}
	return resp, nil
}

// DoJSON sends r and decodes a JSON answer of at most 32 MiB into out (a
// *json.RawMessage keeps it raw). An undecodable body is an *Error matching
// ErrInvalidResponse.
func (c *Client) DoJSON(ctx context.Context, r *Request, out any) error {
	resp, err := c.Do(ctx, r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return c.Decode(r, resp, out)
}

// Decode decodes the JSON body of resp, a successful answer to r, into out,
// with DoJSON's limit and error. It does not close the body.
func (c *Client) Decode(r *Request, resp *http.Response, out any) error {
	if err := httpx.DecodeJSON(resp.Body, maxJSONBody, out); err != nil {
		return c.InvalidResponse(r, resp, "decode response", err)
	}
	return nil
}

// InvalidResponse returns the *Error for a successful answer to r whose
// content is unusable (matching ErrInvalidResponse), with what and err
// describing the problem.
func (c *Client) InvalidResponse(r *Request, resp *http.Response, what string, err error) *Error {
	e := &Error{Op: c.op(r), Method: r.Method, StatusCode: http.StatusOK, Message: what,
		Err: fmt.Errorf("%w: %v", ErrInvalidResponse, err)}
	if resp != nil {
		e.StatusCode = resp.StatusCode
		if resp.Request != nil {
			e.Method = resp.Request.Method
			e.URL = httpx.RedactURL(resp.Request.URL)
		}
	}
	if e.Method == "" {
		e.Method = http.MethodGet
	}
	if e.URL == "" && r.URL != nil {
		e.URL = httpx.RedactURL(r.URL)
	}
	return e
}

// unwrapURLError drops *url.Error, whose text repeats the unredacted URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
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

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

	"github.com/oceango/ocean.go/nodehttp"
)

// maxJSONBody caps a JSON answer read without Decode (ciphertexts).
const maxJSONBody = 32 << 20

// Client talks to one Ocean Node or classic Provider. It is safe for
// concurrent use and immutable after New; the root document it fetches on
// first use is cached.
type Client struct {
	base    *url.URL
	http    *nodehttp.Client
	log     *slog.Logger
	dialect Dialect

	infoMu   sync.Mutex
	info     *Info
	infoCall *infoCall

	nonces *nonceBook
}

// New returns a client for the node or provider at baseURL (scheme and
// host, optionally a path prefix; a service endpoint such as
// "https://host/api/services/download" is reduced to its root the way
// ocean.py's get_root_uri does). The options are the HTTP core's, the
// same as the indexer's: nodehttp.WithHTTPClient, WithTransport,
// WithRetries, WithRetryPolicy, WithResponseHeaderTimeout (default 2
// minutes: a node reads a whole file before it sends the first byte of a
// download) and WithLogger. New does no I/O: the root document is fetched
// on the first call that needs it.
func New(baseURL string, opts ...nodehttp.Option) (*Client, error) {
	u, err := RootURL(baseURL)
	if err != nil {
		return nil, err
	}
	hc, err := nodehttp.New("provider", 2*time.Minute, opts...)
	if err != nil {
		return nil, err
	}
	return &Client{base: u, http: hc, log: hc.Logger(), nonces: &nonceBook{}}, nil
}

// WithDialect returns a client for the same node that speaks d instead of
// detecting the dialect from the root document. It shares c's HTTP stack
// and nonce sequencing; the root document is fetched again. An unknown
// dialect is refused by the first call that needs the root document.
func (c *Client) WithDialect(d Dialect) *Client {
	return &Client{base: c.base, http: c.http, log: c.log, dialect: d, nonces: c.nonces}
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

// request is one HTTP exchange with the provider, addressed by endpoint
// name.
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
// a *nodehttp.Error (the body read, capped, and the response closed).
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
	return c.http.Do(ctx, c.core(method, u, r))
}

// core is r as the HTTP core's request. A request carrying a nonce,
// signature or token in its query, headers or JSON body is sent once (the
// node stores the nonce before it fails, so a replay is answered "nonce: N
// is not a valid nonce" and hides the real error).
func (c *Client) core(method string, u *url.URL, r request) *nodehttp.Request {
	return &nodehttp.Request{Op: r.endpoint, Method: method, URL: u, Query: r.query, Header: r.header,
		JSON: r.jsonBody, Body: r.body, ContentLength: r.bodyLen, Idempotent: r.readOnly, Signed: r.signed}
}

// doJSON sends r and decodes a JSON answer into out.
func (c *Client) doJSON(ctx context.Context, r request, out any) error {
	resp, err := c.do(ctx, r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return c.decodeBody(r, resp, out)
}

// decodeBody decodes the JSON answer resp to r into out.
func (c *Client) decodeBody(r request, resp *http.Response, out any) error {
	return c.http.Decode(c.core(resp.Request.Method, resp.Request.URL, r), resp, out)
}

// badAnswer is the error for a successful answer to r whose content is
// unusable: a *nodehttp.Error matching nodehttp.ErrInvalidResponse.
func (c *Client) badAnswer(r request, resp *http.Response, what string, err error) error {
	return c.http.InvalidResponse(c.core(r.method, c.base, r), resp, what, err)
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

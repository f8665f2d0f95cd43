package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
)

// counts are the requests seen during one step.
type counts struct {
	RPCCalls int // JSON-RPC calls, each call of a batch counted
	Txs      int // eth_sendRawTransaction calls
	Node     int // HTTP requests to the Ocean node
	// ByKind counts the same requests by JSON-RPC method ("rpc
	// eth_call") or node endpoint ("node GET /api/services/nonce"); nil
	// when nothing was counted.
	ByKind map[string]int
}

func (c counts) sub(d counts) counts {
	return counts{c.RPCCalls - d.RPCCalls, c.Txs - d.Txs, c.Node - d.Node, mergeKinds(c.ByKind, d.ByKind, -1)}
}

func (c counts) add(d counts) counts {
	return counts{c.RPCCalls + d.RPCCalls, c.Txs + d.Txs, c.Node + d.Node, mergeKinds(c.ByKind, d.ByKind, 1)}
}

// mergeKinds returns a new map of a[k] + sign·b[k], without zero entries.
func mergeKinds(a, b map[string]int, sign int) map[string]int {
	out := make(map[string]int, len(a))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] += sign * v
		if out[k] == 0 {
			delete(out, k)
		}
	}
	return out
}

// counter counts the requests to the chain's JSON-RPC host and to the
// node's host; requests to other hosts (a file origin) are not counted.
type counter struct {
	rpcHost, nodeHost string

	mu sync.Mutex
	c  counts
}

func newCounter(rpcURL, nodeURL string) (*counter, error) {
	r, err := url.Parse(rpcURL)
	if err != nil {
		return nil, err
	}
	n, err := url.Parse(nodeURL)
	if err != nil {
		return nil, err
	}
	return &counter{rpcHost: r.Host, nodeHost: n.Host}, nil
}

// snapshot returns the counts so far.
func (c *counter) snapshot() counts {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.c
	s.ByKind = mergeKinds(c.c.ByKind, nil, 1)
	return s
}

// observe counts one request to host: method and path are the HTTP
// request's, body (for JSON-RPC) its body.
func (c *counter) observe(host, method, path string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.c.ByKind == nil {
		c.c.ByKind = map[string]int{}
	}
	switch host {
	case c.rpcHost:
		methods := rpcMethods(body)
		for _, m := range methods {
			c.c.RPCCalls++
			if m == "eth_sendRawTransaction" {
				c.c.Txs++
			}
			c.c.ByKind["rpc "+m]++
		}
	case c.nodeHost:
		c.c.Node++
		c.c.ByKind["node "+method+" "+endpoint(path)]++
	}
}

// endpoint is path with a DID or a hex id in it replaced by a
// placeholder, so requests for different assets count as one endpoint.
func endpoint(path string) string {
	parts := strings.Split(path, "/")
	for i, p := range parts {
		switch {
		case strings.HasPrefix(p, "did:op:"):
			parts[i] = "{did}"
		case strings.HasPrefix(p, "0x") && len(p) > 10:
			parts[i] = "{id}"
		}
	}
	return strings.Join(parts, "/")
}

// rpcCalls counts the calls in a JSON-RPC request body (a single call or a
// batch) and how many of them send a transaction.
func rpcCalls(body []byte) (calls, txs int) {
	for _, m := range rpcMethods(body) {
		calls++
		if m == "eth_sendRawTransaction" {
			txs++
		}
	}
	return calls, txs
}

// rpcMethods returns the method of each call in a JSON-RPC request body
// (a single call or a batch); none for a body that is not JSON-RPC.
func rpcMethods(body []byte) []string {
	type call struct {
		Method string `json:"method"`
	}
	var batch []call
	if json.Unmarshal(body, &batch) != nil {
		var one call
		if json.Unmarshal(body, &one) != nil || one.Method == "" {
			return nil
		}
		batch = []call{one}
	}
	out := make([]string, len(batch))
	for i, c := range batch {
		out[i] = c.Method
	}
	return out
}

// transport returns a RoundTripper that counts through c and sends with
// base.
func (c *counter) transport(base http.RoundTripper) http.RoundTripper {
	return roundTripper(func(r *http.Request) (*http.Response, error) {
		var body []byte
		if r.URL.Host == c.rpcHost && r.Body != nil {
			b, err := io.ReadAll(r.Body)
			r.Body.Close()
			if err != nil {
				return nil, err
			}
			body = b
			r = r.Clone(r.Context())
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		c.observe(r.URL.Host, r.Method, r.URL.Path, body)
		return base.RoundTrip(r)
	})
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// proxy is a reverse proxy to target that counts every request it passes
// as seen at host (c.rpcHost or c.nodeHost), for programs whose HTTP
// client cannot be wrapped (ocean.js).
func (c *counter) proxy(target *url.URL, host string) http.Handler {
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.FlushInterval = -1
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		if host == c.rpcHost && r.Body != nil {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			body = b
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		c.observe(host, r.Method, r.URL.Path, body)
		rp.ServeHTTP(w, r)
	})
}

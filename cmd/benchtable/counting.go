package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
)

// counts are the requests seen during one step.
type counts struct {
	RPCCalls int // JSON-RPC calls, each call of a batch counted
	Txs      int // eth_sendRawTransaction calls
	Node     int // HTTP requests to the Ocean node
}

func (c counts) sub(d counts) counts {
	return counts{c.RPCCalls - d.RPCCalls, c.Txs - d.Txs, c.Node - d.Node}
}

func (c counts) add(d counts) counts {
	return counts{c.RPCCalls + d.RPCCalls, c.Txs + d.Txs, c.Node + d.Node}
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
	return c.c
}

// observe counts one request whose body (for JSON-RPC) is body.
func (c *counter) observe(host string, body []byte) {
	switch host {
	case c.rpcHost:
		calls, txs := rpcCalls(body)
		c.mu.Lock()
		c.c.RPCCalls += calls
		c.c.Txs += txs
		c.mu.Unlock()
	case c.nodeHost:
		c.mu.Lock()
		c.c.Node++
		c.mu.Unlock()
	}
}

// rpcCalls counts the calls in a JSON-RPC request body (a single call or a
// batch) and how many of them send a transaction.
func rpcCalls(body []byte) (calls, txs int) {
	type call struct {
		Method string `json:"method"`
	}
	var batch []call
	if json.Unmarshal(body, &batch) != nil {
		var one call
		if json.Unmarshal(body, &one) != nil || one.Method == "" {
			return 0, 0
		}
		batch = []call{one}
	}
	for _, c := range batch {
		calls++
		if c.Method == "eth_sendRawTransaction" {
			txs++
		}
	}
	return calls, txs
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
		c.observe(r.URL.Host, body)
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
		c.observe(host, body)
		rp.ServeHTTP(w, r)
	})
}

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The counting transport counts JSON-RPC calls and transactions at the
// chain's host, requests at the node's host, nothing elsewhere, and the
// server still receives the whole body.
func TestCounterTransport(t *testing.T) {
	var got []string
	srv := func() *httptest.Server {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			got = append(got, string(b))
		}))
		t.Cleanup(s.Close)
		return s
	}
	rpc, node, other := srv(), srv(), srv()
	c, err := newCounter(rpc.URL, node.URL)
	require.NoError(t, err)
	hc := &http.Client{Transport: c.transport(http.DefaultTransport)}
	batch := `[{"method":"eth_call"},{"method":"eth_sendRawTransaction"}]`
	for _, req := range []struct{ url, body string }{
		{rpc.URL, batch},
		{rpc.URL, `{"method":"eth_blockNumber"}`},
		{node.URL + "/api/services/nonce", ""},
		{other.URL + "/file", ""},
	} {
		resp, err := hc.Post(req.url, "application/json", strings.NewReader(req.body))
		require.NoError(t, err)
		resp.Body.Close()
	}
	assert.Equal(t, counts{RPCCalls: 3, Txs: 1, Node: 1}, c.snapshot())
	assert.Equal(t, batch, got[0])
}

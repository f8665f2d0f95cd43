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
		{node.URL + "/api/aquarius/assets/ddo/did:op:0abc", ""},
		{other.URL + "/file", ""},
	} {
		resp, err := hc.Post(req.url, "application/json", strings.NewReader(req.body))
		require.NoError(t, err)
		resp.Body.Close()
	}
	assert.Equal(t, counts{RPCCalls: 3, Txs: 1, Node: 2, ByKind: map[string]int{
		"rpc eth_call": 1, "rpc eth_sendRawTransaction": 1, "rpc eth_blockNumber": 1,
		"node POST /api/services/nonce": 1, "node POST /api/aquarius/assets/ddo/{did}": 1,
	}}, c.snapshot())
	assert.Equal(t, batch, got[0])
}

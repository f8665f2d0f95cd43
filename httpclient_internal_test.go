package ocean

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// countingRT counts the requests the caller's own transport carries.
type countingRT struct{ n atomic.Int32 }

func (c *countingRT) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// faultNode is an httptest stand-in for a node and its indexer that
// answers 503 to the first read of each route and to every encrypt.
func faultNode(t *testing.T) (url string, encrypts *atomic.Int32) {
	t.Helper()
	var envs, ddos atomic.Int32
	encrypts = new(atomic.Int32)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"software": "Ocean-Node", "version": "0.0.1", "nodeId": "16Uiu2Fake", "chainIds": []string{"8996"},
			"providerAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",
			"serviceEndpoints": map[string][]string{
				"nonce":               {"GET", "/api/services/nonce"},
				"encrypt":             {"POST", "/api/services/encrypt"},
				"computeEnvironments": {"GET", "/api/services/computeEnvironments"},
			},
		})
	})
	mux.HandleFunc("GET /api/services/nonce", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"nonce":"0"}`))
	})
	mux.HandleFunc("GET /api/services/computeEnvironments", func(w http.ResponseWriter, r *http.Request) {
		if envs.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte(`[]`))
	})
	mux.HandleFunc("GET /api/aquarius/assets/ddo/{did}", func(w http.ResponseWriter, r *http.Request) {
		if ddos.Add(1) == 1 {
			http.Error(w, "DDO database is not available", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte(`{"@context":["https://w3id.org/did/v1"],"id":"` + r.PathValue("did") +
			`","version":"4.1.0","chainId":8996,"nftAddress":"0x0000000000000000000000000000000000000001","metadata":{"name":"x"},"services":[]}`))
	})
	mux.HandleFunc("POST /api/services/encrypt", func(w http.ResponseWriter, r *http.Request) {
		encrypts.Add(1)
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL, encrypts
}

// Config.HTTPClient keeps the retry layer: its transport carries the
// retries of reads, and a signed POST is still sent once.
func TestHTTPClientKeepsRetries(t *testing.T) {
	url, encrypts := faultNode(t)
	rt := &countingRT{}
	cfg := Config{
		HTTPClient:  &http.Client{Transport: rt},
		HTTPOptions: []nodehttp.Option{nodehttp.WithRetries(3, time.Millisecond, time.Millisecond)},
	}
	p, ix, err := httpClients(cfg, url, url)
	require.NoError(t, err)
	ctx := t.Context()

	// a 503 then 200 is retried through the caller's transport
	envs, err := p.ComputeEnvironments(ctx, 0)
	require.NoError(t, err)
	assert.Empty(t, envs)
	assert.Equal(t, int32(3), rt.n.Load(), "root document, 503, retry")

	did := "did:op:" + common.Hash{7}.Hex()[2:]
	a, err := ix.Resolve(ctx, did)
	require.NoError(t, err)
	assert.Equal(t, did, a.ID)
	assert.Equal(t, int32(5), rt.n.Load(), "503, retry")

	// a signed POST is never replayed: one 503, returned as the node said it
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, err = p.Encrypt(ctx, 8996, strings.NewReader(`{"x":1}`), provider.SignedBy(provider.NewKeySigner(key)))
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
	assert.Equal(t, int32(1), encrypts.Load())

	// HTTPOptions reach both clients: no retries at all
	cfg.HTTPOptions = []nodehttp.Option{nodehttp.WithRetries(0, 0, 0)}
	url2, _ := faultNode(t)
	p, ix, err = httpClients(cfg, url2, url2)
	require.NoError(t, err)
	_, err = p.ComputeEnvironments(ctx, 0)
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
	_, err = ix.Resolve(ctx, did)
	require.ErrorIs(t, err, nodehttp.ErrUnavailable)
}

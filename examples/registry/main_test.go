package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/provider"
)

// server is a registry run by a test.
type server struct {
	url    string
	cancel context.CancelFunc
	done   chan error
	out    *bytes.Buffer
}

// serve runs the registry with cfg until stop.
func serve(t *testing.T, cfg config) *server {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	cfg.listener = l
	ctx, cancel := context.WithCancel(t.Context())
	s := &server{url: "http://" + l.Addr().String(), cancel: cancel, done: make(chan error, 1), out: &bytes.Buffer{}}
	go func() { s.done <- run(ctx, cfg, &syncWriter{w: s.out}) }()
	return s
}

func (s *server) stop(t *testing.T) {
	t.Helper()
	s.cancel()
	require.NoError(t, <-s.done)
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}

// caller signs requests as one key.
type caller struct {
	t      *testing.T
	url    string
	signer provider.Signer
	// skew shifts the signed timestamp.
	skew time.Duration
}

func newCaller(t *testing.T, url string, key *ecdsa.PrivateKey) *caller {
	return &caller{t: t, url: url, signer: provider.NewKeySigner(key)}
}

// request builds a signed request (unsigned without a signer).
func (c *caller) request(method, path string, body any) *http.Request {
	c.t.Helper()
	var b []byte
	if body != nil {
		var err error
		if s, ok := body.(string); ok {
			b = []byte(s)
		} else if b, err = json.Marshal(body); err != nil {
			c.t.Fatal(err)
		}
	}
	req, err := http.NewRequestWithContext(c.t.Context(), method, c.url+path, bytes.NewReader(b))
	require.NoError(c.t, err)
	if c.signer != nil {
		require.NoError(c.t, Sign(c.t.Context(), req, b, c.signer, time.Now().Add(c.skew)))
	}
	return req
}

// do sends req (again: the body is re-read from a copy) and decodes an
// Asset from a successful answer.
func do(t *testing.T, req *http.Request) (int, *Asset) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var a Asset
	if resp.StatusCode < 300 {
		require.NoError(t, json.Unmarshal(b, &a), string(b))
	}
	return resp.StatusCode, &a
}

func (c *caller) call(method, path string, body any) (int, *Asset) {
	c.t.Helper()
	return do(c.t, c.request(method, path, body))
}

// waitState polls GET until the asset reaches state.
func waitState(t *testing.T, c *caller, id, state string) *Asset {
	t.Helper()
	var last *Asset
	require.Eventually(t, func() bool {
		code, a := c.call(http.MethodGet, metadataPath+"/"+id, nil)
		last = a
		return code == http.StatusOK && a.ContentState == state
	}, time.Minute, 20*time.Millisecond, "asset %s never reached %s (last: %+v)", id, state, last)
	return last
}

func startDevnet(t *testing.T) *examplenet.Devnet {
	t.Helper()
	net, err := examplenet.StartDevnet(t.Context())
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { _ = net.Close() })
	return net
}

// TestRegistryAPI walks every route through its status codes on a
// devnet, and checks the outcomes on chain and at the node.
func TestRegistryAPI(t *testing.T) {
	net := startDevnet(t)
	cfg := config{agent: net.Config(0)}
	cfg.agent.JournalDir = t.TempDir()
	s := serve(t, cfg)
	defer s.stop(t)
	accs := net.Accounts()
	owner, stranger := newCaller(t, s.url, accs[2].Key), newCaller(t, s.url, accs[3].Key)
	anon := &caller{t: t, url: s.url}
	content := "temperature,humidity\n21.5,40\n"
	fileURL, err := net.AddFile("sensor.csv", strings.NewReader(content))
	require.NoError(t, err)
	asset := Asset{AssetID: "sensor-1", Name: "Sensor 1", MimeType: "text/csv",
		Attributes: []Attribute{{Key: "site", Value: "north"}}, Links: []Link{{Name: "data", URL: fileURL}}}

	require.Eventually(t, func() bool {
		resp, err := http.Get(s.url + metadataPath + "/none")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusNotFound
	}, 10*time.Second, 10*time.Millisecond)

	// ASE.001
	code, _ := anon.call(http.MethodPost, metadataPath, asset)
	assert.Equal(t, http.StatusUnauthorized, code, "unsigned")
	code, _ = owner.call(http.MethodPost, metadataPath, "{not json")
	assert.Equal(t, http.StatusBadRequest, code)
	code, _ = owner.call(http.MethodPost, metadataPath, Asset{AssetID: "bad-link", Links: []Link{{URL: "ftp://x/y"}}})
	assert.Equal(t, http.StatusBadRequest, code, "not an http(s) link")
	code, _ = owner.call(http.MethodPost, metadataPath, Asset{AssetID: "bad id!", Links: asset.Links})
	assert.Equal(t, http.StatusBadRequest, code)
	withOwner := asset
	withOwner.Owner = accs[3].Address.Hex()
	code, _ = owner.call(http.MethodPost, metadataPath, withOwner)
	assert.Equal(t, http.StatusBadRequest, code, "owner must be the caller")
	stale := *owner
	stale.skew = -10 * time.Minute
	code, _ = stale.call(http.MethodPost, metadataPath, asset)
	assert.Equal(t, http.StatusUnauthorized, code, "stale timestamp")

	req := owner.request(http.MethodPost, metadataPath, asset)
	replay := req.Clone(t.Context())
	replay.Body, _ = req.GetBody()
	code, created := do(t, req)
	require.Equal(t, http.StatusAccepted, code)
	assert.Equal(t, statePending, created.ContentState)
	assert.Equal(t, accs[2].Address.Hex(), created.Owner)
	assert.False(t, created.CreationDatetime.IsZero())
	code, _ = do(t, replay)
	assert.Equal(t, http.StatusUnauthorized, code, "replayed request")
	code, _ = owner.call(http.MethodPost, metadataPath, asset)
	assert.Equal(t, http.StatusUnprocessableEntity, code, "already exists")

	// ASE.002: on chain, indexed, no provider yet.
	code, _ = anon.call(http.MethodGet, metadataPath+"/bad%20id", nil)
	assert.Equal(t, http.StatusBadRequest, code)
	code, _ = anon.call(http.MethodGet, metadataPath+"/unknown", nil)
	assert.Equal(t, http.StatusNotFound, code)
	got := waitState(t, anon, "sensor-1", stateUnpublished)
	require.NotEmpty(t, got.DID)
	c, err := ocean.Dial(t.Context(), net.Config(3))
	require.NoError(t, err)
	defer c.Close()
	ddoAsset, err := c.Indexer.Resolve(t.Context(), got.DID)
	require.NoError(t, err)
	assert.Equal(t, "Sensor 1", ddoAsset.Metadata.Name)
	assert.Equal(t, []string{"site:north"}, ddoAsset.Metadata.Tags)

	// ASE.003
	update := asset
	update.Name = "Sensor 1 (calibrated)"
	code, _ = stranger.call(http.MethodPut, metadataPath, update)
	assert.Equal(t, http.StatusUnauthorized, code, "not the owner")
	code, updated := owner.call(http.MethodPut, metadataPath, update)
	require.Equal(t, http.StatusAccepted, code)
	assert.True(t, updated.UpdateDatetime.After(created.UpdateDatetime) || updated.UpdateDatetime.Equal(created.UpdateDatetime))
	code, _ = owner.call(http.MethodPut, metadataPath, Asset{AssetID: "unknown", Links: asset.Links})
	assert.Equal(t, http.StatusNotFound, code)
	require.Eventually(t, func() bool {
		a, err := c.Indexer.Resolve(t.Context(), got.DID)
		return err == nil && a.Metadata.Name == "Sensor 1 (calibrated)"
	}, time.Minute, 20*time.Millisecond)

	// ASE.005: the node's provider address, a fixed price.
	providerID := net.ProviderAccount().Address.Hex()
	assoc := AssetProvider{AssetID: "sensor-1", ProviderID: providerID, Pricing: []Price{{Scheme: "FIXED", Price: "2"}},
		VerificationProofs: []VerificationProof{}}
	bad := assoc
	bad.ProviderID = "not-an-address"
	code, _ = owner.call(http.MethodPost, providerPath, bad)
	assert.Equal(t, http.StatusBadRequest, code)
	bad = assoc
	bad.Pricing = []Price{{Scheme: "SMARTCONTRACT"}}
	code, _ = owner.call(http.MethodPost, providerPath, bad)
	assert.Equal(t, http.StatusBadRequest, code)
	code, _ = stranger.call(http.MethodPost, providerPath, assoc)
	assert.Equal(t, http.StatusUnauthorized, code)
	code, _ = owner.call(http.MethodPost, providerPath, assoc)
	require.Equal(t, http.StatusAccepted, code)
	code, _ = owner.call(http.MethodPost, providerPath, assoc)
	assert.Equal(t, http.StatusUnprocessableEntity, code, "association already exists")
	got = waitState(t, anon, "sensor-1", statePublished)
	require.Len(t, got.Providers, 1)

	// A consumer buys through the provider's service and gets the content.
	ddoAsset, err = c.Indexer.Resolve(t.Context(), got.DID)
	require.NoError(t, err)
	require.Len(t, ddoAsset.Services, 2)
	ordered, err := c.Assets.Order(t.Context(), assets.OrderParams{Key: "consumer/1", DID: got.DID, ServiceID: ddoAsset.Services[1].ID})
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = c.Assets.Download(t.Context(), assets.DownloadParamsFor(ordered, 0), &buf)
	require.NoError(t, err)
	assert.Equal(t, content, buf.String())

	// ASE.006: change the price, then remove the association.
	assoc.Pricing[0].Price = "3"
	code, _ = owner.call(http.MethodPut, providerPath, assoc)
	require.Equal(t, http.StatusAccepted, code)
	code, _ = owner.call(http.MethodPut, providerPath, AssetProvider{AssetID: "sensor-1", ProviderID: providerID,
		Pricing: []Price{{Scheme: "FIXED", Price: "0.0000000000000000001"}}, VerificationProofs: []VerificationProof{}})
	assert.Equal(t, http.StatusBadRequest, code, "finer than one base unit")
	code, _ = owner.call(http.MethodPut, providerPath, AssetProvider{AssetID: "sensor-1", ProviderID: providerID,
		Pricing: []Price{}, VerificationProofs: []VerificationProof{}})
	require.Equal(t, http.StatusAccepted, code)
	waitState(t, anon, "sensor-1", stateUnpublished)
	code, _ = owner.call(http.MethodPut, providerPath, assoc)
	assert.Equal(t, http.StatusNotFound, code, "no association any more")

	// ASE.004
	code, _ = stranger.call(http.MethodDelete, metadataPath+"/sensor-1", nil)
	assert.Equal(t, http.StatusUnauthorized, code)
	code, deleted := owner.call(http.MethodDelete, metadataPath+"/sensor-1", nil)
	require.Equal(t, http.StatusAccepted, code)
	assert.Equal(t, stateDisabled, deleted.ContentState)
	code, _ = anon.call(http.MethodGet, metadataPath+"/sensor-1", nil)
	assert.Equal(t, http.StatusNotFound, code, "a disabled asset is not found")
	code, _ = owner.call(http.MethodDelete, metadataPath+"/sensor-1", nil)
	assert.Equal(t, http.StatusNotFound, code)
	// Retired on chain: the node refuses new orders.
	require.Eventually(t, func() bool {
		_, err := c.Assets.Order(t.Context(), assets.OrderParams{Key: "consumer/after-delete", DID: got.DID})
		return err != nil
	}, time.Minute, 50*time.Millisecond)
}

// TestRegistryRestart stops the registry right after the data NFT of a
// new asset is created, starts it again on the same journal and checks
// that the publication resumed without a second NFT.
func TestRegistryRestart(t *testing.T) {
	net := startDevnet(t)
	cfg := config{agent: net.Config(0)}
	cfg.agent.JournalDir = t.TempDir()
	agent := net.Accounts()[1].Address
	startNonce, err := net.Client().NonceAt(t.Context(), agent, nil)
	require.NoError(t, err)

	first := cfg
	var s *server
	var once sync.Once
	first.agent.AssetsOptions = []assets.Option{assets.WithAfterStep(func(key, point string) {
		if strings.HasSuffix(key, "/publish") && point == assets.StatusNFTCreated {
			once.Do(func() { s.cancel() }) // the process stops here
		}
	})}
	s = serve(t, first)
	fileURL, err := net.AddFile("restart.csv", strings.NewReader("a\n1\n"))
	require.NoError(t, err)
	owner := newCaller(t, s.url, net.Accounts()[2].Key)
	require.Eventually(t, func() bool {
		code, _ := owner.call(http.MethodPost, metadataPath, Asset{AssetID: "restart-1", Links: []Link{{URL: fileURL}}})
		return code == http.StatusAccepted
	}, 10*time.Second, 10*time.Millisecond)
	require.NoError(t, <-s.done)
	mid, err := net.Client().NonceAt(t.Context(), agent, nil)
	require.NoError(t, err)
	assert.Equal(t, startNonce+1, mid, "stopped after the NFT creation")

	s2 := serve(t, cfg)
	defer s2.stop(t)
	anon := &caller{t: t, url: s2.url}
	got := waitState(t, anon, "restart-1", stateUnpublished)
	assert.Contains(t, s2.out.String(), "1 unfinished flow(s) resumed")
	end, err := net.Client().NonceAt(t.Context(), agent, nil)
	require.NoError(t, err)
	assert.Equal(t, startNonce+2, end, "one NFT creation and one setMetaData: no second NFT")
	c, err := ocean.Dial(t.Context(), net.Config(3))
	require.NoError(t, err)
	defer c.Close()
	a, err := c.Indexer.Resolve(t.Context(), got.DID)
	require.NoError(t, err)
	assert.Equal(t, "asset restart-1", a.Metadata.Name)
}

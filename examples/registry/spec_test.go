package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/internal/devnode"
)

// fixture returns the request in testdata/name: the OEP-14 example as
// printed, without the header naming its source.
func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	var body []string
	header := true
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if header && strings.HasPrefix(line, "#") {
			continue
		}
		header = false
		body = append(body, line)
	}
	return strings.Join(body, "")
}

// fixturePath returns the path of the request line in testdata/name
// ("GET http://localhost:8080/api/…"), checking its method.
func fixturePath(t *testing.T, name, method string) string {
	t.Helper()
	m, u, ok := strings.Cut(strings.TrimSpace(fixture(t, name)), " ")
	require.True(t, ok)
	require.Equal(t, method, m)
	_, path, ok := strings.Cut(strings.TrimPrefix(u, "http://"), "/")
	require.True(t, ok)
	return "/" + path
}

// startNode runs a second Ocean node on the devnet's chain and returns
// its URL. It is the same operator's node (the devnet node's key):
// devnode's indexer decrypts a DDO only with its own key, where Ocean
// Node asks the DDO's decryptor node, so a node of another key would not
// index the assets the agent publishes through its own node.
func startNode(t *testing.T, net *examplenet.Devnet) string {
	t.Helper()
	n, err := devnode.New(t.Context(), devnode.Config{
		Key: net.ProviderAccount().Key, Backend: net.Client(), ChainID: addresses.DevChainID,
		Contracts:     net.Contracts(),
		AllowLoopback: true,
	})
	require.NoError(t, err)
	t.Cleanup(func() { _ = n.Close() })
	u, err := n.Listen("127.0.0.1:0")
	require.NoError(t, err)
	return u
}

// waitServices waits until the indexer serves did with n services.
func waitServices(t *testing.T, c *ocean.Client, did string, n int) *ddo.Asset {
	t.Helper()
	var doc *ddo.Asset
	require.Eventually(t, func() bool {
		a, err := c.Indexer.Resolve(t.Context(), did)
		if err == nil && len(a.Services) == n {
			doc = a
		}
		return doc != nil
	}, time.Minute, 20*time.Millisecond, "%s never had %d services", did, n)
	return doc
}

func waitUp(t *testing.T, s *server) {
	t.Helper()
	require.Eventually(t, func() bool {
		resp, err := http.Get(s.url + metadataPath + "/none")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == http.StatusNotFound
	}, 10*time.Second, 10*time.Millisecond)
}

// rawCall sends a signed request and returns the status and the body.
func (c *caller) rawCall(method, path, body string) (int, []byte) {
	c.t.Helper()
	resp, err := http.DefaultClient.Do(c.request(method, path, body))
	require.NoError(c.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(c.t, err)
	return resp.StatusCode, b
}

// TestSpecExamples posts every example request of the OEP-14 text
// verbatim (testdata/ASE.*), with the spec's provider "0x99991234aa33bb"
// a second Ocean node of the registry's directory, and checks what each
// did on chain and at the nodes: two prices as two services on that
// node, the proofs' hash in the data NFT's store,
// their removal, and the retired asset gone from use.
func TestSpecExamples(t *testing.T) {
	net := startDevnet(t)
	node2 := startNode(t, net)
	const specProvider = "0x99991234aa33bb" // ASE.005's providerId
	cfg := config{agent: net.Config(0), providers: map[string]string{specProvider: node2}}
	cfg.agent.JournalDir = t.TempDir()
	s := serve(t, cfg)
	defer s.stop(t)
	waitUp(t, s)
	accs := net.Accounts()
	owner := newCaller(t, s.url, accs[2].Key)
	anon := &caller{t: t, url: s.url}

	// ASE.001, verbatim: the placeholder owner "0x1234aa33bb" is no
	// account, the owner is the signer; the id is generated.
	code, body := owner.rawCall(http.MethodPost, metadataPath, fixture(t, "ASE.001.json"))
	require.Equal(t, http.StatusAccepted, code, string(body))
	var first Asset
	require.NoError(t, json.Unmarshal(body, &first))
	assert.NotEmpty(t, first.AssetID)
	assert.Equal(t, accs[2].Address.Hex(), first.Owner)
	assert.Equal(t, "transaction logs jan.2018", first.Name)
	assert.Equal(t, "text/csv", first.MimeType)
	assert.Equal(t, []Attribute{{Key: "description", Value: "company transaction logs"}, {Key: "generatedDatetime", Value: "Jan/2018"}}, first.Attributes)
	assert.Equal(t, []Link{{Name: "dataSample", LinkedAssetID: "0x12345678", LinkedType: "subset", URL: "http://example.com/samples/tx/2018/01.csv"}}, first.Links)
	assert.Equal(t, statePending, first.ContentState)
	code, got := anon.call(http.MethodGet, metadataPath+"/"+first.AssetID, nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "transaction logs jan.2018", got.Name)

	// "an empty payload is allowed to create an Asset": no body, and {}.
	code, empty := owner.call(http.MethodPost, metadataPath, "")
	require.Equal(t, http.StatusAccepted, code)
	code, _ = owner.call(http.MethodPost, metadataPath, "{}")
	require.Equal(t, http.StatusAccepted, code)
	empty = waitState(t, anon, empty.AssetID, stateUnpublished)
	c, err := ocean.Dial(t.Context(), net.Config(3))
	require.NoError(t, err)
	defer c.Close()
	doc, err := c.Indexer.Resolve(t.Context(), empty.DID)
	require.NoError(t, err)
	assert.Equal(t, "asset "+empty.AssetID, doc.Metadata.Name)

	// The asset ASE.005's example names, with content at the file origin.
	const specAsset = "777227d45853a50eefd48dd4fec25d5b3fd2295e"
	content := "id,amount\n1,13.50\n"
	fileURL, err := net.AddFile("tx.csv", strings.NewReader(content))
	require.NoError(t, err)
	code, _ = owner.call(http.MethodPost, metadataPath, Asset{AssetID: specAsset, Name: "transaction logs feb.2018",
		Links: []Link{{Name: "data", URL: fileURL}}})
	require.Equal(t, http.StatusAccepted, code)
	waitState(t, anon, specAsset, stateUnpublished)

	// ASE.005, verbatim: numbers kept as written, two prices, two proofs.
	code, body = owner.rawCall(http.MethodPost, providerPath, fixture(t, "ASE.005.json"))
	require.Equal(t, http.StatusAccepted, code, string(body))
	assert.Contains(t, string(body), `"price":13.5,"quantity":1`)
	got = waitState(t, anon, specAsset, statePublished)
	require.Len(t, got.Providers, 1)
	p := got.Providers[0]
	assert.Equal(t, specProvider, p.ProviderID)
	require.Len(t, p.Pricing, 2)
	assert.Equal(t, json.Number("13.5"), p.Pricing[1].Price)
	assert.Equal(t, json.Number("1"), p.Pricing[1].Quantity)
	require.Len(t, p.VerificationProofs, 2)

	// Two services on the provider's own node.
	doc = waitServices(t, c, got.DID, 3)
	free, fixed := doc.Services[1], doc.Services[2]
	assert.Equal(t, "Free access", free.Name)
	assert.Equal(t, "Price for access", fixed.Name)
	assert.Equal(t, "It provides access for a month", fixed.Description)
	for _, svc := range []ddo.Service{free, fixed} {
		assert.Equal(t, strings.TrimSuffix(node2, "/"), strings.TrimSuffix(svc.ServiceEndpoint, "/"))
	}
	assert.Equal(t, strings.TrimSuffix(net.NodeURL(), "/"), strings.TrimSuffix(doc.Services[0].ServiceEndpoint, "/"),
		"the content service stays on the agent's node")

	// The proofs' hash is in the data NFT's store.
	n, err := c.NFT(common.HexToAddress(doc.NFTAddress))
	require.NoError(t, err)
	proofs, err := json.Marshal(p.VerificationProofs)
	require.NoError(t, err)
	key := crypto.Keccak256Hash([]byte("oep14:verificationProofs:" + specProvider))
	require.Eventually(t, func() bool {
		stored, err := n.Data(t.Context(), key)
		return err == nil && bytes.Equal(crypto.Keccak256(proofs), stored)
	}, time.Minute, 20*time.Millisecond)

	// A consumer of that node buys the FIXED access for 13.5 OCEAN and
	// downloads; the FREE one is free.
	consumerCfg := net.Config(3)
	consumerCfg.NodeURL, consumerCfg.IndexerURL = node2, net.NodeURL()
	cc, err := ocean.Dial(t.Context(), consumerCfg)
	require.NoError(t, err)
	defer cc.Close()
	before, err := cc.Ocean.Balance(t.Context(), cc.Account.Address())
	require.NoError(t, err)
	ordered, err := cc.Assets.Order(t.Context(), assets.OrderParams{Key: "spec/fixed", DID: got.DID, ServiceID: fixed.ID})
	require.NoError(t, err)
	after, err := cc.Ocean.Balance(t.Context(), cc.Account.Address())
	require.NoError(t, err)
	paid := new(big.Int).Sub(before, after)
	price, _ := new(big.Int).SetString("13500000000000000000", 10)
	assert.GreaterOrEqual(t, paid.Cmp(price), 0, "paid %s", paid)
	assert.Negative(t, paid.Cmp(new(big.Int).Add(price, new(big.Int).Div(price, big.NewInt(10)))), "paid %s", paid)
	var buf bytes.Buffer
	_, err = cc.Assets.Download(t.Context(), assets.DownloadParamsFor(ordered, 0), &buf)
	require.NoError(t, err)
	assert.Equal(t, content, buf.String())
	// quantity 1: that was the only one; the next buyer is told before
	// paying anything.
	lateCfg := net.Config(4)
	lateCfg.NodeURL, lateCfg.IndexerURL = node2, net.NodeURL()
	late, err := ocean.Dial(t.Context(), lateCfg)
	require.NoError(t, err)
	defer late.Close()
	_, err = late.Assets.Quote(t.Context(), assets.OrderParams{DID: got.DID, ServiceID: fixed.ID})
	require.ErrorIs(t, err, assets.ErrSoldOut)
	lateBefore, err := late.Ocean.Balance(t.Context(), late.Account.Address())
	require.NoError(t, err)
	_, err = late.Assets.Order(t.Context(), assets.OrderParams{Key: "spec/fixed-late", DID: got.DID, ServiceID: fixed.ID})
	require.ErrorIs(t, err, assets.ErrSoldOut)
	lateAfter, err := late.Ocean.Balance(t.Context(), late.Account.Address())
	require.NoError(t, err)
	assert.Equal(t, lateBefore, lateAfter, "nothing paid")
	freeOrder, err := cc.Assets.Order(t.Context(), assets.OrderParams{Key: "spec/free", DID: got.DID, ServiceID: free.ID})
	require.NoError(t, err)
	buf.Reset()
	_, err = cc.Assets.Download(t.Context(), assets.DownloadParamsFor(freeOrder, 0), &buf)
	require.NoError(t, err)
	assert.Equal(t, content, buf.String())

	// ASE.006, verbatim: the association is removed, services and proofs
	// with it.
	code, body = owner.rawCall(http.MethodPut, providerPath, fixture(t, "ASE.006.json"))
	require.Equal(t, http.StatusAccepted, code, string(body))
	got = waitState(t, anon, specAsset, stateUnpublished)
	assert.Empty(t, got.Providers)
	waitServices(t, c, got.DID, 1)
	require.Eventually(t, func() bool {
		stored, err := n.Data(t.Context(), key)
		return err == nil && len(stored) == 0
	}, time.Minute, 20*time.Millisecond)

	// Offered again, then ASE.002 and ASE.004 at the spec's paths.
	code, body = owner.rawCall(http.MethodPost, providerPath, fixture(t, "ASE.005.json"))
	require.Equal(t, http.StatusAccepted, code, string(body))
	waitState(t, anon, specAsset, statePublished)
	code, got = anon.call(http.MethodGet, fixturePath(t, "ASE.002.http", http.MethodGet), nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, specAsset, got.AssetID)
	waitServices(t, c, got.DID, 3)
	found, err := c.Indexer.Search(t.Context(), indexer.Search{Text: "feb.2018"})
	require.NoError(t, err)
	require.Len(t, found.Assets, 1, "discoverable before it is retired")

	code, deleted := owner.call(http.MethodDelete, fixturePath(t, "ASE.004.http", http.MethodDelete), nil)
	require.Equal(t, http.StatusAccepted, code)
	assert.Equal(t, stateDisabled, deleted.ContentState)
	code, _ = anon.call(http.MethodGet, metadataPath+"/"+specAsset, nil)
	assert.Equal(t, http.StatusNotFound, code)

	// Removed from use: revoked on chain, the indexer keeps a stub with
	// no metadata and no services, searches miss it, orders fail.
	require.Eventually(t, func() bool {
		a, err := c.Indexer.Resolve(t.Context(), got.DID)
		return err == nil && a.IndexedMetadata != nil && a.IndexedMetadata.NFT != nil &&
			a.IndexedMetadata.NFT.State == ddo.StateRevoked
	}, time.Minute, 20*time.Millisecond)
	state, err := n.MetaData(t.Context())
	require.NoError(t, err)
	assert.Equal(t, ddo.StateRevoked, state.State)
	doc, err = c.Indexer.Resolve(t.Context(), got.DID)
	require.NoError(t, err)
	assert.Empty(t, doc.Services)
	assert.Empty(t, doc.Metadata.Name)
	found, err = c.Indexer.Search(t.Context(), indexer.Search{Text: "feb.2018"})
	require.NoError(t, err)
	assert.Empty(t, found.Assets, "not discoverable once retired")
	_, err = cc.Assets.Order(t.Context(), assets.OrderParams{Key: "spec/after-retire", DID: got.DID, ServiceID: free.ID})
	assert.ErrorIs(t, err, assets.ErrNotConsumable)
}

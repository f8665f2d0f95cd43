package indexer_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/transact"
)

// published is a dataset announced on the devnet chain.
type published struct {
	did    string
	nft    *nft.NFT
	tm     *transact.Manager
	doc    []byte
	txHash common.Hash
}

// publish creates a data NFT with a datatoken and sets a plain (flags 0)
// dataset DDO named name on it.
func publish(tb testing.TB, ctx context.Context, net *devnet.Network, name string, tags ...string) published {
	tb.Helper()
	p, err := publishDataset(ctx, net, name, tags...)
	require.NoError(tb, err)
	tb.Cleanup(p.tm.Close)
	return p
}

// publishDataset is publish for examples; the caller closes p.tm.
func publishDataset(ctx context.Context, net *devnet.Network, name string, tags ...string) (p published, err error) {
	acc := net.Accounts()[1]
	auth := bind.NewKeyedTransactor(acc.Key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		return p, err
	}
	defer func() {
		if err != nil {
			tm.Close()
		}
	}()
	f, err := nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, tm)
	if err != nil {
		return p, err
	}
	created, err := f.CreateAndWait(ctx, nft.CreateParams{Name: name, Symbol: "IDX",
		Datatoken: &datatoken.Params{Name: name + " access", Symbol: "IDXA"}})
	if err != nil {
		return p, err
	}
	d, err := ddo.NewDataset(ddo.AssetParams{NFTAddress: created.NFT.Hex(), ChainID: addresses.DevChainID,
		Metadata: ddo.Metadata{Created: "2026-11-21T10:00:00Z", Updated: "2026-11-21T10:00:00Z", Name: name,
			Description: "indexer test asset " + name, Author: "ocean.go", License: "MIT", Tags: tags}},
		ddo.ServiceParams{DatatokenAddress: created.Datatoken().Hex(), ServiceEndpoint: net.NodeURL(), Timeout: 3600})
	if err != nil {
		return p, err
	}
	doc, err := d.MarshalJSON()
	if err != nil {
		return p, err
	}
	n, err := nft.New(net.Client(), created.NFT, tm)
	if err != nil {
		return p, err
	}
	tx, err := n.SetMetaData(ctx, nft.Metadata{State: ddo.StateActive, DecryptorURL: net.NodeURL(),
		Flags: []byte{0}, Data: doc, Hash: ddo.MetadataHash(doc, 0)})
	if err != nil {
		return p, err
	}
	if _, err := tm.Wait(ctx, tx); err != nil {
		return p, err
	}
	return published{did: d.ID, nft: n, tm: tm, doc: doc, txHash: tx.Hash()}, nil
}

func startDevnet(t *testing.T) (context.Context, *devnet.Network) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	net, err := devnet.Start(ctx, devnet.Options{})
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { net.Close() })
	return ctx, net
}

// counting counts the requests that reach the node.
type counting struct{ n atomic.Int64 }

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

func TestDevnet(t *testing.T) {
	ctx, net := startDevnet(t)
	requests := &counting{}
	c, err := indexer.New(net.NodeURL()+"/api/aquarius/assets/ddo", nodehttp.WithTransport(requests))
	require.NoError(t, err)
	require.Equal(t, net.NodeURL(), c.BaseURL())

	p := publish(t, ctx, net, "Ocean temperatures", "climate", "ocean")
	a, err := c.WaitIndexed(ctx, p.did, indexer.WaitOptions{TxHash: p.txHash})
	require.NoError(t, err)
	assert.Equal(t, p.did, a.ID)
	assert.Equal(t, "Ocean temperatures", a.Metadata.Name)
	require.NotNil(t, a.IndexedMetadata)
	require.NotNil(t, a.IndexedMetadata.NFT)
	assert.Equal(t, ddo.StateActive, a.IndexedMetadata.NFT.State)
	assert.Equal(t, p.nft.Address().Hex(), common.HexToAddress(a.IndexedMetadata.NFT.Address).Hex())
	enc, err := a.DDO.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(p.doc), string(enc), "the published bytes come back")

	raw, err := c.ResolveRaw(ctx, p.did)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"indexedMetadata"`)

	st, err := c.State(ctx, p.did)
	require.NoError(t, err)
	assert.True(t, st.Valid)
	assert.Equal(t, p.did, st.DID)
	assert.Empty(t, st.Error)

	// A second asset, then queries that tell them apart.
	q := publish(t, ctx, net, "Forest cover", "land")
	_, err = c.WaitIndexed(ctx, q.did, indexer.WaitOptions{TxHash: q.txHash})
	require.NoError(t, err)

	res, err := c.Search(ctx, indexer.Search{Text: "ocean temperatures", ChainIDs: []int64{addresses.DevChainID}})
	require.NoError(t, err)
	require.Len(t, res.Assets, 1)
	assert.Equal(t, p.did, res.Assets[0].ID)
	assert.Equal(t, 1, res.Total)

	res, err = c.Search(ctx, indexer.Search{Type: ddo.TypeDataset, Size: 1})
	require.NoError(t, err)
	assert.Len(t, res.Assets, 1, "one per page")
	assert.Equal(t, 2, res.Total)

	var all []string
	for a, err := range c.SearchAll(ctx, indexer.Search{Type: ddo.TypeDataset, Size: 1}) {
		require.NoError(t, err)
		all = append(all, a.ID)
	}
	assert.ElementsMatch(t, []string{p.did, q.did}, all, "SearchAll walks every page")

	res, err = c.Search(ctx, indexer.Search{Tags: []string{"land"}})
	require.NoError(t, err)
	require.Len(t, res.Assets, 1)
	assert.Equal(t, q.did, res.Assets[0].ID)

	res, err = c.Query(ctx, map[string]any{"query": map[string]any{"term": map[string]any{"id": q.did}}})
	require.NoError(t, err)
	require.Len(t, res.Assets, 1)

	// A state change leaves the metadata event as it was: it is awaited
	// with Until.
	_, err = p.nft.SetMetaDataState(ctx, ddo.StateEndOfLife)
	require.NoError(t, err)
	a, err = c.WaitIndexed(ctx, p.did, indexer.WaitOptions{TxHash: p.txHash,
		Until: func(a *ddo.Asset) bool { return a.IndexedMetadata.NFT.State == ddo.StateEndOfLife }})
	require.NoError(t, err)
	assert.Equal(t, ddo.StateEndOfLife, a.IndexedMetadata.NFT.State)

	// Validation.
	v, err := c.Validate(ctx, p.doc)
	require.NoError(t, err)
	assert.Equal(t, fmt.Sprintf("%x", sha256.Sum256(p.doc)), trim0x(v.Hash))
	_, err = c.Validate(ctx, []byte(`{"id":"did:op:00","version":"4.1.0"}`))
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)

	// Unknown DIDs.
	unknown, err := ddo.DID(common.Address{9}.Hex(), addresses.DevChainID)
	require.NoError(t, err)
	_, err = c.Resolve(ctx, unknown)
	require.ErrorIs(t, err, nodehttp.ErrNotFound)
	var ie *nodehttp.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "DDO not found", ie.Message)

	wctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	before := requests.n.Load()
	_, err = c.WaitIndexed(wctx, unknown, indexer.WaitOptions{MinInterval: 10 * time.Millisecond, MaxInterval: 40 * time.Millisecond})
	var we *indexer.WaitError
	require.ErrorAs(t, err, &we)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.ErrorIs(t, we.Last, nodehttp.ErrNotFound)
	assert.Greater(t, we.Polls, 2)
	assert.LessOrEqual(t, int64(we.Polls), requests.n.Load()-before, "one request per poll (plus the state lookup)")

	_, err = c.Resolve(ctx, "not-a-did")
	require.Error(t, err)
	assert.False(t, errors.Is(err, nodehttp.ErrNotFound))
}

func trim0x(s string) string {
	if len(s) > 2 && s[:2] == "0x" {
		return s[2:]
	}
	return s
}

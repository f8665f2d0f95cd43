package compute_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// The tests share one devnet; each test consumes from its own account so
// that they can run in parallel without sharing escrow funds or nonces.
// A run takes about ten; devnetAccounts leaves room for -count=20.
const devnetAccounts = 256

var (
	netOnce sync.Once
	shared  *fixture
	netErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.close()
	}
	os.Exit(code)
}

// fixture is the shared devnet with a publisher ready to publish.
type fixture struct {
	net     *devnet.Network
	prov    *provider.Client
	idx     *indexer.Client
	pub     devnet.Account
	pubTM   *transact.Manager
	factory *nft.Factory

	mu       sync.Mutex
	nextAcct int // next consumer account
}

// devnetFixture starts the shared devnet on first use. Tests that need it
// skip in -short mode.
func devnetFixture(t testing.TB) *fixture {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	netOnce.Do(func() { shared, netErr = newFixture() })
	require.NoError(t, netErr, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	return shared
}

func newFixture() (*fixture, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{Accounts: devnetAccounts, AllowLocalCompute: true})
	if err != nil {
		return nil, err
	}
	f := &fixture{net: net, pub: net.Accounts()[1], nextAcct: 2}
	if f.prov, err = provider.New(net.NodeURL()); err == nil {
		f.idx, err = indexer.New(net.NodeURL())
	}
	if err == nil {
		f.pubTM, err = txManager(net, f.pub)
	}
	if err == nil {
		f.factory, err = nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, f.pubTM)
	}
	if err != nil {
		net.Close()
		return nil, err
	}
	return f, nil
}

func (f *fixture) close() {
	f.pubTM.Close()
	f.net.Close()
}

func txManager(net *devnet.Network, a devnet.Account) (*transact.Manager, error) {
	auth := bind.NewKeyedTransactor(a.Key, big.NewInt(net.ChainID()))
	return transact.New(net.Client(), a.Address, auth.Signer, transact.Options{})
}

// consumer returns a compute client for a fresh funded account.
func (f *fixture) consumer(t testing.TB) (*compute.Client, devnet.Account) {
	t.Helper()
	f.mu.Lock()
	if f.nextAcct == devnet.ProviderIndex {
		f.nextAcct++ // the node's own account: escrow refuses payer == payee
	}
	i := f.nextAcct
	f.nextAcct++
	f.mu.Unlock()
	accs := f.net.Accounts()
	require.Less(t, i, len(accs), "out of devnet accounts")
	acct := accs[i]
	tm, err := txManager(f.net, acct)
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	account, err := compute.NewAccount(provider.NewKeySigner(acct.Key), tm)
	require.NoError(t, err)
	c, err := compute.New(compute.Config{Provider: f.prov, Account: account, ChainID: addresses.DevChainID,
		Indexer: f.idx, Escrow: f.net.Contracts().Escrow})
	require.NoError(t, err)
	return c, acct
}

// signerOnly returns the signer-only account of key: free jobs and
// observing, no payments.
func signerOnly(t testing.TB, key *ecdsa.PrivateKey) *compute.Account {
	t.Helper()
	a, err := compute.NewAccount(provider.NewKeySigner(key), nil)
	require.NoError(t, err)
	return a
}

// published is an asset on the devnet.
type published struct {
	did, serviceID string
	datatoken      *datatoken.Token
	doc            ddo.DDO
	content        string // the file
}

func (p published) asset() compute.Asset { return compute.Asset{DID: p.did, ServiceID: p.serviceID} }

// publishParams describe an asset: a dataset with a compute service, or
// an algorithm (Algorithm set) with an access service.
type publishParams struct {
	name      string
	content   string
	compute   *ddo.Compute
	algorithm *ddo.Algorithm
}

// publish creates the NFT and datatoken, encrypts the file through the
// node, sets the metadata and waits until the node has indexed it.
func (f *fixture) publish(t testing.TB, ctx context.Context, p publishParams) published {
	t.Helper()
	created, err := f.factory.CreateAndWait(ctx, nft.CreateParams{Name: p.name, Symbol: "CMP",
		Datatoken: &datatoken.Params{Name: p.name + " access", Symbol: "CDT"}})
	require.NoError(t, err)
	fileURL, err := f.net.AddFile(strings.ReplaceAll(p.name, " ", "-"), strings.NewReader(p.content))
	require.NoError(t, err)
	dt := created.Datatoken()
	files, err := f.prov.EncryptJSON(ctx, addresses.DevChainID, ddo.FilesObject{NFTAddress: created.NFT.Hex(), DatatokenAddress: dt.Hex(),
		Files: []ddo.StorageObject{&ddo.URLFile{URL: fileURL, Method: "GET"}}},
		provider.SignedBy(provider.NewKeySigner(f.pub.Key)))
	require.NoError(t, err)

	did, err := ddo.DID(created.NFT.Hex(), addresses.DevChainID)
	require.NoError(t, err)
	svc := ddo.Service{ID: ddo.ServiceID(dt.Hex(), files), Type: ddo.ServiceAccess, Files: files,
		DatatokenAddress: dt.Hex(), ServiceEndpoint: f.net.NodeURL(), Timeout: 0}
	meta := ddo.Metadata{Created: "2026-11-21T14:36:48Z", Updated: "2026-11-21T14:36:48Z", Type: ddo.TypeDataset,
		Name: p.name, Description: "ocean.go compute test asset", Author: "ocean.go", License: "MIT"}
	if p.compute != nil {
		svc.Type, svc.Compute = ddo.ServiceCompute, p.compute
	}
	if p.algorithm != nil {
		meta.Type, meta.Algorithm = ddo.TypeAlgorithm, p.algorithm
	}
	doc := ddo.DDO{Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID,
		NFTAddress: created.NFT.Hex(), Metadata: meta, Services: []ddo.Service{svc}}
	raw, err := doc.MarshalJSON()
	require.NoError(t, err)

	n, err := nft.New(f.net.Client(), created.NFT, f.pubTM)
	require.NoError(t, err)
	tx, err := n.SetMetaData(ctx, nft.Metadata{DecryptorURL: f.net.NodeURL(), Flags: []byte{0}, Data: raw,
		Hash: ddo.MetadataHash(raw, 0)})
	require.NoError(t, err)
	r, err := f.pubTM.Wait(ctx, tx)
	require.NoError(t, err)
	_, err = f.idx.WaitIndexed(ctx, did, indexer.WaitOptions{TxHash: r.TxHash})
	require.NoError(t, err)
	token, err := datatoken.New(f.net.Client(), dt, f.pubTM)
	require.NoError(t, err)
	return published{did: did, serviceID: svc.ID, datatoken: token, doc: doc, content: p.content}
}

// mint gives the consumer n datatokens of p.
func (f *fixture) mint(t testing.TB, ctx context.Context, p published, to devnet.Account, n int64) {
	t.Helper()
	tx, err := p.datatoken.Mint(ctx, to.Address, new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)))
	require.NoError(t, err)
	_, err = f.pubTM.Wait(ctx, tx)
	require.NoError(t, err)
}

// shellContainer runs a shell algorithm; the devnode executes the
// entrypoint locally and ignores the image.
var shellContainer = ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20",
	Checksum: "sha256:0000000000000000000000000000000000000000000000000000000000000000"}

// publishAlgorithm publishes a shell algorithm.
func (f *fixture) publishAlgorithm(t testing.TB, ctx context.Context, name, code string) published {
	t.Helper()
	return f.publish(t, ctx, publishParams{name: name, content: code,
		algorithm: &ddo.Algorithm{Language: "sh", Version: "1", Container: shellContainer}})
}

// publishDataset publishes content with a compute service that trusts
// exactly the given algorithms (by DID, files and container checksums)
// and, when raw is set, raw algorithms.
func (f *fixture) publishDataset(t testing.TB, ctx context.Context, name, content string, raw bool, algos ...published) published {
	t.Helper()
	c := &ddo.Compute{AllowRawAlgorithm: raw, AllowNetworkAccess: true, PublisherTrustedAlgorithmPublishers: []string{f.pub.Address.Hex()},
		PublisherTrustedAlgorithms: []ddo.TrustedAlgorithm{}}
	for _, a := range algos {
		sum, err := ddo.FileChecksum(strings.NewReader(a.content))
		require.NoError(t, err)
		ta, err := ddo.TrustAlgorithm(&a.doc, a.serviceID, ddo.FilesChecksum(sum))
		require.NoError(t, err)
		c.PublisherTrustedAlgorithms = append(c.PublisherTrustedAlgorithms, ta)
	}
	return f.publish(t, ctx, publishParams{name: name, content: content, compute: c})
}

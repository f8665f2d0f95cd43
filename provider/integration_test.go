package provider_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// TestDevnode runs every operation the devnode serves against it: real
// signatures, a real asset published and ordered on the dev chain.
func TestDevnode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{})
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	defer net.Close()
	accs := net.Accounts()
	pub, consumer := accs[1], accs[2]
	pubSigner, consumerSigner := provider.NewKeySigner(pub.Key), provider.NewKeySigner(consumer.Key)

	counter := &countingTransport{base: http.DefaultTransport}
	c, err := provider.New(net.NodeURL(), nodehttp.WithTransport(counter))
	require.NoError(t, err)

	info, err := c.Info(ctx)
	require.NoError(t, err)
	require.Equal(t, provider.DialectNode, info.Dialect)
	addr, err := c.ProviderAddress(ctx, addresses.DevChainID)
	require.NoError(t, err)
	require.Equal(t, net.ProviderAccount().Address, addr)
	n, err := c.Nonce(ctx, consumer.Address)
	require.NoError(t, err)
	require.Zero(t, n)

	// fileinfo by URL, with checksum
	fileData := bytes.Repeat([]byte("ocean.go provider integration\n"), 40000) // 1.2 MB
	fileSum := sha256.Sum256(fileData)
	fileURL, err := net.AddFile("data.txt", bytes.NewReader(fileData))
	require.NoError(t, err)
	fi, err := c.FileInfo(ctx, provider.FileInfoRequest{File: &ddo.URLFile{URL: fileURL, Method: "GET"}, Checksum: true})
	require.NoError(t, err)
	require.Len(t, fi, 1)
	assert.True(t, fi[0].Valid)
	assert.Equal(t, int64(len(fileData)), fi[0].ContentLength)
	assert.Equal(t, hex.EncodeToString(fileSum[:]), fi[0].Checksum)

	// publish: NFT + datatoken, files encrypted by the node (signed), DDO on chain
	backend := net.Client()
	transact := func(from devnet.Account, to common.Address, data []byte) *types.Receipt {
		t.Helper()
		opts := bind.NewKeyedTransactor(from.Key, big.NewInt(net.ChainID()))
		opts.Context = ctx
		tx, err := erc20template.NewERC20Template().Instance(backend, to).RawTransact(opts, data)
		require.NoError(t, err)
		r, err := devchain.WaitReceipt(ctx, backend, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		return r
	}
	f := erc721factory.NewNFTFactory()
	r := transact(pub, net.Contracts().ERC721Factory, f.PackCreateNftWithErc20(
		erc721factory.IFactoryNftCreateData{Name: "Data NFT", Symbol: "DN1", TemplateIndex: big.NewInt(1),
			TokenURI: "https://example.com/nft", Transferable: true, Owner: pub.Address},
		erc721factory.IFactoryErcCreateData{TemplateIndex: big.NewInt(1), Strings: []string{"Datatoken 1", "DT1"},
			Addresses: []common.Address{pub.Address, {}, {}, {}},
			Uints:     []*big.Int{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(0)}, Bytess: [][]byte{}}))
	var nft, dt common.Address
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			nft = ev.NewTokenAddress
		}
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			dt = ev.NewTokenAddress
		}
	}
	require.NotEqual(t, common.Address{}, nft)
	encFiles, err := c.EncryptJSON(ctx, addresses.DevChainID, ddo.FilesObject{NFTAddress: nft.Hex(), DatatokenAddress: dt.Hex(),
		Files: []ddo.StorageObject{&ddo.URLFile{URL: fileURL, Method: "GET"}}}, provider.SignedBy(pubSigner))
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(encFiles, "0x04"), "ECIES ciphertext")
	did, err := ddo.DID(nft.Hex(), addresses.DevChainID)
	require.NoError(t, err)
	serviceID := ddo.ServiceID(dt.Hex(), encFiles)
	doc := ddo.DDO{Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID, NFTAddress: nft.Hex(),
		Metadata: ddo.Metadata{Created: "2026-11-21T14:36:48Z", Updated: "2026-11-21T14:36:48Z", Type: ddo.TypeDataset,
			Name: "provider integration", Description: "ocean.go provider test asset", Author: "ocean.go", License: "MIT"},
		Services: []ddo.Service{{ID: serviceID, Type: ddo.ServiceAccess, Files: encFiles, DatatokenAddress: dt.Hex(),
			ServiceEndpoint: net.NodeURL(), Timeout: 3600}}}
	raw, err := doc.MarshalJSON()
	require.NoError(t, err)

	// validateDDO (unsigned)
	val, err := c.ValidateDDO(ctx, raw, nil)
	require.NoError(t, err)
	assert.NotEmpty(t, val.Raw)

	transact(pub, nft, erc721template.NewERC721Template().PackSetMetaData(0, net.NodeURL(), "", []byte{0}, raw, ddo.MetadataHash(raw, 0), nil))

	// initialize: the node answers 500 until it has indexed the DDO
	var req *provider.OrderRequirements
	require.Eventually(t, func() bool {
		req, err = c.Initialize(ctx, provider.InitializeRequest{DID: did, ServiceID: serviceID, Consumer: consumer.Address})
		return err == nil
	}, 20*time.Second, 20*time.Millisecond, "initialize after indexing: %v", err)
	require.Equal(t, dt, req.Datatoken)
	require.NotNil(t, req.ProviderFee)
	require.NoError(t, req.ProviderFee.Verify(), "fee signed by the node")
	require.Equal(t, addr, req.ProviderFee.ProviderFeeAddress)

	// order on chain with the fee exactly as returned
	dtABI := erc20template.NewERC20Template()
	transact(pub, dt, dtABI.PackMint(consumer.Address, big.NewInt(1e18)))
	pf := req.ProviderFee
	order := transact(consumer, dt, dtABI.PackStartOrder(consumer.Address, big.NewInt(0), erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: pf.ProviderFeeAmount,
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: pf.ValidUntil, ProviderData: pf.ProviderData,
	}, erc20template.ERC20TemplateconsumeMarketFee{ConsumeMarketFeeAmount: new(big.Int)}))
	orderTx := order.TxHash.Hex()

	dl := provider.DownloadRequest{DID: did, ServiceID: serviceID, TransferTxID: orderTx, Auth: provider.SignedBy(consumerSigner),
		ExpectedSHA256: hex.EncodeToString(fileSum[:]), ExpectedSize: int64(len(fileData))}
	var buf bytes.Buffer
	res, err := c.Download(ctx, dl, &buf)
	require.NoError(t, err)
	assert.Equal(t, fileData, buf.Bytes())
	assert.Equal(t, "data.txt", res.FileName)

	// to a file, atomically, under the server's name
	dir := t.TempDir()
	res, err = c.DownloadFile(ctx, dl, dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "data.txt"), res.Path)
	got, err := os.ReadFile(res.Path)
	require.NoError(t, err)
	assert.Equal(t, fileData, got)

	// initialize with the order: reusable
	req, err = c.Initialize(ctx, provider.InitializeRequest{DID: did, ServiceID: serviceID, Consumer: consumer.Address, TransferTxID: orderTx})
	require.NoError(t, err)
	t.Logf("initialize with a valid order: validOrder=%q fee=%v", req.ValidOrder, req.ProviderFee != nil)

	// concurrent signed downloads from one address: the real node demands
	// strictly increasing nonces
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			_, err := c.Download(ctx, dl, io.Discard)
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}

	// another client (another process) uses the address: this client's
	// cached nonce is stale, the node rejects it, the client re-signs once
	other, err := provider.New(net.NodeURL())
	require.NoError(t, err)
	_, err = other.Download(ctx, dl, io.Discard)
	require.NoError(t, err)
	before := counter.downloads.Load()
	_, err = c.Download(ctx, dl, io.Discard)
	require.NoError(t, err)
	assert.Equal(t, int32(2), counter.downloads.Load()-before, "stale nonce rejected by the node, then re-signed once")

	// a wrong signer is unauthorized
	_, err = c.Download(ctx, provider.DownloadRequest{DID: did, ServiceID: serviceID, TransferTxID: orderTx,
		Auth: provider.Auth{Signer: badSigner{consumerSigner, pubSigner}}}, io.Discard)
	require.ErrorIs(t, err, nodehttp.ErrUnauthorized)

	// auth token: create, use instead of signatures, invalidate
	token, err := c.CreateAuthToken(ctx, consumerSigner, time.Now().Add(time.Hour))
	require.NoError(t, err)
	tokDL := dl
	tokDL.Auth = provider.TokenAuth(consumer.Address, token)
	buf.Reset()
	_, err = c.Download(ctx, tokDL, &buf)
	require.NoError(t, err)
	assert.Equal(t, len(fileData), buf.Len())
	require.NoError(t, c.InvalidateAuthToken(ctx, consumerSigner, token))
	_, err = c.Download(ctx, tokDL, io.Discard)
	require.ErrorIs(t, err, nodehttp.ErrUnauthorized)

	// decrypt by the publisher (the devnode's decrypter policy decides)
	plain, err := c.Decrypt(ctx, provider.DecryptRequest{ChainID: addresses.DevChainID, DataNFTAddress: nft,
		TransactionID: "", EncryptedDocument: "0x" + hex.EncodeToString(raw), Flags: ptr(0),
		DocumentHash: ddo.SHA256Hash(raw).Hex(), Auth: provider.SignedBy(pubSigner)})
	require.NoError(t, err)
	assert.JSONEq(t, string(raw), string(plain))
}

func ptr[T any](v T) *T { return &v }

// countingTransport counts download requests.
type countingTransport struct {
	base      http.RoundTripper
	downloads atomic.Int32
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if strings.HasSuffix(r.URL.Path, "/download") {
		c.downloads.Add(1)
	}
	return c.base.RoundTrip(r)
}

// badSigner claims one address and signs with another key.
type badSigner struct{ claim, key provider.Signer }

func (b badSigner) Address() common.Address { return b.claim.Address() }
func (b badSigner) SignMessage(ctx context.Context, m []byte) ([]byte, error) {
	return b.key.SignMessage(ctx, m)
}

// devAsset is an asset published on a devnet and ordered by consumer.
type devAsset struct {
	did, serviceID, orderTx string
	consumer                *provider.KeySigner
}

// publishAndOrder publishes fileURL as an access asset through c and
// orders it for accs[2], the way TestDevnode does step by step.
func publishAndOrder(tb testing.TB, ctx context.Context, net *devnet.Network, c *provider.Client, fileURL string) devAsset {
	return publishAsset(tb, ctx, net, c, fileURL, nil, true, nil)
}

// publishAsset publishes fileURL as an access service, or a compute
// service when compute is set, and orders it when order is true.
func publishAsset(tb testing.TB, ctx context.Context, net *devnet.Network, c *provider.Client, fileURL string, compute *ddo.Compute, withOrder bool, mutate func(*ddo.DDO)) devAsset {
	tb.Helper()
	accs := net.Accounts()
	pub, consumer := accs[1], accs[2]
	backend := net.Client()
	transact := func(from devnet.Account, to common.Address, data []byte) *types.Receipt {
		opts := bind.NewKeyedTransactor(from.Key, big.NewInt(net.ChainID()))
		opts.Context = ctx
		tx, err := erc20template.NewERC20Template().Instance(backend, to).RawTransact(opts, data)
		if err != nil {
			tb.Fatal(err)
		}
		r, err := devchain.WaitReceipt(ctx, backend, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			tb.Fatalf("tx failed: %v", err)
		}
		return r
	}
	f := erc721factory.NewNFTFactory()
	r := transact(pub, net.Contracts().ERC721Factory, f.PackCreateNftWithErc20(
		erc721factory.IFactoryNftCreateData{Name: "Data NFT", Symbol: "DN1", TemplateIndex: big.NewInt(1),
			TokenURI: "https://example.com/nft", Transferable: true, Owner: pub.Address},
		erc721factory.IFactoryErcCreateData{TemplateIndex: big.NewInt(1), Strings: []string{"Datatoken 1", "DT1"},
			Addresses: []common.Address{pub.Address, {}, {}, {}},
			Uints:     []*big.Int{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(0)}, Bytess: [][]byte{}}))
	var nft, dt common.Address
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			nft = ev.NewTokenAddress
		}
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			dt = ev.NewTokenAddress
		}
	}
	encFiles, err := c.EncryptJSON(ctx, addresses.DevChainID, ddo.FilesObject{NFTAddress: nft.Hex(), DatatokenAddress: dt.Hex(),
		Files: []ddo.StorageObject{&ddo.URLFile{URL: fileURL, Method: "GET"}}}, provider.SignedBy(provider.NewKeySigner(pub.Key)))
	if err != nil {
		tb.Fatal(err)
	}
	did, _ := ddo.DID(nft.Hex(), addresses.DevChainID)
	serviceID := ddo.ServiceID(dt.Hex(), encFiles)
	doc := ddo.DDO{Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID, NFTAddress: nft.Hex(),
		Metadata: ddo.Metadata{Created: "2026-11-21T14:36:48Z", Updated: "2026-11-21T14:36:48Z", Type: ddo.TypeDataset,
			Name: "provider benchmark", Description: "ocean.go provider benchmark asset", Author: "ocean.go", License: "MIT"},
		Services: []ddo.Service{{ID: serviceID, Type: ddo.ServiceAccess, Files: encFiles, DatatokenAddress: dt.Hex(),
			ServiceEndpoint: net.NodeURL(), Timeout: 0}}}
	if compute != nil {
		doc.Services[0].Type = ddo.ServiceCompute
		doc.Services[0].Compute = compute
	}
	if mutate != nil {
		mutate(&doc)
	}
	raw, err := doc.MarshalJSON()
	if err != nil {
		tb.Fatal(err)
	}
	set := transact(pub, nft, erc721template.NewERC721Template().PackSetMetaData(0, net.NodeURL(), "", []byte{0}, raw, ddo.MetadataHash(raw, 0), nil))
	// The node initializes only what it has indexed: wait for that.
	idx, err := indexer.New(net.NodeURL())
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := idx.WaitIndexed(ctx, did, indexer.WaitOptions{TxHash: set.TxHash}); err != nil {
		tb.Fatal(err)
	}
	req, err := c.Initialize(ctx, provider.InitializeRequest{DID: did, ServiceID: serviceID, Consumer: consumer.Address})
	if err != nil {
		tb.Fatalf("initialize: %v", err)
	}
	if !withOrder {
		return devAsset{did: did, serviceID: serviceID, consumer: provider.NewKeySigner(consumer.Key)}
	}
	dtABI := erc20template.NewERC20Template()
	transact(pub, dt, dtABI.PackMint(consumer.Address, big.NewInt(1e18)))
	pf := req.ProviderFee
	order := transact(consumer, dt, dtABI.PackStartOrder(consumer.Address, big.NewInt(0), erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: pf.ProviderFeeAddress, ProviderFeeToken: pf.ProviderFeeToken, ProviderFeeAmount: pf.ProviderFeeAmount,
		V: pf.V, R: pf.R, S: pf.S, ValidUntil: pf.ValidUntil, ProviderData: pf.ProviderData,
	}, erc20template.ERC20TemplateconsumeMarketFee{ConsumeMarketFeeAmount: new(big.Int)}))
	return devAsset{did: did, serviceID: serviceID, orderTx: order.TxHash.Hex(), consumer: provider.NewKeySigner(consumer.Key)}
}

// firstByte records the time to the first byte written.
type firstByte struct {
	start time.Time
	ttfb  time.Duration
}

func (w *firstByte) Write(p []byte) (int, error) {
	if w.ttfb == 0 && len(p) > 0 {
		w.ttfb = time.Since(w.start)
	}
	return len(p), nil
}

// BenchmarkDevnodeDownload downloads the same 128 MiB file through the
// devnode with Client.Download (nonce sequencing, signing, the node's
// order validation and streaming) and directly from the devnet file
// origin, in the same run, and reports throughputs, times to first byte
// and their ratios (download/direct; budget ≥ 0.8 for throughput).
func BenchmarkDevnodeDownload(b *testing.B) {
	const size = 128 << 20
	ctx := b.Context()
	net, err := devnet.Start(ctx, devnet.Options{})
	if errors.Is(err, devnet.ErrContractsNotInstalled) {
		b.Skip("@oceanprotocol/contracts not installed")
	}
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	fileURL, err := net.AddFile("big.bin", io.LimitReader(&noise{x: 1}, size))
	if err != nil {
		b.Fatal(err)
	}
	c, err := provider.New(net.NodeURL())
	if err != nil {
		b.Fatal(err)
	}
	a := publishAndOrder(b, ctx, net, c, fileURL)
	req := provider.DownloadRequest{DID: a.did, ServiceID: a.serviceID, TransferTxID: a.orderTx, Auth: provider.SignedBy(a.consumer)}
	direct := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	var dlT, dirT, dlFirst, dirFirst time.Duration
	b.SetBytes(size)
	for b.Loop() {
		w := &firstByte{start: time.Now()}
		res, err := c.Download(ctx, req, w)
		if err != nil || res.Size != size {
			b.Fatalf("download: %v", err)
		}
		dlT += time.Since(w.start)
		dlFirst += w.ttfb

		w = &firstByte{start: time.Now()}
		resp, err := direct.Get(fileURL)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(w, resp.Body)
		resp.Body.Close()
		if n != size {
			b.Fatalf("direct: %d bytes", n)
		}
		dirT += time.Since(w.start)
		dirFirst += w.ttfb
	}
	k := float64(b.N)
	mib := float64(size) / (1 << 20)
	b.ReportMetric(mib/(dlT.Seconds()/k), "node-MiB/s")
	b.ReportMetric(mib/(dirT.Seconds()/k), "direct-MiB/s")
	b.ReportMetric(dirT.Seconds()/dlT.Seconds(), "throughput-ratio")
	b.ReportMetric(float64(dlFirst.Microseconds())/k, "node-ttfb-µs")
	b.ReportMetric(float64(dirFirst.Microseconds())/k, "direct-ttfb-µs")
	b.ReportMetric(float64(dlFirst)/float64(dirFirst), "ttfb-ratio")
}

// noise is a deterministic byte stream.
type noise struct{ x uint64 }

func (n *noise) Read(p []byte) (int, error) {
	for i := range p {
		n.x ^= n.x << 13
		n.x ^= n.x >> 7
		n.x ^= n.x << 17
		p[i] = byte(n.x)
	}
	return len(p), nil
}

// TestDevnodeFreeCompute runs a free compute job with a raw algorithm on
// the devnode: environments, start, status until finished, logs and result
// streams.
func TestDevnodeFreeCompute(t *testing.T) {
	ctx, net, c := startDevnode(t)
	envs, err := c.ComputeEnvironments(ctx, addresses.DevChainID)
	require.NoError(t, err)
	require.NotEmpty(t, envs)
	env := envs[0]
	assert.NotEqual(t, common.Address{}, env.ConsumerAddress)

	data := bytes.Repeat([]byte("y"), 4321)
	fileURL, err := net.AddFile("compute.csv", bytes.NewReader(data))
	require.NoError(t, err)
	a := publishAsset(t, ctx, net, c, fileURL, &ddo.Compute{AllowRawAlgorithm: true, AllowNetworkAccess: true,
		PublisherTrustedAlgorithmPublishers: []string{ddo.Wildcard}}, false, nil)

	meta, err := json.Marshal(map[string]any{"rawcode": "wc -c < \"$(ls /dev/null $PWD/inputs/*/* 2>/dev/null | tail -1)\" > outputs/size.txt; echo computed",
		"container": map[string]any{"entrypoint": "sh $ALGO", "image": "local", "tag": "latest"}})
	require.NoError(t, err)
	jobs, err := c.StartCompute(ctx, provider.StartComputeRequest{Free: true, Environment: env.ID,
		Datasets:  []provider.ComputeAsset{{DID: a.did, ServiceID: a.serviceID}},
		Algorithm: provider.ComputeAlgorithm{Meta: meta}, Auth: provider.SignedBy(a.consumer)})
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	jobID := jobs[0].JobID

	var job provider.ComputeJob
	require.Eventually(t, func() bool {
		js, err := c.ComputeStatus(ctx, a.consumer.Address(), jobID, "")
		if err != nil || len(js) != 1 {
			return false
		}
		job = js[0]
		return job.Terminal()
	}, time.Minute, 50*time.Millisecond)
	require.Equal(t, 70, job.Status, job.StatusText)
	require.NotEmpty(t, job.Results)
	var all bytes.Buffer
	for i := range job.Results {
		var buf bytes.Buffer
		res, err := c.ComputeResult(ctx, provider.ComputeResultRequest{JobID: jobID, Index: i, Auth: provider.SignedBy(a.consumer)}, &buf)
		require.NoError(t, err, "result %d", i)
		assert.Equal(t, int64(buf.Len()), res.Size)
		assert.NotZero(t, res.Size)
		all.Write(buf.Bytes())
	}
	assert.Contains(t, all.String(), "computed", "the algorithm's log")
	assert.Contains(t, all.String(), "4321", "the algorithm read the dataset")
	var logs bytes.Buffer
	_, err = c.ComputeLogs(ctx, jobID, provider.SignedBy(a.consumer), &logs)
	if err != nil {
		t.Logf("streamable logs after the job ended: %v", err)
	}
	_, err = c.StopCompute(ctx, jobID, "", provider.SignedBy(a.consumer))
	t.Logf("stop after finish: %v", err)
}

// TestDevnodePaidCompute pays a compute job through the escrow: the
// datasets' and algorithm's orders on chain, escrow deposit and
// authorization, initializeCompute for the terms, a signed paid start, and
// the result.
func TestDevnodePaidCompute(t *testing.T) {
	ctx, net, c := startDevnode(t)
	envs, err := c.ComputeEnvironments(ctx, 0)
	require.NoError(t, err)
	require.NotEmpty(t, envs)
	env := envs[0]
	d := net.Contracts()
	accs := net.Accounts()
	consumer := accs[2]

	algoCode := []byte("set -e\nfor f in inputs/did:op:*/0; do wc -c < \"$f\" | tr -d ' ' > outputs/count.txt; done\necho paid run\n")
	algoURL, err := net.AddFile("algo.sh", bytes.NewReader(algoCode))
	require.NoError(t, err)
	dataURL, err := net.AddFile("paid.csv", bytes.NewReader(bytes.Repeat([]byte("z"), 77)))
	require.NoError(t, err)
	container := ddo.Container{Entrypoint: "sh $ALGO", Image: "oceanprotocol/algo_dockers", Tag: "python-branin",
		Checksum: "sha256:8221d20c1c16491d7d56b9657ea09082c0ee4a8ab1a6621fa720da58b09580e4"}
	algo := publishAsset(t, ctx, net, c, algoURL, nil, true, func(doc *ddo.DDO) {
		doc.Metadata.Type = ddo.TypeAlgorithm
		doc.Metadata.Algorithm = &ddo.Algorithm{Language: "sh", Version: "1", Container: container}
	})
	algoSum, err := ddo.FileChecksum(bytes.NewReader(algoCode))
	require.NoError(t, err)
	ds := publishAsset(t, ctx, net, c, dataURL, &ddo.Compute{AllowNetworkAccess: true,
		PublisherTrustedAlgorithms: []ddo.TrustedAlgorithm{{DID: algo.did, FilesChecksum: ddo.FilesChecksum(algoSum),
			ContainerSectionChecksum: ddo.ContainerSectionChecksum(container)}},
		PublisherTrustedAlgorithmPublishers: []string{ddo.Wildcard}}, true, nil)

	// escrow: deposit 100 OCEAN and authorize the node
	backend := net.Client()
	send := func(to common.Address, data []byte) {
		opts := bind.NewKeyedTransactor(consumer.Key, big.NewInt(net.ChainID()))
		opts.Context = ctx
		tx, err := erc20template.NewERC20Template().Instance(backend, to).RawTransact(opts, data)
		require.NoError(t, err)
		r, err := devchain.WaitReceipt(ctx, backend, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	deposit := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	esc := escrow.NewEscrow()
	send(d.Ocean, oceantoken.NewOceanToken().PackApprove(d.Escrow, deposit))
	send(d.Escrow, esc.PackDeposit(d.Ocean, deposit))
	send(d.Escrow, esc.PackAuthorize(d.Ocean, net.ProviderAccount().Address, deposit, big.NewInt(3600), big.NewInt(10)))

	payment := &provider.ComputePayment{ChainID: addresses.DevChainID, Token: d.Ocean, Resources: []provider.ComputeResource{{ID: "cpu", Amount: 1}}}
	dsAsset := provider.ComputeAsset{DID: ds.did, ServiceID: ds.serviceID, TransferTxID: ds.orderTx}
	algoAsset := provider.ComputeAlgorithm{ComputeAsset: provider.ComputeAsset{DID: algo.did, ServiceID: algo.serviceID, TransferTxID: algo.orderTx}}
	reqs, err := c.InitializeCompute(ctx, provider.InitializeComputeRequest{Datasets: []provider.ComputeAsset{dsAsset}, Algorithm: algoAsset,
		Environment: env.ID, Consumer: consumer.Address, Payment: payment, MaxJobDuration: 120})
	require.NoError(t, err)
	require.NotNil(t, reqs.Payment)
	assert.Equal(t, d.Escrow, reqs.Payment.EscrowAddress)
	assert.Equal(t, "2000000000000000000", string(reqs.Payment.Amount), "2 CPU-minutes")
	require.Len(t, reqs.Datasets, 1)
	assert.Equal(t, ds.orderTx, reqs.Datasets[0].ValidOrder, "the dataset order is reusable")
	require.NotNil(t, reqs.Algorithm)
	assert.Equal(t, algo.orderTx, reqs.Algorithm.ValidOrder)

	// without the dataset order the node refuses
	_, err = c.StartCompute(ctx, provider.StartComputeRequest{Environment: env.ID,
		Datasets: []provider.ComputeAsset{{DID: ds.did, ServiceID: ds.serviceID}}, Algorithm: algoAsset,
		Payment: payment, MaxJobDuration: 120, Auth: provider.SignedBy(ds.consumer)})
	require.ErrorIs(t, err, nodehttp.ErrInvalidRequest)

	jobs, err := c.StartCompute(ctx, provider.StartComputeRequest{Environment: env.ID, Datasets: []provider.ComputeAsset{dsAsset},
		Algorithm: algoAsset, Payment: payment, MaxJobDuration: 120, Auth: provider.SignedBy(ds.consumer)})
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	var job provider.ComputeJob
	require.Eventually(t, func() bool {
		js, err := c.ComputeStatus(ctx, consumer.Address, jobs[0].JobID, "")
		if err != nil || len(js) != 1 {
			return false
		}
		job = js[0]
		return job.Terminal()
	}, time.Minute, 50*time.Millisecond)
	require.Equal(t, 70, job.Status, job.StatusText)
	var out bytes.Buffer
	for i, r := range job.Results {
		if r.Type == "output" {
			_, err := c.ComputeResult(ctx, provider.ComputeResultRequest{JobID: job.JobID, Index: i, Auth: provider.SignedBy(ds.consumer)}, &out)
			require.NoError(t, err)
		}
	}
	assert.Contains(t, out.String(), "77\n", "the output tar holds the dataset size")
}

// watchWriter calls seen once the bytes written so far contain want.
type watchWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen func()
	once sync.Once
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.once.Do(w.seen)
	}
	return len(p), nil
}

func (w *watchWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestDevnodeRunningJobLogsAndStop streams the logs of a job while it runs
// and stops it before it would end by itself.
func TestDevnodeRunningJobLogsAndStop(t *testing.T) {
	ctx, net, c := startDevnode(t)
	envs, err := c.ComputeEnvironments(ctx, addresses.DevChainID)
	require.NoError(t, err)
	require.NotEmpty(t, envs)

	fileURL, err := net.AddFile("running.csv", strings.NewReader("a,b\n1,2\n"))
	require.NoError(t, err)
	a := publishAsset(t, ctx, net, c, fileURL, &ddo.Compute{AllowRawAlgorithm: true, AllowNetworkAccess: true,
		PublisherTrustedAlgorithmPublishers: []string{ddo.Wildcard}}, false, nil)

	// Ticks for a while, then sleeps far longer than the test waits: only a
	// stop ends it in time.
	meta, err := json.Marshal(map[string]any{"rawcode": "for i in 1 2 3 4 5; do echo tick$i; sleep 0.1; done; sleep 120",
		"container": map[string]any{"entrypoint": "sh $ALGO", "image": "local", "tag": "latest"}})
	require.NoError(t, err)
	jobs, err := c.StartCompute(ctx, provider.StartComputeRequest{Free: true, Environment: envs[0].ID,
		Datasets:  []provider.ComputeAsset{{DID: a.did, ServiceID: a.serviceID}},
		Algorithm: provider.ComputeAlgorithm{Meta: meta}, Auth: provider.SignedBy(a.consumer)})
	require.NoError(t, err)
	require.Len(t, jobs, 1)
	jobID := jobs[0].JobID

	// Live logs: the stream delivers lines while the job runs; the test
	// stops reading once the third tick arrived.
	logCtx, stopLogs := context.WithCancel(ctx)
	defer stopLogs()
	w := &watchWriter{want: "tick3", seen: stopLogs}
	_, err = c.ComputeLogs(logCtx, jobID, provider.SignedBy(a.consumer), w)
	require.Contains(t, w.String(), "tick1")
	require.Contains(t, w.String(), "tick3", "logs err: %v", err)

	js, err := c.ComputeStatus(ctx, a.consumer.Address(), jobID, "")
	require.NoError(t, err)
	require.Len(t, js, 1)
	require.False(t, js[0].Terminal(), "the job is still running: %d %s", js[0].Status, js[0].StatusText)

	stopped, err := c.StopCompute(ctx, jobID, "", provider.SignedBy(a.consumer))
	require.NoError(t, err)
	require.Len(t, stopped, 1)
	require.Equal(t, jobID, stopped[0].JobID)

	var job provider.ComputeJob
	require.Eventually(t, func() bool {
		js, err := c.ComputeStatus(ctx, a.consumer.Address(), jobID, "")
		if err != nil || len(js) != 1 {
			return false
		}
		job = js[0]
		return job.Terminal()
	}, time.Minute, 50*time.Millisecond, "the stopped job never reached a terminal state")
	t.Logf("after stop: %d %s", job.Status, job.StatusText)

	// Stopping somebody else's job stops nothing: Ocean Node (and the
	// devnode) find no job of that account and answer an empty list.
	other := provider.NewKeySigner(net.Accounts()[5].Key)
	none, err := c.StopCompute(ctx, jobID, "", provider.SignedBy(other))
	require.NoError(t, err)
	require.Empty(t, none)
}

// startDevnode starts a devnet for one test and a client of its node.
func startDevnode(t *testing.T) (context.Context, *devnet.Network, *provider.Client) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	// The compute tests run jobs on the node's local executor: opt in.
	net, err := devnet.Start(ctx, devnet.Options{AllowLocalCompute: true})
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { _ = net.Close() })
	c, err := provider.New(net.NodeURL())
	require.NoError(t, err)
	return ctx, net, c
}

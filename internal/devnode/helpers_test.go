package devnode_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devnode"
)

// env is a dev chain, a devnode on it and a file origin.
type env struct {
	t      testing.TB
	chain  *devchain.Chain
	node   *devnode.Node
	url    string
	origin *httptest.Server
	files  map[string][]byte // served from memory
	dir    string            // served from disk
	accs   []devchain.Account
	http   *http.Client
}

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvWith(t, nil)
}

// newEnvWith is newEnv with a chance to change the node's config.
func newEnvWith(t testing.TB, configure func(*devnode.Config)) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	chain, err := devchain.Start(ctx, devchain.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { chain.Close() })
	e := &env{t: t, chain: chain, accs: chain.Accounts(), files: map[string][]byte{}, http: &http.Client{}}
	e.dir = t.TempDir()
	disk := http.FileServer(http.Dir(e.dir))
	e.origin = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if to, ok := strings.CutPrefix(r.URL.Path, "/redirect/"); ok {
			http.Redirect(w, r, "http://"+to, http.StatusFound)
			return
		}
		if r.URL.Path == "/echo-query" {
			io.WriteString(w, r.URL.Query().Encode())
			return
		}
		if name, ok := strings.CutPrefix(r.URL.Path, "/chunked/"); ok {
			w.Header().Set("Content-Type", "application/octet-stream")
			for _, c := range bytes.SplitAfter(e.files[name], []byte("\n")) {
				w.Write(c)
				w.(http.Flusher).Flush()
			}
			return
		}
		b, ok := e.files[strings.TrimPrefix(r.URL.Path, "/")]
		if !ok {
			disk.ServeHTTP(w, r)
			return
		}
		http.ServeContent(w, r, r.URL.Path, time.Time{}, bytes.NewReader(b))
	}))
	t.Cleanup(e.origin.Close)
	u, _ := url.Parse(e.origin.URL)
	d := chain.Deployment()
	cfg := devnode.Config{
		Key: e.accs[8].Key, Backend: chain.Client(), ChainID: addresses.DevChainID,
		Contracts:    d.Contracts(),
		AllowedHosts: []string{u.Host},
	}
	if configure != nil {
		configure(&cfg)
	}
	node, err := devnode.New(ctx, cfg)
	require.NoError(t, err)
	t.Cleanup(func() { node.Close() })
	e.node = node
	e.url, err = node.Listen("127.0.0.1:0")
	require.NoError(t, err)
	return e
}

func (e *env) transact(from devchain.Account, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	opts := bind.NewKeyedTransactor(from.Key, e.chain.ChainID())
	opts.Context = e.t.Context()
	tx, err := erc20template.NewERC20Template().Instance(e.chain.Client(), to).RawTransact(opts, data)
	require.NoError(e.t, err)
	r, err := devchain.WaitReceipt(e.t.Context(), e.chain.Client(), tx.Hash())
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

func (e *env) createNFT(from devchain.Account) (nft, dt common.Address) {
	e.t.Helper()
	f := erc721factory.NewNFTFactory()
	data := f.PackCreateNftWithErc20(
		erc721factory.IFactoryNftCreateData{Name: "Data NFT", Symbol: "DN1", TemplateIndex: big.NewInt(1),
			TokenURI: "https://example.com/nft", Transferable: true, Owner: from.Address},
		erc721factory.IFactoryErcCreateData{TemplateIndex: big.NewInt(1), Strings: []string{"Datatoken 1", "DT1"},
			Addresses: []common.Address{from.Address, {}, {}, {}},
			Uints:     []*big.Int{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(0)}, Bytess: [][]byte{}},
	)
	r := e.transact(from, e.chain.Deployment().ERC721Factory, data)
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			nft = ev.NewTokenAddress
		}
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			dt = ev.NewTokenAddress
		}
	}
	require.NotEqual(e.t, common.Address{}, nft)
	return nft, dt
}

// sign is a client's node≥1 signature of address+nonce+command.
func sign(key *ecdsa.PrivateKey, msg string) string {
	sig, err := crypto.Sign(accounts.TextHash(crypto.Keccak256([]byte(msg))), key)
	if err != nil {
		panic(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

func (e *env) nonce(a common.Address) int {
	e.t.Helper()
	var out struct{ Nonce string }
	e.getJSON("/api/services/nonce?userAddress="+a.Hex(), &out)
	n, err := strconv.Atoi(out.Nonce)
	require.NoError(e.t, err)
	return n
}

// signed returns consumerAddress, nonce and signature query parameters for
// the next nonce of acc.
func (e *env) signed(acc devchain.Account, command string) url.Values {
	n := strconv.Itoa(e.nonce(acc.Address) + 1)
	return url.Values{"consumerAddress": {acc.Address.Hex()}, "nonce": {n}, "signature": {sign(acc.Key, acc.Address.Hex()+n+command)}}
}

func (e *env) do(method, path string, body io.Reader, hdr map[string]string) (int, http.Header, []byte) {
	e.t.Helper()
	req, err := http.NewRequestWithContext(e.t.Context(), method, e.url+path, body)
	require.NoError(e.t, err)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := e.http.Do(req)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	return resp.StatusCode, resp.Header, b
}

func (e *env) getJSON(path string, v any) {
	e.t.Helper()
	code, _, b := e.do("GET", path, nil, nil)
	require.Equal(e.t, 200, code, string(b))
	require.NoError(e.t, json.Unmarshal(b, v), string(b))
}

func (e *env) postJSON(path string, in any) (int, []byte) {
	e.t.Helper()
	raw, err := json.Marshal(in)
	require.NoError(e.t, err)
	code, _, b := e.do("POST", path, bytes.NewReader(raw), map[string]string{"Content-Type": "application/json"})
	return code, b
}

func (e *env) encrypt(acc devchain.Account, plain []byte) string {
	e.t.Helper()
	code, _, b := e.do("POST", "/api/services/encrypt?"+e.signed(acc, "encrypt").Encode(), bytes.NewReader(plain),
		map[string]string{"Content-Type": "application/octet-stream"})
	require.Equal(e.t, 200, code, string(b))
	return string(b)
}

// published is an asset published through the node.
type published struct {
	did, serviceID string
	nft, dt        common.Address
	doc            ddo.DDO
	setTx          *types.Receipt
	setMetaData    []byte
}

type publishOpts struct {
	files       []string
	fileObjects []map[string]string // used instead of files when set
	timeout     int64
	credentials *ddo.Credentials
	// svcCredentials go on the service (not schema-checked in 4.1.0).
	svcCredentials *ddo.Credentials
	serviceType    string
	flags          ddo.Flags
	metadata       func(*ddo.Metadata)
	compute        *ddo.Compute
}

// publish creates an NFT and datatoken, encrypts the files and the DDO
// through the node, and sets the metadata on chain.
func (e *env) publish(pub devchain.Account, o publishOpts) published {
	e.t.Helper()
	p := e.prepare(pub, o)
	p.setTx = e.transact(pub, p.nft, p.setMetaData)
	return p
}

// prepare does what publish does except the setMetaData transaction,
// whose calldata it returns.
func (e *env) prepare(pub devchain.Account, o publishOpts) published {
	e.t.Helper()
	nft, dt := e.createNFT(pub)
	var files []map[string]string
	for _, f := range o.files {
		files = append(files, map[string]string{"type": "url", "url": f, "method": "GET"})
	}
	if o.fileObjects != nil {
		files = o.fileObjects
	}
	wrapper, err := json.Marshal(map[string]any{"datatokenAddress": dt.Hex(), "nftAddress": nft.Hex(), "files": files})
	require.NoError(e.t, err)
	encFiles := e.encrypt(pub, wrapper)
	did, err := ddo.DID(nft.Hex(), addresses.DevChainID)
	require.NoError(e.t, err)
	st := o.serviceType
	if st == "" {
		st = ddo.ServiceAccess
	}
	doc := ddo.DDO{
		Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID, NFTAddress: nft.Hex(),
		Metadata: ddo.Metadata{Created: "2026-11-21T14:36:48Z", Updated: "2026-11-21T14:36:48Z", Type: ddo.TypeDataset,
			Name: "devnode test", Description: "local test asset", Author: "ocean.go", License: "MIT"},
		Services: []ddo.Service{{ID: ddo.ServiceID(dt.Hex(), encFiles), Type: st, Files: encFiles, DatatokenAddress: dt.Hex(),
			ServiceEndpoint: e.url, Timeout: o.timeout, Compute: o.compute, Credentials: o.svcCredentials}},
		Credentials: o.credentials,
	}
	if o.metadata != nil {
		o.metadata(&doc.Metadata)
	}
	raw, err := doc.MarshalJSON()
	require.NoError(e.t, err)
	data := raw
	if o.flags == ddo.FlagEncrypted {
		ct, err := hexutil.Decode(e.encrypt(pub, raw))
		require.NoError(e.t, err)
		data = ct
	}
	tmpl := erc721template.NewERC721Template()
	return published{did: did, serviceID: doc.Services[0].ID, nft: nft, dt: dt, doc: doc,
		setMetaData: tmpl.PackSetMetaData(0, e.url, "", []byte{byte(o.flags)}, data, ddo.MetadataHash(raw, o.flags), nil)}
}

// waitCtx bounds a wait by the test's own deadline (go test -timeout),
// less a few seconds to report, never by a guess of how long a loaded
// machine needs.
func (e *env) waitCtx() (context.Context, context.CancelFunc) {
	if d, ok := e.t.(interface{ Deadline() (time.Time, bool) }); ok {
		if dl, ok := d.Deadline(); ok {
			return context.WithDeadline(e.t.Context(), dl.Add(-5*time.Second))
		}
	}
	return context.WithCancel(e.t.Context())
}

// waitFor asks done until it reports true. The node indexes and runs
// jobs in the background and a client sees the result only by asking,
// so this is the event the tests wait on; between two questions it
// waits a tick.
func (e *env) waitFor(what string, done func() bool) {
	e.t.Helper()
	ctx, cancel := e.waitCtx()
	defer cancel()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !done() {
		select {
		case <-ctx.Done():
			e.t.Fatalf("gave up waiting for %s: %v", what, ctx.Err())
		case <-tick.C:
		}
	}
}

// waitDDO polls the Aquarius route until the DDO is served.
func (e *env) waitDDO(did string) map[string]any {
	e.t.Helper()
	var out map[string]any
	e.waitFor("DDO "+did+" indexed", func() bool {
		code, _, b := e.do("GET", "/api/aquarius/assets/ddo/"+did, nil, nil)
		if code != 200 {
			return false
		}
		require.NoError(e.t, json.Unmarshal(b, &out))
		return true
	})
	return out
}

// order mints a datatoken to consumer and starts an order with the fee
// from initialize; it returns the order transaction hash.
func (e *env) order(pub, consumer devchain.Account, p published, serviceIndex int) common.Hash {
	e.t.Helper()
	dtABI := erc20template.NewERC20Template()
	e.transact(pub, p.dt, dtABI.PackMint(consumer.Address, big.NewInt(1e18)))
	var init struct {
		ProviderFee struct {
			ProviderFeeAddress common.Address `json:"providerFeeAddress"`
			ProviderFeeToken   common.Address `json:"providerFeeToken"`
			ProviderFeeAmount  string         `json:"providerFeeAmount"`
			ProviderData       hexutil.Bytes  `json:"providerData"`
			V                  uint8          `json:"v"`
			R                  common.Hash    `json:"r"`
			S                  common.Hash    `json:"s"`
			ValidUntil         int64          `json:"validUntil"`
		} `json:"providerFee"`
	}
	e.getJSON(fmt.Sprintf("/api/services/initialize?documentId=%s&serviceId=%s&consumerAddress=%s", p.did, p.serviceID, consumer.Address.Hex()), &init)
	amount, ok := new(big.Int).SetString(init.ProviderFee.ProviderFeeAmount, 10)
	require.True(e.t, ok)
	pf := erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: init.ProviderFee.ProviderFeeAddress, ProviderFeeToken: init.ProviderFee.ProviderFeeToken,
		ProviderFeeAmount: amount, V: init.ProviderFee.V, R: init.ProviderFee.R, S: init.ProviderFee.S,
		ValidUntil: big.NewInt(init.ProviderFee.ValidUntil), ProviderData: init.ProviderFee.ProviderData,
	}
	r := e.transact(consumer, p.dt, dtABI.PackStartOrder(consumer.Address, big.NewInt(int64(serviceIndex)), pf,
		erc20template.ERC20TemplateconsumeMarketFee{ConsumeMarketFeeAmount: new(big.Int)}))
	return r.TxHash
}

package conformance

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// Environment variables.
const (
	envNode    = "OCEAN_CONFORMANCE_NODE_URL"
	envRPC     = "OCEAN_CONFORMANCE_RPC_URL"
	envAddr    = "OCEAN_CONFORMANCE_ADDRESS_FILE"
	envHost    = "OCEAN_CONFORMANCE_ORIGIN_HOST"
	envReport  = "OCEAN_CONFORMANCE_REPORT"
	bigSize    = 12 << 20 // beyond the node's 10 MiB checksum cap
	smallBody  = "ocean.go conformance: a small file\n"
	emptySHA   = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	checkLimit = 3 * time.Minute
)

// env is the node under test and what the suite set up around it.
type env struct {
	nodeURL  string
	devnode  bool // the in-process devnet's node: deviation-table skips apply
	backend  *ethclient.Client
	chainID  int64
	contract addresses.Contracts
	pubKey   *ecdsa.PrivateKey // Barge index 1
	conKey   *ecdsa.PrivateKey // Barge index 2
	pub, con *provider.KeySigner

	origin   string // base URL of the suite's file origin
	refused  string // a URL whose port refuses connections
	bigSHA   string
	smallSHA string

	// the published and ordered asset
	did, serviceID string
	datatoken      common.Address
	metadataTx     common.Hash
	orderTx        common.Hash
}

// setup connects to the node named by the environment or starts a devnet.
func setup(ctx context.Context, t *testing.T) *env {
	t.Helper()
	e := &env{}
	if u := os.Getenv(envNode); u != "" {
		e.nodeURL = strings.TrimRight(u, "/")
		rpcURL, addrFile := os.Getenv(envRPC), os.Getenv(envAddr)
		if rpcURL == "" || addrFile == "" {
			t.Fatalf("%s needs %s and %s", envNode, envRPC, envAddr)
		}
		c, err := ethclient.DialContext(ctx, rpcURL)
		if err != nil {
			t.Fatalf("dial %s: %v", rpcURL, err)
		}
		t.Cleanup(c.Close)
		e.backend = c
		id, err := c.ChainID(ctx)
		if err != nil {
			t.Fatalf("chain id: %v", err)
		}
		e.chainID = id.Int64()
		b, err := os.ReadFile(addrFile)
		if err != nil {
			t.Fatal(err)
		}
		f, err := addresses.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		_, n, ok := f.ByChainID(e.chainID)
		if !ok {
			t.Fatalf("%s has no entry for chain %d", addrFile, e.chainID)
		}
		e.contract = n.Contracts
		accs, err := devchain.DeriveAccounts(devchain.BargeMnemonic, 3)
		if err != nil {
			t.Fatal(err)
		}
		e.pubKey, e.conKey = accs[1].Key, accs[2].Key
	} else {
		n, err := devnet.Start(ctx, devnet.Options{})
		if err != nil {
			t.Fatalf("devnet (npm ci installs the contracts): %v", err)
		}
		t.Cleanup(func() { n.Close() })
		e.devnode = true
		e.nodeURL = n.NodeURL()
		e.backend = n.Client()
		e.chainID = addresses.DevChainID
		e.contract = n.Contracts()
		e.pubKey, e.conKey = n.Accounts()[1].Key, n.Accounts()[2].Key
	}
	e.pub, e.con = provider.NewKeySigner(e.pubKey), provider.NewKeySigner(e.conKey)
	e.startOrigin(t)
	e.publish(ctx, t)
	return e
}

// pattern is byte i of the big file.
func pattern(i int64) byte { return byte(i*7 + i>>11) }

type patternReader struct{ off, n int64 }

func (r *patternReader) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.n-r.off)]
	for i := range p {
		p[i] = pattern(r.off + int64(i))
	}
	r.off += int64(len(p))
	return len(p), nil
}

// startOrigin serves small.txt, big.bin (12 MiB, generated as it is sent)
// and 404 for anything else, on 127.0.0.1, named with the origin host.
func (e *env) startOrigin(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /small.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, smallBody)
	})
	mux.HandleFunc("GET /big.bin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Length", strconv.Itoa(bigSize))
		io.Copy(w, &patternReader{n: bigSize})
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	host := os.Getenv(envHost)
	if host == "" {
		host = "localhost"
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	e.origin = "http://" + net.JoinHostPort(host, port)

	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, dport, _ := net.SplitHostPort(dead.Addr().String())
	dead.Close()
	e.refused = "http://" + net.JoinHostPort(host, dport) + "/gone.bin"

	h := sha256.New()
	io.Copy(h, &patternReader{n: bigSize})
	e.bigSHA = hex.EncodeToString(h.Sum(nil))
	s := sha256.Sum256([]byte(smallBody))
	e.smallSHA = hex.EncodeToString(s[:])
}

// client returns an assets client acting as key against the node.
func (e *env) client(t *testing.T, key *ecdsa.PrivateKey) *assets.Client {
	t.Helper()
	prov, err := provider.New(e.nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := indexer.New(e.nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	auth := bind.NewKeyedTransactor(key, big.NewInt(e.chainID))
	tm, err := transact.New(e.backend, auth.From, auth.Signer, transact.Options{PollInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tm.Close)
	account, err := compute.NewAccount(provider.NewKeySigner(key), tm)
	if err != nil {
		t.Fatal(err)
	}
	c, err := assets.New(assets.Config{Provider: prov, Indexer: idx, Backend: e.backend, Account: account,
		Journal: journal.NewMemory(), ChainID: e.chainID, Contracts: e.contract},
		assets.WithPollInterval(20*time.Millisecond, time.Second))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// publish publishes one free asset with the small file (the publisher
// waits until the node's indexer serves it) and orders it as the consumer.
func (e *env) publish(ctx context.Context, t *testing.T) {
	t.Helper()
	key := "conformance-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	pub, err := e.client(t, e.pubKey).Publish(ctx, assets.PublishParams{Key: key,
		Metadata: assets.Metadata{Name: "ocean.go conformance", Description: "provider conformance asset", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: e.origin + "/small.txt"}}, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree}, Checksum: true}}})
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	e.did, e.serviceID, e.datatoken, e.metadataTx = pub.DID, pub.ServiceIDs[0], pub.Datatokens[0], pub.MetadataTx
	o, err := e.client(t, e.conKey).Order(ctx, assets.OrderParams{Key: key + "/order", DID: pub.DID})
	if err != nil {
		t.Fatalf("order: %v", err)
	}
	e.orderTx = o.TxHash
}

// answer is one raw exchange.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a answer) String() string {
	b := string(a.body)
	if len(b) > 200 {
		b = b[:200] + "…"
	}
	return fmt.Sprintf("%d %q", a.status, b)
}

// raw sends one request to the node, without retries.
func (e *env) raw(ctx context.Context, method, path string, q url.Values, h http.Header, body []byte) (answer, error) {
	u := e.nodeURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return answer{}, err
	}
	for k, v := range h {
		req.Header[k] = v
	}
	if body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	return answer{status: resp.StatusCode, header: resp.Header, body: b}, err
}

// signed returns a fresh nonce for s and its signature of cmd, as Ocean
// Node checks them: personal_sign over keccak256(address + nonce + command)
// with leading zero bytes dropped.
func (e *env) signed(ctx context.Context, s *provider.KeySigner, cmd string) (nonce, sig string, err error) {
	p, err := provider.New(e.nodeURL)
	if err != nil {
		return "", "", err
	}
	n, err := p.Nonce(ctx, s.Address())
	if err != nil {
		return "", "", err
	}
	nonce = strconv.FormatUint(n+1, 10)
	return nonce, signAs(ctx, s, nonce, cmd), nil
}

func signAs(ctx context.Context, s *provider.KeySigner, nonce, cmd string) string {
	h := crypto.Keccak256([]byte(s.Address().Hex() + nonce + cmd))
	for len(h) > 0 && h[0] == 0 {
		h = h[1:]
	}
	b, _ := s.SignMessage(ctx, h)
	return "0x" + hex.EncodeToString(b)
}

// countingClient is a provider client (default retries) that counts the
// requests it sends to path.
func (e *env) countingClient(path string) (*provider.Client, *atomic.Int32) {
	var n atomic.Int32
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if strings.HasSuffix(r.URL.Path, path) {
			n.Add(1)
		}
		return http.DefaultTransport.RoundTrip(r)
	})
	p, _ := provider.New(e.nodeURL, nodehttp.WithTransport(rt), nodehttp.WithRetries(3, 10*time.Millisecond, 50*time.Millisecond))
	return p, &n
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// report collects one row per check.
type report struct {
	mu   sync.Mutex
	rows [][3]string
}

func (r *report) add(route, expect, result string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.rows = append(r.rows, [3]string{route, expect, result})
}

func (r *report) markdown(node string, devnode bool) string {
	var b strings.Builder
	kind := "node under test"
	if devnode {
		kind = "in-process devnode"
	}
	fmt.Fprintf(&b, "Provider conformance against %s (%s), expectations: Ocean Node v3.1.0\n\n", node, kind)
	b.WriteString("| route | expectation | result |\n| --- | --- | --- |\n")
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, row := range r.rows {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", esc(row[0]), esc(row[1]), esc(row[2]))
	}
	return b.String()
}

func esc(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ") }

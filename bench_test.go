package ocean_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/devnet"
)

// callCounter is an http.RoundTripper that counts JSON-RPC methods (each
// call of a batch counts) for requests to rpcHost and "METHOD /path" for
// every other host (the node).
type callCounter struct {
	rpcHost string
	mu      sync.Mutex
	rpc     map[string]int
	node    map[string]int
}

func (c *callCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != c.rpcHost {
		c.add(c.node, r.Method+" "+r.URL.Path)
		return http.DefaultTransport.RoundTrip(r)
	}
	var body []byte
	if r.Body != nil {
		var err error
		if body, err = io.ReadAll(r.Body); err != nil {
			return nil, err
		}
		r.Body.Close()
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	var one struct{ Method string }
	var batch []struct{ Method string }
	switch {
	case json.Unmarshal(body, &batch) == nil:
		for _, m := range batch {
			c.add(c.rpc, m.Method)
		}
	case json.Unmarshal(body, &one) == nil:
		c.add(c.rpc, one.Method)
	default:
		c.add(c.rpc, "(unparsed)")
	}
	return http.DefaultTransport.RoundTrip(r)
}

func (c *callCounter) add(m map[string]int, k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	m[k]++
}

// take returns the totals and a sorted breakdown, and resets the counts.
func (c *callCounter) take() (rpc, node int, detail string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	list := func(m map[string]int) string {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s×%d", k, m[k])
		}
		return strings.Join(parts, " ")
	}
	for _, v := range c.rpc {
		rpc += v
	}
	for _, v := range c.node {
		node += v
	}
	detail = fmt.Sprintf("JSON-RPC %d: %s | node %d: %s", rpc, list(c.rpc), node, list(c.node))
	c.rpc, c.node = map[string]int{}, map[string]int{}
	return rpc, node, detail
}

// BenchmarkFreeFlowCalls runs free publish → order → download flows of a
// 10 MiB file through the facade (ocean.Dial over JSON-RPC, a publisher
// and a consumer client, kept across flows as a service keeps them) and
// counts what each flow sends: "rpc/flow" JSON-RPC calls (each call of a
// batch counts) and "node-req/flow" HTTP requests to the node, both
// publisher's and consumer's (issue 15 budget: ≤ 12 and ≤ 4), and
// "ms/flow". The first flow, which also fetches what the clients cache
// (the node's root document, nonces, chain facts), is reported apart as
// "rpc/first-flow" and "node-req/first-flow". -v logs the breakdown.
func BenchmarkFreeFlowCalls(b *testing.B) {
	ctx := b.Context()
	fb := startFlowBench(b, "flow.bin", io.LimitReader(&zeros{}, 10<<20))
	net, fileURL := fb.net, fb.fileURL
	u, err := url.Parse(net.RPCURL())
	if err != nil {
		b.Fatal(err)
	}
	counter := &callCounter{rpcHost: u.Host, rpc: map[string]int{}, node: map[string]int{}}
	hc := &http.Client{Transport: counter}
	pub, cons := fb.dial(b, 5, hc), fb.dial(b, 6, hc)
	counter.take() // dialling is not part of a flow

	// flow runs one flow and returns its counts, phase by phase.
	flow := func(i int) (rpc, node int, detail string) {
		phase := func(name string) {
			r, n, d := counter.take()
			rpc, node = rpc+r, node+n
			detail += "\n  " + name + ": " + d
		}
		key := fmt.Sprintf("bench-flow/%d/%d", time.Now().UnixNano(), i)
		res, err := pub.Assets.Publish(ctx, assets.PublishParams{Key: key,
			Metadata: assets.Metadata{Name: "flow", Description: "free flow benchmark", Author: "ocean.go", License: "MIT"},
			Services: []assets.ServiceParams{{Files: []assets.File{{URL: fileURL}}, Pricing: assets.Pricing{Type: assets.PricingFree}}}})
		if err != nil {
			b.Fatal(err)
		}
		phase("publish")
		o, err := cons.Assets.Order(ctx, assets.OrderParams{Key: key + "/order", DID: res.DID, Asset: res.Asset})
		if err != nil {
			b.Fatal(err)
		}
		phase("order")
		dl, err := cons.Assets.Download(ctx, assets.DownloadParamsFor(o, 0), io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		if dl.Size != 10<<20 {
			b.Fatalf("downloaded %d bytes", dl.Size)
		}
		phase("download")
		return rpc, node, detail
	}
	firstRPC, firstNode, firstDetail := flow(-1)
	b.Logf("first flow: %d JSON-RPC, %d node:%s", firstRPC, firstNode, firstDetail)

	var rpc, node int
	var detail string
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		r, n, d := flow(i)
		rpc, node, detail = rpc+r, node+n, d
	}
	k := float64(b.N)
	b.ReportMetric(float64(rpc)/k, "rpc/flow")
	b.ReportMetric(float64(node)/k, "node-req/flow")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/k, "ms/flow")
	b.ReportMetric(float64(firstRPC), "rpc/first-flow")
	b.ReportMetric(float64(firstNode), "node-req/first-flow")
	b.Logf("last flow:%s", detail)
}

// zeros is an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// flowBench is an in-process devnet serving one file, with its address
// file written out, for the benchmarks that run whole flows through
// ocean.Dial over JSON-RPC.
type flowBench struct {
	net         *devnet.Network
	addressFile string
	fileURL     string
}

// startFlowBench starts the devnet (closed when b ends) and adds the file
// name with content.
func startFlowBench(b *testing.B, name string, content io.Reader) *flowBench {
	b.Helper()
	net, err := devnet.Start(b.Context(), devnet.Options{RPCAddr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = net.Close() })
	raw, err := net.AddressFile()
	if err != nil {
		b.Fatal(err)
	}
	f := &flowBench{net: net, addressFile: filepath.Join(b.TempDir(), "address.json")}
	if err := os.WriteFile(f.addressFile, raw, 0o600); err != nil {
		b.Fatal(err)
	}
	if f.fileURL, err = net.AddFile(name, content); err != nil {
		b.Fatal(err)
	}
	return f
}

// dial returns a client of the devnet's account i (closed when b ends),
// sending its HTTP through hc when hc is not nil.
func (f *flowBench) dial(b *testing.B, i int, hc *http.Client) *ocean.Client {
	b.Helper()
	c, err := ocean.Dial(b.Context(), ocean.Config{Network: addresses.Development, RPCURL: f.net.RPCURL(), NodeURL: f.net.NodeURL(),
		AddressFile: f.addressFile, Signers: ocean.NewKeySigners(f.net.Accounts()[i].Key, f.net.ChainID()), HTTPClient: hc})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = c.Close() })
	return c
}

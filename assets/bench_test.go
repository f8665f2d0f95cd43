package assets_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
)

// rpcMethods counts JSON-RPC methods (batches count once per call inside).
type rpcMethods struct {
	base http.RoundTripper
	mu   sync.Mutex
	m    map[string]int
	n    int // HTTP requests
}

func (c *rpcMethods) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		var one struct{ Method string }
		var many []struct{ Method string }
		c.mu.Lock()
		c.n++
		if json.Unmarshal(b, &many) == nil {
			for _, x := range many {
				c.m[x.Method]++
			}
		} else if json.Unmarshal(b, &one) == nil {
			c.m[one.Method]++
		}
		c.mu.Unlock()
	}
	return c.base.RoundTrip(r)
}

func (c *rpcMethods) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.m {
		n += v
	}
	return n
}

func (c *rpcMethods) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.m))
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, c.m[k])
	}
	return b.String()
}

func (c *rpcMethods) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m, c.n = map[string]int{}, 0
}

// BenchmarkFreeAssetFlow runs publish → order → download of a free asset
// over JSON-RPC and reports the JSON-RPC calls and node requests per flow
// (ocean.js 8 spends 63 and 28), publish → resolvable and order → first
// byte.
func BenchmarkFreeAssetFlow(b *testing.B) {
	accs := net.Accounts()
	pubRPC := &rpcMethods{base: http.DefaultTransport, m: map[string]int{}}
	consRPC := &rpcMethods{base: http.DefaultTransport, m: map[string]int{}}
	pubNode, consNode := &counter{}, &counter{}
	pub := newClient(b, accs[7].Key, wiring{rpcURL: net.RPCURL(), rpcTransport: pubRPC, nodeCount: pubNode})
	cons := newClient(b, accs[8].Key, wiring{rpcURL: net.RPCURL(), rpcTransport: consRPC, nodeCount: consNode})
	ctx := ctxFor(b)
	var publishDur, firstByte time.Duration
	var rpcCalls, nodeReqs int
	var detail string
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		p := sampleParams(b, fmt.Sprintf("bench-%d-%d", time.Now().UnixNano(), i), []byte("bench data"), assets.Pricing{Type: assets.PricingFree})
		p.Services[0].Checksum = false // ocean.js does not ask for checksums either
		pubRPC.reset()
		consRPC.reset()
		pubNode.n.Store(0)
		consNode.n.Store(0)
		b.StartTimer()
		t0 := time.Now()
		res, err := pub.Publish(ctx, p)
		require.NoError(b, err)
		t1 := time.Now()
		o, err := cons.Order(ctx, assets.OrderParams{Key: p.Key + "/order", DID: res.DID, Asset: res.Asset})
		require.NoError(b, err)
		fb := &firstByteWriter{}
		_, err = cons.Download(ctx, assets.DownloadParamsFor(o, 0), fb)
		require.NoError(b, err)
		publishDur += t1.Sub(t0)
		firstByte += fb.at.Sub(t1)
		rpcCalls += pubRPC.total() + consRPC.total()
		nodeReqs += int(pubNode.n.Load() + consNode.n.Load())
		detail = "publisher: " + pubRPC.String() + "| consumer: " + consRPC.String()
	}
	n := float64(b.N)
	b.ReportMetric(float64(rpcCalls)/n, "rpc-calls/flow")
	b.ReportMetric(float64(nodeReqs)/n, "node-reqs/flow")
	b.ReportMetric(float64(publishDur.Milliseconds())/n, "publish-to-resolvable-ms")
	b.ReportMetric(float64(firstByte.Milliseconds())/n, "order-to-first-byte-ms")
	b.Log(detail)
}

type firstByteWriter struct{ at time.Time }

func (w *firstByteWriter) Write(p []byte) (int, error) {
	if w.at.IsZero() && len(p) > 0 {
		w.at = time.Now()
	}
	return len(p), nil
}

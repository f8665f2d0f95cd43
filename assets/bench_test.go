package assets_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/internal/pgtest"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/transact"
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
	accs := devNet.Accounts()
	pubRPC := &rpcMethods{base: http.DefaultTransport, m: map[string]int{}}
	consRPC := &rpcMethods{base: http.DefaultTransport, m: map[string]int{}}
	pubNode, consNode := &counter{}, &counter{}
	pub := newClient(b, accs[7].Key, wiring{rpcURL: devNet.RPCURL(), rpcTransport: pubRPC, nodeCount: pubNode})
	cons := newClient(b, accs[8].Key, wiring{rpcURL: devNet.RPCURL(), rpcTransport: consRPC, nodeCount: consNode})
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

// BenchmarkReplicaPublish measures publishes per second on the devnet by
// 1, 2 and 4 replicas of a service: each replica is a client with its own
// transaction manager and its own PostgresStore on one shared PostgreSQL
// journal, all acting as the same account, and publishes its share of
// the b.N assets one after the other. The replicas' transaction managers
// race for the account's nonces; a flow whose send lost that race more
// often than the manager resyncs (transact.ErrNonceTooLow, or
// ErrUnderpriced for a nonce another replica holds in the pool), or
// whose node request nonce was taken by another replica
// (nodehttp.ErrNonceRejected), is resumed, as a replica's sweep would:
// resumes/op counts them.
func BenchmarkReplicaPublish(b *testing.B) {
	acc := devNet.Accounts()[8]
	for _, n := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("replicas=%d", n), func(b *testing.B) {
			url := pgtest.URL(b)
			clients := make([]*assets.Client, n)
			for i := range clients {
				store, err := journal.OpenPostgres(b.Context(), url)
				require.NoError(b, err)
				b.Cleanup(func() { _ = store.Close() })
				clients[i] = newClient(b, acc.Key, wiring{store: store})
			}
			params := make([]assets.PublishParams, b.N)
			for i := range params {
				params[i] = sampleParams(b, fmt.Sprintf("bench-replicas-%d/%d/%d", n, b.N, i), []byte("r"),
					assets.Pricing{Type: assets.PricingFree})
				params[i].Services[0].Checksum = false
			}
			b.ResetTimer()
			var wg sync.WaitGroup
			var resumes atomic.Int64
			for r, c := range clients {
				wg.Go(func() {
					for i := r; i < len(params); i += n {
						_, err := c.Publish(b.Context(), params[i])
						for try := 0; nonceRace(err) && try < 10; try++ {
							resumes.Add(1)
							_, err = c.Resume(b.Context(), params[i].Key)
						}
						if err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "publishes/s")
			b.ReportMetric(float64(resumes.Load())/float64(b.N), "resumes/op")
		})
	}
}

// nonceRace reports a request refused because another replica acting as
// the same account used its nonce: a transaction nonce (used, or held in
// the pool) or a node request nonce.
func nonceRace(err error) bool {
	return errors.Is(err, transact.ErrNonceTooLow) || errors.Is(err, transact.ErrUnderpriced) ||
		errors.Is(err, nodehttp.ErrNonceRejected)
}

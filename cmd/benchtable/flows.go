package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/devchain"
)

// origin serves pre-filled byte slices from memory at full speed
// (http.ServeContent over a bytes.Reader), as a fast file
// host would.
type origin struct {
	srv   *http.Server
	url   string
	files map[string][]byte
}

func startOrigin(sizes map[string]int) (*origin, error) {
	o := &origin{files: map[string][]byte{}}
	for name, size := range sizes {
		b := make([]byte, size)
		x := uint64(len(name))
		for i := range b {
			if i%8 == 0 {
				x = x*6364136223846793005 + 1442695040888963407
			}
			b[i] = byte(x >> (8 * (i % 8)))
		}
		o.files[name] = b
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	modtime := time.Unix(0, 0)
	o.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := o.files[r.URL.Path[1:]]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		http.ServeContent(w, r, r.URL.Path, modtime, bytes.NewReader(b))
	})}
	o.url = "http://" + l.Addr().String()
	go func() { _ = o.srv.Serve(l) }()
	return o, nil
}

func (o *origin) fileURL(name string) string { return o.url + "/" + name }

func (o *origin) close() { _ = o.srv.Close() }

// parties are the ocean.go clients used against the child devnet, each
// with its own account (one transaction manager per account).
type parties struct {
	counter *counter
	pub     *ocean.Client // account 1
	cons    *ocean.Client // account 2
	pub2    *ocean.Client // account 5, concurrent publishes
	cons2   *ocean.Client // account 6, concurrent orders
}

func dialParties(ctx context.Context, c *child) (*parties, error) {
	accs, err := devchain.DeriveAccounts(devnet.Mnemonic, 7)
	if err != nil {
		return nil, err
	}
	cnt, err := newCounter(c.rpcURL, c.nodeURL)
	if err != nil {
		return nil, err
	}
	hc := &http.Client{Transport: cnt.transport(http.DefaultTransport)}
	dial := func(i int) (*ocean.Client, error) {
		return ocean.Dial(ctx, ocean.Config{Network: addresses.Development, RPCURL: c.rpcURL, NodeURL: c.nodeURL,
			AddressFile: c.addrFile, Signers: ocean.NewKeySigners(accs[i].Key, addresses.DevChainID), HTTPClient: hc})
	}
	p := &parties{counter: cnt}
	for _, x := range []struct {
		c **ocean.Client
		i int
	}{{&p.pub, 1}, {&p.cons, 2}, {&p.pub2, 5}, {&p.cons2, 6}} {
		if *x.c, err = dial(x.i); err != nil {
			p.close()
			return nil, err
		}
	}
	return p, nil
}

func (p *parties) close() {
	for _, c := range []*ocean.Client{p.pub, p.cons, p.pub2, p.cons2} {
		if c != nil {
			_ = c.Close()
		}
	}
}

func publishParams(key string, pricing assets.Pricing, urls ...string) assets.PublishParams {
	files := make([]assets.File, len(urls))
	for i, u := range urls {
		files[i] = assets.File{URL: u}
	}
	return assets.PublishParams{Key: key,
		Metadata: assets.Metadata{Name: "bench " + key, Description: "make bench", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: files, Pricing: pricing}}}
}

// flowResult is one publish → order → download.
type flowResult struct {
	Publish, Order, Download time.Duration
	PubCounts, OrderCounts   counts
	DownloadCounts           counts
}

func (r flowResult) total() time.Duration { return r.Publish + r.Order + r.Download }

func (r flowResult) counts() counts {
	return r.PubCounts.add(r.OrderCounts).add(r.DownloadCounts)
}

// flow publishes fileURL with pricing as the publisher, then the consumer
// resolves it by DID, orders it and downloads the file to io.Discard. The
// counts are exact when no other flow runs at the same time.
func (p *parties) flow(ctx context.Context, key string, pricing assets.Pricing, fileURL string) (flowResult, error) {
	var r flowResult
	c0 := p.counter.snapshot()
	t0 := time.Now()
	pub, err := p.pub.Assets.Publish(ctx, publishParams(key, pricing, fileURL))
	if err != nil {
		return r, fmt.Errorf("publish: %w", err)
	}
	t1, c1 := time.Now(), p.counter.snapshot()
	o, err := p.cons.Assets.Order(ctx, assets.OrderParams{Key: key + "/order", DID: pub.DID})
	if err != nil {
		return r, fmt.Errorf("order: %w", err)
	}
	t2, c2 := time.Now(), p.counter.snapshot()
	if _, err := p.cons.Assets.Download(ctx, assets.DownloadParamsFor(o, 0), io.Discard); err != nil {
		return r, fmt.Errorf("download: %w", err)
	}
	t3, c3 := time.Now(), p.counter.snapshot()
	return flowResult{Publish: t1.Sub(t0), Order: t2.Sub(t1), Download: t3.Sub(t2),
		PubCounts: c1.sub(c0), OrderCounts: c2.sub(c1), DownloadCounts: c3.sub(c2)}, nil
}

// downloadRatio publishes one asset with the origin's files, orders it,
// then downloads each file reps times through the node and directly,
// alternating which goes first; it returns direct time ÷ node time per
// file (a throughput ratio: 1 means the node costs nothing) and the mean
// time of a download each way.
func (p *parties) downloadRatio(ctx context.Context, key string, o *origin, names []string, reps []int) (ratios []float64, nodeTimes, directTimes []time.Duration, err error) {
	urls := make([]string, len(names))
	for i, n := range names {
		urls[i] = o.fileURL(n)
	}
	pub, err := p.pub.Assets.Publish(ctx, publishParams(key, assets.Pricing{Type: assets.PricingFree}, urls...))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("publish: %w", err)
	}
	ord, err := p.cons.Assets.Order(ctx, assets.OrderParams{Key: key + "/order", DID: pub.DID})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("order: %w", err)
	}
	direct := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	ratios = make([]float64, len(names))
	nodeTimes = make([]time.Duration, len(names))
	directTimes = make([]time.Duration, len(names))
	for i, name := range names {
		size := int64(len(o.files[name]))
		viaNode := func() (time.Duration, error) {
			start := time.Now()
			res, err := p.cons.Assets.Download(ctx, assets.DownloadParamsFor(ord, i), io.Discard)
			if err == nil && res.Size != size {
				err = fmt.Errorf("node sent %d bytes, want %d", res.Size, size)
			}
			return time.Since(start), err
		}
		viaGET := func() (time.Duration, error) {
			start := time.Now()
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, urls[i], nil)
			if err != nil {
				return 0, err
			}
			resp, err := direct.Do(req)
			if err != nil {
				return 0, err
			}
			n, err := io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if err == nil && n != size {
				err = fmt.Errorf("origin sent %d bytes, want %d", n, size)
			}
			return time.Since(start), err
		}
		var nodeT, directT time.Duration
		for r := range reps[i] {
			order := []bool{true, false} // through the node first
			if r%2 == 1 {
				order = []bool{false, true}
			}
			for _, node := range order {
				f, sum := viaGET, &directT
				if node {
					f, sum = viaNode, &nodeT
				}
				d, err := f()
				if err != nil {
					return nil, nil, nil, fmt.Errorf("%s: %w", name, err)
				}
				*sum += d
			}
		}
		ratios[i] = directT.Seconds() / nodeT.Seconds()
		nodeTimes[i] = nodeT / time.Duration(reps[i])
		directTimes[i] = directT / time.Duration(reps[i])
	}
	return ratios, nodeTimes, directTimes, nil
}

// concurrentOrders publishes n free assets concurrently (account 5), then
// orders all of them concurrently from one account (account 6). It returns
// the time of each phase and the number of failures.
func (p *parties) concurrentOrders(ctx context.Context, key string, n int, fileURL string) (pubTime, orderTime time.Duration, failed int, firstErr error) {
	dids := make([]string, n)
	errs := make([]error, n)
	run := func(f func(i int) error) time.Duration {
		var wg sync.WaitGroup
		start := time.Now()
		for i := range n {
			wg.Go(func() { errs[i] = f(i) })
		}
		wg.Wait()
		return time.Since(start)
	}
	pubTime = run(func(i int) error {
		res, err := p.pub2.Assets.Publish(ctx, publishParams(fmt.Sprintf("%s/%d", key, i), assets.Pricing{Type: assets.PricingFree}, fileURL))
		if err == nil {
			dids[i] = res.DID
		}
		return err
	})
	for _, err := range errs {
		if err != nil {
			return pubTime, 0, n, fmt.Errorf("publish: %w", err)
		}
	}
	orderTime = run(func(i int) error {
		_, err := p.cons2.Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/%d/order", key, i), DID: dids[i]})
		return err
	})
	for _, err := range errs {
		if err != nil {
			failed++
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return pubTime, orderTime, failed, firstErr
}

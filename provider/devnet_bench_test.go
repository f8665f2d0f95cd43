package provider_test

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/provider"
)

// BenchmarkDownloadVsDirect10MiB is downloadVsDirect for a 10 MiB file,
// where the fixed cost of a download (nonce, signature, the node's order
// check) weighs most.
func BenchmarkDownloadVsDirect10MiB(b *testing.B) { downloadVsDirect(b, 10<<20) }

// BenchmarkDownloadVsDirect200MiB is downloadVsDirect for a 200 MiB file,
// where the streaming path weighs most.
func BenchmarkDownloadVsDirect200MiB(b *testing.B) { downloadVsDirect(b, 200<<20) }

// downloadVsDirect serves size bytes from an in-memory origin
// (http.ServeContent) and, in each iteration, downloads them once through
// the devnet node with Client.Download (signed request, the node's order
// check on chain, the node streaming from the origin) and once directly
// from the origin with a plain GET (alternating which goes first), both
// through a keep-alive transport. It reports "ratio" = direct time ÷
// download time (issue 15's "download through the node ÷ direct"; budget
// ≥ 0.95), both throughputs and both times to the first byte.
func downloadVsDirect(b *testing.B, size int) {
	ctx := b.Context()
	net, err := devnet.Start(ctx, devnet.Options{})
	if errors.Is(err, devnet.ErrContractsNotInstalled) {
		b.Skip("@oceanprotocol/contracts not installed")
	}
	if err != nil {
		b.Fatal(err)
	}
	defer net.Close()
	content := make([]byte, size)
	if _, err := io.ReadFull(&noise{x: 7}, content); err != nil {
		b.Fatal(err)
	}
	modified := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	origin := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "data.bin", modified, bytes.NewReader(content))
	}))
	defer origin.Close()
	fileURL := origin.URL + "/data.bin"

	c, err := provider.New(net.NodeURL())
	if err != nil {
		b.Fatal(err)
	}
	a := publishAndOrder(b, ctx, net, c, fileURL)
	req := provider.DownloadRequest{DID: a.did, ServiceID: a.serviceID, TransferTxID: a.orderTx,
		Auth: provider.SignedBy(a.consumer), ExpectedSize: int64(size)}
	direct := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	getDirect := func(w io.Writer) {
		resp, err := direct.Get(fileURL)
		if err != nil {
			b.Fatal(err)
		}
		n, err := io.Copy(w, resp.Body)
		resp.Body.Close()
		if err != nil || n != int64(size) {
			b.Fatalf("direct: %d bytes, %v", n, err)
		}
	}
	// Warm both paths: the client's root document and nonce, the
	// connections.
	if _, err := c.Download(ctx, req, io.Discard); err != nil {
		b.Fatal(err)
	}
	getDirect(io.Discard)

	var dlT, dirT, dlFirst, dirFirst time.Duration
	b.SetBytes(int64(size))
	b.ResetTimer()
	viaNode := func() {
		w := &firstByte{start: time.Now()}
		if _, err := c.Download(ctx, req, w); err != nil {
			b.Fatalf("download: %v", err)
		}
		dlT += time.Since(w.start)
		dlFirst += w.ttfb
	}
	fromOrigin := func() {
		w := &firstByte{start: time.Now()}
		getDirect(w)
		dirT += time.Since(w.start)
		dirFirst += w.ttfb
	}
	// Alternate which side goes first, so that neither always runs
	// right after the other's garbage or in its cache's shadow.
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			viaNode()
			fromOrigin()
		} else {
			fromOrigin()
			viaNode()
		}
	}
	k := float64(b.N)
	mib := float64(size) / (1 << 20)
	b.ReportMetric(dirT.Seconds()/dlT.Seconds(), "ratio")
	b.ReportMetric(mib/(dlT.Seconds()/k), "node-MiB/s")
	b.ReportMetric(mib/(dirT.Seconds()/k), "direct-MiB/s")
	b.ReportMetric(float64(dlFirst.Microseconds())/k, "node-ttfb-µs")
	b.ReportMetric(float64(dirFirst.Microseconds())/k, "direct-ttfb-µs")
}

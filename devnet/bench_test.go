package devnet_test

import (
	"context"
	"testing"
	"time"

	"github.com/oceango/ocean.go/devnet"
)

// BenchmarkColdStart measures devnet.Start until chain, contracts, node and
// file origin are usable, then Close (budget: start ≤ 1.5 s). It reports
// the start time alone.
func BenchmarkColdStart(b *testing.B) {
	ctx := context.Background()
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		net, err := devnet.Start(ctx, devnet.Options{})
		if err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		net.Close()
	}
	b.ReportMetric(total.Seconds()/float64(b.N), "s/start")
}

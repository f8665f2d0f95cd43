package compute_test

import (
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// statusCounter counts the status polls that reach the node.
type statusCounter struct{ polls atomic.Int64 }

func (s *statusCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/api/services/compute") {
		s.polls.Add(1)
	}
	return http.DefaultTransport.RoundTrip(r)
}

// unixSeconds parses the node's "1763737008.123".
func unixSeconds(s string) time.Time {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f == 0 {
		return time.Time{}
	}
	return time.UnixMilli(int64(f * 1000))
}

// BenchmarkStartToFinished runs a trivial free job (a raw shell
// algorithm) on the devnet per iteration: Run (initialize + start), then
// Wait with a 10 ms minimum interval (the devnode has no rate limit). It
// reports the start-to-finished latency seen by the caller, the status
// polls per job, and Watch's overshoot: how long after the node recorded
// the job's end Wait returned (the cost of polling rather than being
// told).
func BenchmarkStartToFinished(b *testing.B) {
	f := devnetFixture(b)
	ctx := b.Context()
	counter := &statusCounter{}
	p, err := provider.New(f.net.NodeURL(), nodehttp.WithTransport(counter))
	if err != nil {
		b.Fatal(err)
	}
	_, acct := f.consumer(b)
	c, err := compute.New(compute.Config{Provider: p, Account: signerOnly(b, acct.Key), ChainID: addresses.DevChainID})
	if err != nil {
		b.Fatal(err)
	}
	ds := f.publishDataset(b, ctx, "bench data", "bench", true)
	spec := compute.Spec{Free: true, Datasets: []compute.Asset{ds.asset()},
		Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "echo ok > outputs/ok", Container: shellContainer}}}
	opts := compute.WatchOptions{MinInterval: 10 * time.Millisecond, MaxInterval: 100 * time.Millisecond}
	var total, overshoot time.Duration
	counter.polls.Store(0)
	for b.Loop() {
		start := time.Now()
		job, err := c.Run(ctx, spec)
		if err != nil {
			b.Fatal(err)
		}
		st, err := c.Wait(ctx, job.ID, opts)
		if err != nil {
			b.Fatal(err)
		}
		done := time.Now()
		total += done.Sub(start)
		if end := unixSeconds(st.DateFinished); !end.IsZero() {
			overshoot += done.Sub(end)
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(total.Microseconds())/n/1000, "start-to-finished-ms")
	b.ReportMetric(float64(counter.polls.Load())/n, "polls/job")
	b.ReportMetric(float64(overshoot.Microseconds())/n/1000, "watch-overshoot-ms")
}

// BenchmarkStatusPoll measures one Watch poll (Client.Status) against
// the provider call it wraps, in the same run, and reports the ratio.
func BenchmarkStatusPoll(b *testing.B) {
	f := devnetFixture(b)
	ctx := b.Context()
	c, acct := f.consumer(b)
	ds := f.publishDataset(b, ctx, "poll data", "poll", true)
	job, err := c.Run(ctx, compute.Spec{Free: true, Datasets: []compute.Asset{ds.asset()},
		Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{Code: "true", Container: shellContainer}}})
	if err != nil {
		b.Fatal(err)
	}
	var viaCompute, direct time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := c.Status(ctx, job.ID); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := f.prov.ComputeStatus(ctx, acct.Address, job.ID, ""); err != nil {
			b.Fatal(err)
		}
		viaCompute += t1.Sub(t0)
		direct += time.Since(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(viaCompute.Microseconds())/n, "status-µs")
	b.ReportMetric(float64(direct.Microseconds())/n, "provider-µs")
	b.ReportMetric(viaCompute.Seconds()/direct.Seconds(), "overhead-ratio")
}

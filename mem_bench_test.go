package ocean_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"

	"github.com/oceango/ocean.go/assets"
)

// BenchmarkDevnetMemory runs b.N free publish → order → download flows of
// a 1 KiB file against an in-process devnet (ocean.Dial over JSON-RPC, as
// BenchmarkFreeFlowCalls) and reports the process's memory: "MB-idle" and
// "MB-after" (heap in use after a GC, runtime.MemStats.HeapInuse) and
// "KB/flow", their difference per flow, plus "MB-rss-idle" and
// "MB-rss-after" (VmRSS of /proc/self/status, 0 where there is none). The
// harness's clients live in the same process, so the figures bound the
// devnet's from above. Run it with -benchtime=300x and -memprofile to see
// what grows with the number of flows (issue 15: devnet memory flat over
// 1,000 flows): with OCEANGO_HEAPPROFILE=prefix set it writes heap
// profiles prefix-idle.prof and prefix-after.prof while the devnet still
// runs (go tool pprof -top -inuse_space).
func BenchmarkDevnetMemory(b *testing.B) {
	ctx := b.Context()
	fb := startFlowBench(b, "mem.bin", bytes.NewReader(make([]byte, 1024)))
	fileURL := fb.fileURL
	pub, cons := fb.dial(b, 5, nil), fb.dial(b, 6, nil)
	flow := func(i int) {
		key := fmt.Sprintf("mem-flow/%d", i)
		res, err := pub.Assets.Publish(ctx, assets.PublishParams{Key: key,
			Metadata: assets.Metadata{Name: "flow", Description: "memory benchmark", Author: "ocean.go", License: "MIT"},
			Services: []assets.ServiceParams{{Files: []assets.File{{URL: fileURL}}, Pricing: assets.Pricing{Type: assets.PricingFree}}}})
		if err != nil {
			b.Fatal(err)
		}
		o, err := cons.Assets.Order(ctx, assets.OrderParams{Key: key + "/order", DID: res.DID, Asset: res.Asset})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := cons.Assets.Download(ctx, assets.DownloadParamsFor(o, 0), &bytes.Buffer{}); err != nil {
			b.Fatal(err)
		}
	}
	flow(-1) // warms the clients' caches
	idle, rssIdle := heapInuseMB(), vmRSSMB()
	writeHeapProfile(b, "idle")
	for i := 0; b.Loop(); i++ {
		flow(i)
	}
	b.StopTimer()
	after, rssAfter := heapInuseMB(), vmRSSMB()
	writeHeapProfile(b, "after")
	b.ReportMetric(idle, "MB-idle")
	b.ReportMetric(after, "MB-after")
	b.ReportMetric((after-idle)*1024/float64(b.N), "KB/flow")
	b.ReportMetric(rssIdle, "MB-rss-idle")
	b.ReportMetric(rssAfter, "MB-rss-after")
}

// writeHeapProfile writes a heap profile to $OCEANGO_HEAPPROFILE-name.prof
// when that variable is set.
func writeHeapProfile(b *testing.B, name string) {
	prefix := os.Getenv("OCEANGO_HEAPPROFILE")
	if prefix == "" {
		return
	}
	f, err := os.Create(prefix + "-" + name + ".prof")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		b.Fatal(err)
	}
}

// heapInuseMB returns the heap in use after a collection, in MB.
func heapInuseMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse) / (1 << 20)
}

// vmRSSMB returns the process's resident set (VmRSS) in MB, or 0 where
// /proc/self/status does not exist.
func vmRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
)

type config struct {
	out       string
	oceanBin  string
	flows     int
	starts    int
	orders    int
	bigMiB    int
	peers     bool
	peersDir  string
	peerFlows int
	timeout   time.Duration
}

func main() {
	var cfg config
	flag.StringVar(&cfg.out, "out", "", "also write the table (with the machine) to this file")
	flag.StringVar(&cfg.oceanBin, "ocean", "", "the ocean binary to start (default: built from ./cmd/ocean)")
	flag.IntVar(&cfg.flows, "flows", 30, "free publish → order → download flows for the memory slope and flow figures")
	flag.IntVar(&cfg.starts, "starts", 5, "`ocean devnet` process starts (median)")
	flag.IntVar(&cfg.orders, "orders", 50, "concurrent orders from one account")
	flag.IntVar(&cfg.bigMiB, "big", 200, "size in MiB of the large download")
	flag.BoolVar(&cfg.peers, "peers", false, "run ocean.js 8 from -peers-dir on the same devnet (make bench-peers)")
	flag.StringVar(&cfg.peersDir, "peers-dir", "bench/peers", "folder with flow.mjs and ocean.js installed")
	flag.IntVar(&cfg.peerFlows, "peer-flows", 5, "timed ocean.js flows")
	flag.DurationVar(&cfg.timeout, "timeout", 9*time.Minute, "give up after this long")
	flag.Parse()
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}

// logf reports progress on stderr, so that stdout is the table alone.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchtable: "+format+"\n", args...)
}

func run(cfg config, stdout io.Writer) error {
	if cfg.flows < 2 || cfg.starts < 1 || cfg.orders < 1 {
		return errors.New("-flows must be at least 2, -starts and -orders at least 1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	began := time.Now()
	var rows []row

	logf("DDO validation (one core)")
	strict, ref, err := validationRates()
	if err != nil {
		return err
	}
	rows = append(rows, row{"DDO validations/s, one core, TV1", "ddo-js 0.2.0: 3.7/s (quoted)",
		perSecond(strict) + " strict, " + perSecond(ref) + " reference", "≥ 50k/s strict", verdict(strict >= 50_000)})

	logf("devnet.Start in process")
	var inproc []time.Duration
	for range 3 {
		start := time.Now()
		n, err := devnet.Start(ctx, devnet.Options{})
		if err != nil {
			return fmt.Errorf("devnet.Start: %w", err)
		}
		inproc = append(inproc, time.Since(start))
		_ = n.Close()
	}

	dir, err := os.MkdirTemp("", "benchtable-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := cfg.oceanBin
	if bin == "" {
		logf("building ./cmd/ocean")
		bin = filepath.Join(dir, "ocean")
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/ocean")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build ./cmd/ocean: %w", err)
		}
	}

	logf("`ocean devnet` starts ×%d", cfg.starts)
	var ready []time.Duration
	var idleRSS []float64
	var dev *child
	for i := range cfg.starts {
		c, err := startChild(ctx, bin, dir)
		if err != nil {
			return err
		}
		ready = append(ready, c.Ready)
		rss, _, err := c.memory()
		if err != nil {
			_ = c.stop()
			return err
		}
		idleRSS = append(idleRSS, float64(rss)/1e6)
		if i == cfg.starts-1 {
			dev = c
			break
		}
		if err := c.stop(); err != nil {
			logf("ocean devnet stop: %v", err)
		}
	}
	defer dev.stop()
	rows = append(rows, row{"`ocean devnet`: process start → chain and node answering",
		"Ocean Node stack ~17 s (quoted)",
		fmt.Sprintf("%s median of %d (in-process devnet.Start %s)", ms(median(ready)), len(ready), ms(median(inproc))),
		"≤ 0.5 s", verdict(median(ready) <= 500*time.Millisecond)})

	const small = 10 << 20
	org, err := startOrigin(map[string]int{"f10": small, "big": cfg.bigMiB << 20})
	if err != nil {
		return err
	}
	defer org.close()
	p, err := dialParties(ctx, dev)
	if err != nil {
		return fmt.Errorf("dial the devnet: %w", err)
	}
	defer p.close()
	run := time.Now().UnixNano()

	logf("%d free flows (10 MiB)", cfg.flows)
	var flows []flowResult
	rssAfter := make([]float64, 0, cfg.flows)
	for i := range cfg.flows {
		r, err := p.flow(ctx, fmt.Sprintf("bench-%d/free/%d", run, i), assets.Pricing{Type: assets.PricingFree}, org.fileURL("f10"))
		if err != nil {
			return fmt.Errorf("free flow %d: %w", i, err)
		}
		flows = append(flows, r)
		rss, _, err := dev.memory()
		if err != nil {
			return err
		}
		rssAfter = append(rssAfter, float64(rss)/1e6)
	}
	perFlow := slope(rssAfter)
	idle := idleRSS[len(idleRSS)-1]
	last := rssAfter[len(rssAfter)-1]
	projected := last + perFlow*float64(1000-cfg.flows)
	_, hwm, err := dev.memory()
	if err != nil {
		return err
	}
	rows = append(rows, row{"devnet resident memory (`ocean devnet` process)", "Ocean Node 190–343 MB (quoted)",
		fmt.Sprintf("%.0f MB idle, %+.2f MB per flow (%.0f MB after %d flows, peak %.0f MB; %.0f MB projected at 1,000)",
			idle, perFlow, last, cfg.flows, float64(hwm)/1e6, projected),
		"≤ 80 MB, flat over 1,000 flows", verdict(idle <= 80 && projected <= 80)})

	logf("download ratios")
	ratios, nodeTimes, directTimes, err := p.downloadRatio(ctx, fmt.Sprintf("bench-%d/ratio", run), org, []string{"f10", "big"}, []int{10, 4})
	if err != nil {
		return fmt.Errorf("download ratio: %w", err)
	}
	rows = append(rows, row{fmt.Sprintf("download through the node ÷ direct from the origin, 10 MiB · %d MiB", cfg.bigMiB),
		"Ocean Node 0.05× · 0.13× (quoted)",
		fmt.Sprintf("%.2f× · %.2f× (per download, node vs direct: %s vs %s · %s vs %s)", ratios[0], ratios[1],
			ms(nodeTimes[0]), ms(directTimes[0]), ms(nodeTimes[1]), ms(directTimes[1])),
		"≥ 0.95× both", verdict(ratios[0] >= 0.95 && ratios[1] >= 0.95)})

	logf("paid flow")
	paid, err := p.flow(ctx, fmt.Sprintf("bench-%d/paid", run), assets.Pricing{Type: assets.PricingFixed,
		Rate: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)}, org.fileURL("f10"))
	if err != nil {
		return fmt.Errorf("paid flow: %w", err)
	}

	logf("%d concurrent orders from one account", cfg.orders)
	pubTime, orderTime, failed, orderErr := p.concurrentOrders(ctx, fmt.Sprintf("bench-%d/conc", run), cfg.orders, org.fileURL("f10"))
	if orderErr != nil && failed == cfg.orders && orderTime == 0 {
		return fmt.Errorf("concurrent orders: %w", orderErr)
	}

	var peer *peerResult
	if cfg.peers {
		logf("ocean.js flows")
		if peer, err = runPeers(ctx, cfg, dev, org.fileURL("f10")); err != nil {
			return fmt.Errorf("ocean.js: %w", err)
		}
	}

	// Flow rows.
	totals := make([]time.Duration, len(flows))
	var sum counts // steady state: the first flow also discovers the node, reads fees, ...
	for i, f := range flows {
		totals[i] = f.total()
		if i > 0 {
			sum = sum.add(f.counts())
		}
	}
	medFlow := median(totals)
	n := float64(len(flows) - 1)
	first := flows[0].counts()
	rpcPerFlow, nodePerFlow := float64(sum.RPCCalls)/n, float64(sum.Node)/n
	jsMS, jsSource := 2147.0, "ocean.js 8: 2,147 ms (quoted)"
	jsCounts := "ocean.js: 63 · 14 (quoted)"
	jsTx := "ocean.js 2 / 2 / 3 (quoted)"
	if peer != nil {
		jsMS = float64(peer.median.Microseconds()) / 1e3
		jsSource = fmt.Sprintf("ocean.js 8: %s (median of %d, this run)", ms(peer.median), peer.flows)
		jsCounts = fmt.Sprintf("ocean.js: %d · %d (this run)", peer.counts.RPCCalls, peer.counts.Node)
		jsTx = fmt.Sprintf("ocean.js %d / %d / 3 (this run; paid quoted)", peer.pubTxs, peer.orderTxs)
	}
	ratio := float64(medFlow.Microseconds()) / 1e3 / jsMS
	rows = append(rows,
		row{"free publish → order → download, 10 MiB, same devnet", jsSource,
			fmt.Sprintf("%s median of %d (publish %s, order %s, download %s; %.2f× ocean.js)", ms(medFlow), len(flows),
				ms(median(pick(flows, func(f flowResult) time.Duration { return f.Publish }))),
				ms(median(pick(flows, func(f flowResult) time.Duration { return f.Order }))),
				ms(median(pick(flows, func(f flowResult) time.Duration { return f.Download }))), ratio),
			"≤ 0.25× ocean.js", verdict(ratio <= 0.25)},
		row{"JSON-RPC calls · node requests per free flow", jsCounts,
			fmt.Sprintf("%.1f · %.1f (mean of flows 2–%d; the first: %d · %d)", rpcPerFlow, nodePerFlow, len(flows), first.RPCCalls, first.Node),
			"≤ 12 · ≤ 4", verdict(rpcPerFlow <= 12 && nodePerFlow <= 4)})
	last0 := flows[len(flows)-1]
	rows = append(rows, row{"transactions: publish / free order / paid order", jsTx,
		fmt.Sprintf("%d / %d / %d", last0.PubCounts.Txs, last0.OrderCounts.Txs, paid.OrderCounts.Txs),
		"stays at the floor (2 / 1 / 2)",
		verdict(last0.PubCounts.Txs <= 2 && last0.OrderCounts.Txs <= 1 && paid.OrderCounts.Txs <= 2)})

	concValue := fmt.Sprintf("%.1f orders/s (%d in flight, %d failed; %d concurrent publishes: %.1f/s)",
		float64(cfg.orders-failed)/orderTime.Seconds(), cfg.orders, failed, cfg.orders, float64(cfg.orders)/pubTime.Seconds())
	if orderErr != nil {
		concValue += "; first error: " + firstLine(orderErr.Error())
	}
	rows = append(rows, row{"concurrent orders from one account", "—", concValue,
		"all succeed, no nonce errors", verdict(failed == 0)})

	logf("journal")
	jfile, jmem, err := journalRates(dir)
	if err != nil {
		return err
	}
	rows = append(rows, row{"journal Put (compare-and-swap update)", "—",
		perSecond(jfile) + " file store (fsync'd), " + perSecond(jmem) + " memory", "—", "—"})

	var out strings.Builder
	writeTable(&out, rows)
	writeKinds(&out, flows)
	fmt.Fprintf(&out, "\n%s; %s; %d free flows, %d `ocean devnet` starts, %d concurrent orders; the table took %s.\n",
		machine(), time.Now().UTC().Format("2006-01-02 15:04 MST"), cfg.flows, cfg.starts, cfg.orders, time.Since(began).Round(time.Second))
	fmt.Fprint(stdout, out.String())
	if cfg.out != "" {
		return os.WriteFile(cfg.out, []byte(out.String()), 0o644)
	}
	return nil
}

// writeKinds writes, for each step of a free flow, the mean requests of
// flows 2–N by JSON-RPC method and node endpoint: where the calls of the
// "per free flow" row go.
func writeKinds(w io.Writer, flows []flowResult) {
	if len(flows) < 2 {
		return
	}
	n := float64(len(flows) - 1)
	fmt.Fprintf(w, "\nRequests per free flow by step (mean of flows 2–%d):\n\n", len(flows))
	for _, step := range []struct {
		name string
		get  func(flowResult) counts
	}{
		{"publish", func(f flowResult) counts { return f.PubCounts }},
		{"order", func(f flowResult) counts { return f.OrderCounts }},
		{"download", func(f flowResult) counts { return f.DownloadCounts }},
	} {
		var sum counts
		for _, f := range flows[1:] {
			sum = sum.add(step.get(f))
		}
		kinds := make([]string, 0, len(sum.ByKind))
		for k := range sum.ByKind {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		parts := make([]string, len(kinds))
		for i, k := range kinds {
			v := float64(sum.ByKind[k]) / n
			format := "%s %.1f"
			if v < 0.05 {
				format = "%s %.2f" // a request of one flow in many
			}
			parts[i] = fmt.Sprintf(format, k, v)
		}
		fmt.Fprintf(w, "- %s: %.1f · %.1f — %s\n", step.name, float64(sum.RPCCalls)/n, float64(sum.Node)/n, strings.Join(parts, ", "))
	}
}

func pick(fs []flowResult, f func(flowResult) time.Duration) []time.Duration {
	out := make([]time.Duration, len(fs))
	for i, x := range fs {
		out[i] = f(x)
	}
	return out
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}

// validationRates measures ddo.Validate on TV1 with GOMAXPROCS 1, strict
// and in ReferenceMode, in validations per second.
func validationRates() (strict, ref float64, err error) {
	data, err := os.ReadFile(filepath.Join("ddo", "testdata", "tv1.json"))
	if err != nil {
		return 0, 0, fmt.Errorf("TV1 (run from the repository root): %w", err)
	}
	if err := ddo.Validate(data); err != nil {
		return 0, 0, fmt.Errorf("TV1 does not validate: %w", err)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	rate := func(opts ...ddo.Option) float64 {
		r := testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				_ = ddo.Validate(data, opts...)
			}
		})
		return float64(r.N) / r.T.Seconds()
	}
	return rate(), rate(ddo.ReferenceMode()), nil
}

// journalRates measures Put (an update of one entry, compare-and-swap on
// its version) on a FileStore in dir and on a MemoryStore.
func journalRates(dir string) (file, mem float64, err error) {
	fs, err := journal.Open(filepath.Join(dir, "journal"))
	if err != nil {
		return 0, 0, err
	}
	defer fs.Close()
	ms := journal.NewMemory()
	defer ms.Close()
	rate := func(s journal.Store) (float64, error) {
		ctx := context.Background()
		e := &journal.Entry{Key: "bench", Flow: "publish", Status: "PENDING",
			Payload: []byte(`{"tx":"0x6b1d0f5bd5e3b9d4b1f0bde5f0b9d2f5a3b1c6d7e8f9a0b1c2d3e4f5a6b7c8d9","nonce":42}`)}
		if err := s.Create(ctx, e); err != nil {
			return 0, err
		}
		var putErr error
		r := testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				if err := s.Put(ctx, e); err != nil {
					putErr = err
					b.FailNow()
				}
			}
		})
		return float64(r.N) / r.T.Seconds(), putErr
	}
	if file, err = rate(fs); err != nil {
		return 0, 0, err
	}
	mem, err = rate(ms)
	return file, mem, err
}

// machine describes the machine: cores, CPU model, Go version, OS/arch.
func machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d cores (%s), %s %s/%s", runtime.NumCPU(), model, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

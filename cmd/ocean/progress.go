package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/oceango/ocean.go/assets"
)

// downloadBar draws a download's progress on a terminal with
// github.com/schollz/progressbar: bytes done and total, percent, rate and
// ETA, for example
//
//	data.csv  50% |██████████          | (150/300 MiB, 25 MiB/s) [6s:6s]
//
// The library blanks the whole previous line before each redraw, so a
// shorter line never leaves characters of a longer one behind. The bar
// counts only the bytes of this run (a resumed download's bar starts at
// zero of what is left), so the rate and ETA are this run's. Its update
// method fits provider.DownloadRequest.Progress and runs on the
// downloading goroutine; finish clears the line.
type downloadBar struct {
	w        io.Writer
	label    string
	base     int64 // bytes already there when this run started (resume)
	throttle time.Duration
	bar      *progressbar.ProgressBar
}

func newDownloadBar(w io.Writer, label string, base int64) *downloadBar {
	if base > 0 {
		label += " (resumed)"
	}
	return &downloadBar{w: w, label: label, base: base, throttle: 100 * time.Millisecond}
}

// update records written of total bytes (total <= 0: unknown); the bar
// is created on the first call, once the total is known.
func (d *downloadBar) update(written, total int64) {
	if d.bar == nil {
		size := int64(-1)
		if total > 0 {
			size = max(total-d.base, 1)
		}
		d.bar = progressbar.NewOptions64(size,
			progressbar.OptionSetWriter(d.w),
			progressbar.OptionSetDescription(d.label),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionUseIECUnits(true),
			progressbar.OptionSetWidth(20),
			progressbar.OptionThrottle(d.throttle),
			progressbar.OptionClearOnFinish(),
			// No ticker goroutine for an unknown size: the spinner
			// moves with the data.
			progressbar.OptionSetSpinnerChangeInterval(0),
		)
	}
	_ = d.bar.Set64(max(written-d.base, 0)) // only a full bar errors; it stays drawn
}

// finish clears the bar's line (the result or the error is printed next).
func (d *downloadBar) finish() {
	if d.bar == nil {
		return
	}
	_ = d.bar.Exit()
	_ = d.bar.Clear()
}

// stepPrinter returns an assets.WithAfterStep hook that prints one line
// on w for each finished step of a flow. Flows may run side by side
// (compute orders its dataset and algorithm), so writes are serialized.
func stepPrinter(w io.Writer) func(key, point string) {
	// stepDone words the flow statuses that end a step (assets.WithAfterStep
	// points) for a person watching publish, order and compute.
	stepDone := map[string]string{
		assets.StatusNFTCreated:       "publish: data NFT created",
		assets.StatusDatatokenCreated: "publish: datatoken created",
		assets.StatusPricingSet:       "publish: price set",
		assets.StatusCapMinted:        "publish: datatokens minted",
		assets.StatusDDOReady:         "publish: DDO encrypted",
		assets.StatusMetadataSet:      "publish: metadata set on chain",
		assets.StatusAcquired:         "order: datatoken bought",
		assets.StatusOrdered:          "order: order placed",
		assets.StatusDatasetOrdered:   "compute: dataset ordered",
		assets.StatusAlgorithmOrdered: "compute: algorithm ordered",
		assets.StatusEscrowDeposited:  "compute: escrow funded",
		assets.StatusEscrowAuthorized: "compute: escrow authorized",
		assets.StatusStarted:          "compute: job started",
		assets.StatusStateSet:         "state: asset state set",
	}
	var mu sync.Mutex
	return func(_, point string) {
		line, ok := stepDone[point]
		if !ok {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintln(w, line)
	}
}

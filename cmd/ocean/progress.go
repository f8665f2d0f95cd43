package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressBar draws a one-line progress bar on a terminal:
//
//	data.csv  [=========>          ]  48%  12.0 MiB / 25.0 MiB  3.1 MiB/s
//
// It redraws at most every interval. Its update method fits
// provider.DownloadRequest.Progress and runs on the downloading goroutine.
type progressBar struct {
	w        io.Writer
	label    string
	now      func() time.Time
	interval time.Duration
	start    time.Time
	last     time.Time
	base     int64 // bytes already there when this run started (resume)
	drawn    bool
}

func newProgressBar(w io.Writer, label string, base int64) *progressBar {
	now := time.Now
	return &progressBar{w: w, label: label, now: now, interval: 100 * time.Millisecond, start: now(), base: base}
}

// update records written of total bytes (total -1: unknown) and redraws
// when the interval has passed.
func (p *progressBar) update(written, total int64) {
	t := p.now()
	if p.drawn && t.Sub(p.last) < p.interval && written != total {
		return
	}
	p.last, p.drawn = t, true
	fmt.Fprint(p.w, "\r"+p.line(written, total, t.Sub(p.start)))
}

// finish ends the line of a bar that was drawn.
func (p *progressBar) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

const barWidth = 20

// line renders the bar for written of total bytes after elapsed.
func (p *progressBar) line(written, total int64, elapsed time.Duration) string {
	rate := ""
	if s := elapsed.Seconds(); s > 0 && written > p.base {
		rate = "  " + byteSize(float64(written-p.base)/s) + "/s"
	}
	if total <= 0 {
		return fmt.Sprintf("%s  %s%s", p.label, byteSize(float64(written)), rate)
	}
	frac := min(float64(written)/float64(total), 1)
	filled := int(frac * barWidth)
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	return fmt.Sprintf("%s  [%s] %3d%%  %s / %s%s", p.label, bar, int(frac*100),
		byteSize(float64(written)), byteSize(float64(total)), rate)
}

// byteSize renders n bytes in binary units.
func byteSize(n float64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", int64(n))
	}
	exp := 0
	for n >= unit*unit && exp < 4 {
		n /= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", n/unit, "KMGTP"[exp])
}

package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// row is one line of the table.
type row struct {
	Measure string
	Peer    string // peer or baseline
	Value   string // ocean.go, this run
	Budget  string
	// Holds is "yes", "no", or "—" where there is no budget.
	Holds string
}

func verdict(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

// writeTable writes rows as a markdown table.
func writeTable(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| measure | peer / baseline | ocean.go (this run) | budget | holds |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", esc(r.Measure), esc(r.Peer), esc(r.Value), esc(r.Budget), r.Holds)
	}
}

// median returns the median of ds (the mean of the middle two for an even
// count); zero for none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// slope fits y = a + b·x by least squares over x = 0, 1, ... and returns
// b; zero for fewer than two points.
func slope(ys []float64) float64 {
	n := float64(len(ys))
	if n < 2 {
		return 0
	}
	var sx, sy, sxx, sxy float64
	for i, y := range ys {
		x := float64(i)
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}

// ms formats d in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%s ms", thousands(float64(d.Microseconds())/1e3, 0))
}

// thousands formats v with prec decimals and thin thousands separators
// (1,234.5).
func thousands(v float64, prec int) string {
	s := fmt.Sprintf("%.*f", prec, v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// perSecond formats a rate, in thousands above 10,000 (18.7k/s).
func perSecond(v float64) string {
	if v >= 10_000 {
		return thousands(v/1000, 1) + "k/s"
	}
	return thousands(v, 1) + "/s"
}

package examplenet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"
)

// Steps prints numbered steps, each with its duration and, indented
// below it, its details.
type Steps struct {
	out   io.Writer
	n     int
	start time.Time
}

// NewSteps returns a printer writing to out.
func NewSteps(out io.Writer) *Steps { return &Steps{out: out, start: time.Now()} }

// Do runs f as the next step and prints its title, its duration and the
// lines f returns (details: addresses, hashes, amounts). A failing step
// is printed as such and its error returned, prefixed with the title.
func (s *Steps) Do(title string, f func() ([]string, error)) error {
	s.n++
	t := time.Now()
	lines, err := f()
	d := time.Since(t)
	if err != nil {
		fmt.Fprintf(s.out, "%2d. %-52s FAILED after %s\n", s.n, title, round(d))
		return fmt.Errorf("%s: %w", title, err)
	}
	fmt.Fprintf(s.out, "%2d. %-52s %8s\n", s.n, title, round(d))
	for _, l := range lines {
		fmt.Fprintf(s.out, "      %s\n", l)
	}
	return nil
}

// Note prints a line that is not a step.
func (s *Steps) Note(format string, args ...any) {
	fmt.Fprintf(s.out, format+"\n", args...)
}

// Total prints the time since NewSteps.
func (s *Steps) Total() {
	fmt.Fprintf(s.out, "    %-52s %8s\n", "total", round(time.Since(s.start)))
}

func round(d time.Duration) time.Duration {
	if d > time.Second {
		return d.Round(10 * time.Millisecond)
	}
	return d.Round(100 * time.Microsecond)
}

// HashURL streams the file at url and returns its hex sha256 and size,
// the checksum a publisher publishes with the file and consumers verify.
func HashURL(ctx context.Context, url string) (string, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", 0, fmt.Errorf("examplenet: GET %s: %s", url, resp.Status)
	}
	h := sha256.New()
	n, err := io.Copy(h, resp.Body)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// Short abbreviates a long hex string (a hash, an address, a DID) for
// printing: its first 10 and last 6 characters.
func Short(s string) string {
	if len(s) <= 20 {
		return s
	}
	return s[:10] + "…" + s[len(s)-6:]
}

// Indent returns text's lines, for Do's details.
func Indent(text string) []string {
	return strings.Split(strings.TrimRight(text, "\n"), "\n")
}

// Tokens formats an amount in base units of an 18-decimal token (OCEAN,
// datatokens) as a decimal number of whole tokens.
func Tokens(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(wei, big.NewInt(1e18))
	s := r.FloatString(6)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// Step is one step of an example: a title and the work, which returns
// the details to print.
type Step struct {
	Title string
	F     func(context.Context) ([]string, error)
}

// Run does the steps in order and stops at the first failure.
func (s *Steps) Run(ctx context.Context, steps ...Step) error {
	for _, st := range steps {
		if err := s.Do(st.Title, func() ([]string, error) { return st.F(ctx) }); err != nil {
			return err
		}
	}
	return nil
}

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// TestComputeDevnet runs the example on a devnet and checks the job's
// result against the dataset and its status sequence's terminal state.
func TestComputeDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	net, err := examplenet.StartDevnet(ctx)
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { _ = net.Close() })
	cfg := config{key: "compute/test", algoDigest: zeroDigest, maxDuration: 5 * time.Minute}
	require.NoError(t, devnetFiles(net, &cfg))
	cfg.publisher, cfg.consumer = net.Config(0), net.Config(1)
	cfg.watch.MinInterval, cfg.watch.MaxInterval = 20*time.Millisecond, 200*time.Millisecond

	var out bytes.Buffer
	err = run(ctx, cfg, &out)
	text := out.String()
	t.Log(text)
	require.NoError(t, err)

	// What the algorithm should find in the dataset.
	data, err := io.ReadAll(examplenet.Sample(32 << 10))
	require.NoError(t, err)
	// awk counts every row, the last one too (the sample ends mid-row),
	// and reads a missing second field as 0.
	rows, sum := 0, 0
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
		rows++
		if _, sq, ok := strings.Cut(l, ","); ok {
			v, err := strconv.Atoi(sq)
			require.NoError(t, err, l)
			sum += v
		}
	}
	want := fmt.Sprintf("rows: %d\n        sum: %d", rows, sum)
	assert.Contains(t, text, "outputs/stats.txt")
	assert.Contains(t, text, want, "the result file")
	assert.Contains(t, text, fmt.Sprintf("| rows: %d", rows), "the log")
	assert.Contains(t, text, "| datasets: 1")

	// The watched statuses end in finished, the only terminal state seen.
	m := regexp.MustCompile(`status (\d+) `).FindAllStringSubmatch(text, -1)
	require.NotEmpty(t, m)
	last, err := strconv.Atoi(m[len(m)-1][1])
	require.NoError(t, err)
	assert.Equal(t, compute.StatusFinished, compute.StatusCode(last))
	for _, s := range m[:len(m)-1] {
		assert.NotEqual(t, strconv.Itoa(int(compute.StatusFinished)), s[1], "finished before the end")
	}
}

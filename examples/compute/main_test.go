package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
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

// TestComputeConfigured runs the example through its configured-network
// path (environment and flags, as on a real network) against a devnet.
func TestComputeConfigured(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	net, err := examplenet.StartDevnet(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { _ = net.Close() })
	b, err := net.AddressFile()
	require.NoError(t, err)
	addressFile := filepath.Join(t.TempDir(), "address.json")
	require.NoError(t, os.WriteFile(addressFile, b, 0o600))
	cfg := config{key: "compute/env", algoDigest: zeroDigest, maxDuration: time.Minute}
	require.NoError(t, devnetFiles(net, &cfg))
	t.Setenv(ocean.EnvNetwork, "")
	t.Setenv(ocean.EnvNodeURL, "")
	t.Setenv(ocean.EnvKeystore, "")
	t.Setenv(ocean.EnvRPCURL, net.RPCURL())
	t.Setenv(ocean.EnvAddressFile, addressFile)
	t.Setenv(ocean.EnvJournalDir, t.TempDir())
	t.Setenv(ocean.EnvPrivateKey, hex.EncodeToString(crypto.FromECDSA(net.Accounts()[3].Key)))
	t.Setenv(consumerKeyEnv, hex.EncodeToString(crypto.FromECDSA(net.Accounts()[4].Key)))

	var out bytes.Buffer
	nf := examplenet.Flags{NodeURL: net.NodeURL()}
	err = start(ctx, nf, cfg, &out)
	require.NoError(t, err, out.String())
	text := out.String()
	assert.Contains(t, text, "consumer  "+net.Accounts()[4].Address.Hex())
	assert.Contains(t, text, "status 70 finished")

	// Without the files the configured path refuses to start.
	err = start(ctx, nf, config{key: "compute/env2"}, &out)
	require.ErrorContains(t, err, "-data and -algo are required")
}

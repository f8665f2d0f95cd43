package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// TestRestrictedDevnet runs the example on a devnet: every rule must have
// the effect it claims (each step checks its typed error itself) and the
// trusted algorithm's job must finish with the right row count.
func TestRestrictedDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	net, err := examplenet.StartDevnet(ctx)
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { _ = net.Close() })
	cfg := config{key: "restricted/test", algoDigest: zeroDigest}
	require.NoError(t, devnetFiles(net, &cfg))
	for i := range cfg.parties {
		cfg.parties[i] = net.Config(i)
	}
	cfg.watch.MinInterval, cfg.watch.MaxInterval = 20*time.Millisecond, 200*time.Millisecond

	var out bytes.Buffer
	err = run(ctx, cfg, &out)
	text := out.String()
	t.Log(text)
	require.NoError(t, err)

	data, err := io.ReadAll(examplenet.Sample(64 << 10))
	require.NoError(t, err)
	rows := bytes.Count(data, []byte("\n")) - 1
	assert.Contains(t, text, "refused before paying (assets.ErrNotAllowed)")
	assert.Contains(t, text, "refused by the node (403, nodehttp.ErrUnauthorized)")
	assert.Contains(t, text, "refused before paying (assets.ErrSoldOut), no transaction sent: true")
	assert.Contains(t, text, "not allowed to run on the dataset")
	assert.Contains(t, text, "= published (checked by Download)")
	assert.Contains(t, text, ": provider.ErrIntegrity")
	assert.Contains(t, text, fmt.Sprintf("%d %s; log: rows: %d", compute.StatusFinished, compute.StatusFinished, rows))
}

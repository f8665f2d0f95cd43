package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the command's writer and the
// test's reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestDevnetCommand(t *testing.T) {
	addrFile := filepath.Join(t.TempDir(), "address.json")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, []string{"devnet", "--rpc-listen", "127.0.0.1:0", "--node", "127.0.0.1:0", "--address-file", addrFile},
			strings.NewReader(""), &out, &errOut)
	}()

	// Wait for the address file, as a tool started after `ocean devnet` would.
	var raw []byte
	require.Eventually(t, func() bool {
		var err error
		raw, err = os.ReadFile(addrFile)
		return err == nil && len(raw) > 0 && json.Valid(raw)
	}, time.Minute, 20*time.Millisecond, "no address file; stderr: %s", errOut.String())

	var file map[string]map[string]any
	require.NoError(t, json.Unmarshal(raw, &file))
	dev := file["development"]
	require.NotNil(t, dev, string(raw))
	require.EqualValues(t, 8996, dev["chainId"])
	require.NotEmpty(t, dev["ERC721Factory"])

	// The node the summary names answers its root document.
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "Ocean node") }, 10*time.Second, 10*time.Millisecond)
	var nodeURL string
	for _, line := range strings.Split(out.String(), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "Ocean" && f[1] == "node" {
			nodeURL = f[2]
		}
	}
	require.True(t, strings.HasPrefix(nodeURL, "http://127.0.0.1:"), out.String())
	resp, err := http.Get(nodeURL)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)

	// The old --node spelling works, with its notice on stderr, never
	// among the results on stdout.
	assert.Contains(t, errOut.String(), "--node is deprecated, use --node-listen")
	assert.NotContains(t, out.String(), "deprecated")

	cancel() // Ctrl-C
	select {
	case code := <-done:
		require.Equal(t, exitOK, code, errOut.String())
	case <-time.After(30 * time.Second):
		t.Fatal("ocean devnet did not stop")
	}
	_, err = os.Stat(addrFile)
	require.True(t, os.IsNotExist(err), "the address file is removed on exit")
}

func TestDevnetCommandUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"devnet", "extra"}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitUsage, code)
	code = run([]string{"devnet", "--rpc", "0.0.0.0:8545", "--node", "127.0.0.1:0", "--address-file", filepath.Join(t.TempDir(), "a.json")}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitFailure, code, "a non-loopback address is refused")
	require.Contains(t, errOut.String(), "loopback")
}

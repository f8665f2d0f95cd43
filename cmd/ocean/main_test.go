package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/devnet"
)

// One devnet for the package's network tests, with JSON-RPC on so that
// the command line dials it as it would any network.
var (
	dn          *devnet.Network
	addressFile string
)

func TestMain(m *testing.M) {
	code, err := runWithDevnet(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cmd/ocean tests need a devnet (npm ci installs the contracts):", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func runWithDevnet(m *testing.M) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var err error
	if dn, err = devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0", AllowLocalCompute: true}); err != nil {
		return 0, err
	}
	defer dn.Close()
	dir, err := os.MkdirTemp("", "ocean-cli-test")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	// Commands run without --journal keep their journal in the state
	// directory: a temporary one, never the user's.
	if err := os.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state")); err != nil {
		return 0, err
	}
	b, err := dn.AddressFile()
	if err != nil {
		return 0, err
	}
	addressFile = filepath.Join(dir, "address.json")
	if err := os.WriteFile(addressFile, b, 0o600); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// cli runs the command line in-process against the package's devnet as
// account (nil: no key), with its own journal directory per test.
type cli struct {
	t       *testing.T
	journal string // "": no --journal flag (the state directory's journal)
}

func newCLI(t *testing.T) *cli {
	return &cli{t: t, journal: t.TempDir()}
}

// networkArgs are the global flags that select the devnet.
func (c *cli) networkArgs() []string {
	args := []string{"--network", addresses.Development, "--rpc", dn.RPCURL(), "--node", dn.NodeURL(), "--addresses", addressFile}
	if c.journal != "" {
		args = append(args, "--journal", c.journal)
	}
	return args
}

// as runs args with account's key in OCEAN_PRIVATE_KEY (nil: unset).
func (c *cli) as(account *ecdsa.PrivateKey, args ...string) (code int, stdout, stderr string) {
	c.t.Helper()
	c.t.Setenv("OCEAN_KEYSTORE", "")
	if account == nil {
		c.t.Setenv("OCEAN_PRIVATE_KEY", "")
	} else {
		c.t.Setenv("OCEAN_PRIVATE_KEY", hex.EncodeToString(crypto.FromECDSA(account)))
	}
	var out, errOut bytes.Buffer
	code = run(append(c.networkArgs(), args...), strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// ok runs args as account, requires success and returns stdout.
func (c *cli) ok(account *ecdsa.PrivateKey, args ...string) string {
	c.t.Helper()
	code, out, errOut := c.as(account, args...)
	require.Equal(c.t, exitOK, code, "ocean %s\nstderr: %s", strings.Join(args, " "), errOut)
	return out
}

// jsonOf runs args with --json as account and decodes the one object
// printed.
func jsonOf[T any](c *cli, account *ecdsa.PrivateKey, args ...string) T {
	c.t.Helper()
	out := c.ok(account, append([]string{"--json"}, args...)...)
	var v T
	require.NoError(c.t, json.Unmarshal([]byte(out), &v), out)
	require.Equal(c.t, 1, strings.Count(strings.TrimSpace(out), "\n")+1, "one JSON object per line: %s", out)
	return v
}

// fails runs args as account and requires exit status want; it returns
// stderr.
func (c *cli) fails(want int, account *ecdsa.PrivateKey, args ...string) string {
	c.t.Helper()
	code, out, errOut := c.as(account, args...)
	require.Equal(c.t, want, code, "ocean %s\nstdout: %s\nstderr: %s", strings.Join(args, " "), out, errOut)
	return errOut
}

func account(i int) *ecdsa.PrivateKey { return dn.Accounts()[i].Key }

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

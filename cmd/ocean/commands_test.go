package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
)

// tty runs args as account (nil: no key) as if standard output and
// standard error were a terminal.
func (c *cli) tty(account *ecdsa.PrivateKey, args ...string) (code int, stdout, stderr string) {
	c.t.Helper()
	c.t.Setenv("OCEAN_KEYSTORE", "")
	key := ""
	if account != nil {
		key = hex.EncodeToString(crypto.FromECDSA(account))
	}
	c.t.Setenv("OCEAN_PRIVATE_KEY", key)
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, term: func(io.Writer) bool { return true }}
	code = e.run(context.Background(), append(c.networkArgs(), args...))
	return code, out.String(), errOut.String()
}

// jsonLines decodes one JSON object per line of out.
func jsonLines[T any](t *testing.T, out string) []T {
	t.Helper()
	var all []T
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var v T
		require.NoError(t, jsonUnmarshal(line, &v), line)
		all = append(all, v)
	}
	return all
}

func TestVersion(t *testing.T) {
	c := newCLI(t)
	out := c.ok(nil, "version")
	assert.True(t, strings.HasPrefix(out, "ocean "), out)
	assert.Contains(t, out, runtime.Version())
	v := jsonOf[versionInfo](c, nil, "version")
	assert.Equal(t, runtime.Version(), v.GoVersion)
	assert.NotEmpty(t, v.Version)

	// What go build stamps in a git checkout.
	got := versionOf(&debug.BuildInfo{GoVersion: "go1.99", Main: debug.Module{Version: "v1.2.3"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"},
			{Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"}}})
	assert.Equal(t, versionInfo{Version: "v1.2.3", Revision: "abc123", Time: "2026-01-02T03:04:05Z", Modified: true,
		GoVersion: "go1.99"}, got)
	assert.Equal(t, "(devel)", versionOf(&debug.BuildInfo{}).Version)
	assert.Equal(t, "unknown", versionOf(nil).Version)
}

func TestCompletion(t *testing.T) {
	c := newCLI(t)
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		out := c.ok(nil, "completion", shell)
		assert.Contains(t, out, "ocean", shell)
	}
	assert.Contains(t, c.ok(nil, "completion", "bash"), "__start_ocean")

	// The shell asks the binary: commands, subcommands, network names.
	out := c.ok(nil, "__complete", "")
	for _, cmd := range []string{"publish", "compute", "balance", "networks", "version"} {
		assert.Contains(t, out, cmd+"\t")
	}
	assert.Contains(t, c.ok(nil, "__complete", "compute", ""), "envs\t")
	out = c.ok(nil, "__complete", "--network", "")
	assert.Contains(t, out, "development\n")
	assert.Contains(t, out, "sepolia\n")
	assert.Contains(t, c.ok(nil, "__complete", "state", "did:op:x", ""), "end-of-life")
}

func TestComputeEnvs(t *testing.T) {
	c := newCLI(t)
	envs := jsonLines[environmentJSON](t, c.ok(nil, "--json", "compute", "envs"))
	require.NotEmpty(t, envs, "the devnet allows local compute")
	for _, env := range envs {
		assert.NotEmpty(t, env.ID)
	}
	free := false
	for _, env := range envs {
		free = free || env.Free
	}
	assert.True(t, free, "the devnet has a free environment: %+v", envs)
	out := c.ok(nil, "compute", "envs")
	assert.Contains(t, out, envs[0].ID)
}

func TestNetworks(t *testing.T) {
	c := newCLI(t)
	nets := jsonLines[networkInfo](t, c.ok(nil, "--json", "networks"))
	byKey := map[string]networkInfo{}
	for _, n := range nets {
		byKey[n.Source+"/"+n.Name] = n
	}
	dev, ok := byKey["preset/development"]
	require.True(t, ok, "%+v", nets)
	assert.EqualValues(t, 8996, dev.ChainID)
	assert.NotEmpty(t, dev.RPCURL)
	assert.Empty(t, dev.Contracts, "the development preset takes its contracts from an address file")
	fromFile, ok := byKey["address file/development"]
	require.True(t, ok, "the --addresses networks are listed: %+v", nets)
	assert.Equal(t, dn.Contracts().ERC721Factory.Hex(), fromFile.Contracts["ERC721Factory"])
	assert.Equal(t, dn.Contracts().Ocean.Hex(), fromFile.Contracts["Ocean"])
	sepolia, ok := byKey["preset/sepolia"]
	require.True(t, ok)
	assert.NotEmpty(t, sepolia.Contracts["ERC721Factory"])

	out := c.ok(nil, "networks")
	assert.Contains(t, out, "NAME")
	assert.Contains(t, out, "sepolia")
	assert.Contains(t, out, "11155111")
}

func TestBalance(t *testing.T) {
	c := newCLI(t)
	ctx := t.Context()
	me := dn.Accounts()[3].Address
	native, err := dn.Client().BalanceAt(ctx, me, nil)
	require.NoError(t, err)
	ocn, err := datatoken.NewERC20(dn.Client(), dn.Contracts().Ocean, nil)
	require.NoError(t, err)
	oceanBal, err := ocn.Balance(ctx, me)
	require.NoError(t, err)
	require.Positive(t, oceanBal.Sign(), "devnet accounts hold OCEAN")

	r := jsonOf[balanceResult](c, account(3), "balance")
	assert.Equal(t, me.Hex(), r.Address)
	assert.Equal(t, addresses.Development, r.Network)
	assert.EqualValues(t, 8996, r.ChainID)
	require.Len(t, r.Balances, 2, "%+v", r)
	assert.Equal(t, "native", r.Balances[0].Token)
	assert.Equal(t, native.String(), r.Balances[0].BaseUnits)
	assert.Equal(t, datatoken.FormatUnits(native, 18), r.Balances[0].Amount)
	assert.Equal(t, dn.Contracts().Ocean.Hex(), r.Balances[1].Token)
	assert.Equal(t, "OCEAN", r.Balances[1].Symbol)
	assert.Equal(t, oceanBal.String(), r.Balances[1].BaseUnits)
	assert.Equal(t, datatoken.FormatUnits(oceanBal, 18), r.Balances[1].Amount)

	// Another address, no key; an extra token.
	r = jsonOf[balanceResult](c, nil, "balance", "--address", me.Hex(), "--token", dn.Contracts().Ocean.Hex())
	require.Len(t, r.Balances, 3)
	assert.Equal(t, r.Balances[1], r.Balances[2])

	out := c.ok(account(3), "balance")
	assert.Contains(t, out, me.Hex())
	assert.Contains(t, out, "OCEAN")
	assert.Contains(t, out, datatoken.FormatUnits(oceanBal, 18))

	assert.Contains(t, c.fails(exitUsage, nil, "balance"), "--address")
	assert.Contains(t, c.fails(exitUsage, nil, "balance", "--address", "0x12"), "not an address")
	assert.Contains(t, c.fails(exitUsage, nil, "balance", "--address", me.Hex(), "--token", "OCEAN"), "not a token address")
	// An address that is no token.
	c.fails(exitFailure, nil, "balance", "--address", me.Hex(), "--token", me.Hex())
}

func TestComputeResultNotToTerminal(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.tty(account(6), "compute", "result", "some-job")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "-o FILE")
	assert.Contains(t, errOut, "--force")
	// With --force it goes ahead (and finds no such job).
	code, _, errOut = c.tty(account(6), "compute", "result", "some-job", "--force")
	assert.Equal(t, exitNotFound, code, errOut)
}

func TestLogLevels(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "logs.txt", 100, "--free")

	_, errOut := c.ok2(account(5), "order", f.pub.DID)
	assert.NotContains(t, errOut, "level=", "silent by default")

	_, errOut = c.ok2(account(5), "-vv", "order", f.pub.DID)
	assert.Contains(t, errOut, "level=DEBUG")
	assert.Contains(t, errOut, "assets: step")

	_, errOut = c.ok2(account(5), "--log-level", "warn", "order", f.pub.DID)
	assert.NotContains(t, errOut, "level=DEBUG")

	// With --json the log lines are JSON too.
	_, errOut = c.ok2(account(5), "--json", "--log-level", "DEBUG", "order", f.pub.DID)
	var logged []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		var m map[string]any
		require.NoError(t, jsonUnmarshal(line, &m), line)
		logged = append(logged, m)
	}
	require.NotEmpty(t, logged)
	assert.Equal(t, "DEBUG", logged[0]["level"])

	errOut = c.fails(exitUsage, nil, "--log-level", "loud", "version")
	assert.Contains(t, errOut, `--log-level "loud": use one of debug, info, warn, error`)
	assert.Contains(t, c.ok(nil, "__complete", "--log-level", ""), "warn\n")
}

// ok2 runs args as account, requires success and returns stdout and
// stderr.
func (c *cli) ok2(account *ecdsa.PrivateKey, args ...string) (stdout, stderr string) {
	c.t.Helper()
	code, out, errOut := c.as(account, args...)
	require.Equal(c.t, exitOK, code, "ocean %s\nstderr: %s", strings.Join(args, " "), errOut)
	return out, errOut
}

func TestMessagesInCLIWords(t *testing.T) {
	c := newCLI(t)
	for _, v := range []string{"OCEAN_NETWORK", "OCEAN_RPC_URL", "OCEAN_NODE_URL", "OCEAN_INDEXER_URL", "OCEAN_ADDRESS_FILE"} {
		t.Setenv(v, "")
	}
	bare := func(args ...string) (int, string) {
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut)
		return code, errOut.String()
	}

	// An unknown network lists the known ones.
	errOut := c.fails(exitUsage, nil, "--network", "atlantis", "get", "did:op:"+strings.Repeat("a", 64))
	assert.True(t, strings.HasPrefix(errOut, `ocean: unknown network "atlantis": use one of `), errOut)
	assert.Contains(t, errOut, "development, ")
	assert.Contains(t, errOut, "sepolia")
	assert.Contains(t, errOut, `"ocean networks"`)

	// A network without a default endpoint names the flag, not the Go
	// field, and the root package's prefix is not doubled.
	code, errOut := bare("--network", "sepolia", "compute", "envs")
	assert.Equal(t, exitUsage, code, errOut)
	assert.Contains(t, errOut, "--rpc or OCEAN_RPC_URL")
	assert.NotContains(t, errOut, "Config.")
	assert.NotContains(t, errOut, "ocean: ocean:")
	code, errOut = bare("--json", "--network", "sepolia", "balance", "--address", dn.Accounts()[0].Address.Hex())
	assert.Equal(t, exitUsage, code, errOut)
	var je jsonError
	require.NoError(t, jsonUnmarshal(errOut, &je), errOut)
	assert.Contains(t, je.Error, "--rpc")
	assert.Equal(t, exitUsage, je.ExitCode)

	// The same wording for the messages no devnet run reaches.
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: no node URL for network %q (set Config.NodeURL)", ocean.ErrMissingConfig, "x"),
			`missing configuration: no node URL for network "x" (give --node or OCEAN_NODE_URL)`},
		{fmt.Errorf("%w: no contract addresses for network %q (set Config.AddressFile or Config.Contracts)", ocean.ErrMissingConfig, "x"),
			`missing configuration: no contract addresses for network "x" (give --addresses FILE (an address.json) or OCEAN_ADDRESS_FILE)`},
		{fmt.Errorf("compute: %w: env-1 is not offered (free: true)", compute.ErrNoEnvironment),
			`compute: no compute environment: env-1 is not offered (free: true) ("ocean compute envs" lists the node's environments)`},
		{fmt.Errorf("publish: %w", errors.New("ocean: chain id: boom")), "publish: chain id: boom"},
	} {
		assert.Equal(t, tc.want, message(tc.err))
	}

	// Unknown commands list the valid ones, with a suggestion.
	code, errOut = bare("compute", "strat")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "did you mean start?")
	assert.Contains(t, errOut, "use one of envs, logs, result, start, status, stop")
	code, errOut = bare("frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "balance, ")
}

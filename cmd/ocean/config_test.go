package main

import (
	"bytes"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// writeKeystore encrypts key i into a keystore file (light scrypt).
func writeKeystore(t *testing.T, i int, password string) string {
	t.Helper()
	ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(account(i), password)
	require.NoError(t, err)
	return acc.URL.Path
}

// TestKeystore orders with a key from an encrypted keystore file, given by
// flag and by environment, and refuses a wrong password.
func TestKeystore(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "keystore.txt", 1000, "--free")
	path := writeKeystore(t, 4, "s3cret")

	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := run(append(c.networkArgs(), args...), strings.NewReader(""), &out, &errOut)
		return code, out.String(), errOut.String()
	}
	t.Setenv("OCEAN_PRIVATE_KEY", "")
	t.Setenv("OCEAN_KEYSTORE_PASSWORD", "s3cret")
	code, out, errOut := run("--keystore", path, "--json", "order", f.pub.DID)
	require.Equal(t, exitOK, code, errOut)
	var ord orderResult
	require.NoError(t, jsonUnmarshal(out, &ord))

	// The order belongs to account 4: its download works with the same key
	// from OCEAN_KEYSTORE.
	t.Setenv("OCEAN_KEYSTORE", path)
	target := filepath.Join(t.TempDir(), "k.txt")
	code, _, errOut = run("download", f.pub.DID, "--order-tx", ord.OrderTx, "-o", target)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, f.sha256, fileSHA256(t, target))

	t.Setenv("OCEAN_KEYSTORE_PASSWORD", "wrong")
	code, _, errOut = run("order", f.pub.DID)
	assert.Equal(t, exitUsage, code, errOut)
	assert.NotContains(t, errOut, "s3cret")

	// Both key variables at once is ambiguous.
	t.Setenv("OCEAN_KEYSTORE_PASSWORD", "s3cret")
	t.Setenv("OCEAN_PRIVATE_KEY", "0x"+strings.Repeat("11", 32))
	code, _, errOut = run("order", f.pub.DID)
	assert.Equal(t, exitUsage, code, errOut)
	assert.Contains(t, errOut, "not both")
	assert.NotContains(t, errOut, strings.Repeat("11", 32), "the key is never printed")

	// A malformed private key is refused without echoing it.
	t.Setenv("OCEAN_KEYSTORE", "")
	t.Setenv("OCEAN_PRIVATE_KEY", "0xnot-a-key-"+strings.Repeat("z", 20))
	code, _, errOut = run("order", f.pub.DID)
	assert.NotEqual(t, exitOK, code)
	assert.NotContains(t, errOut, strings.Repeat("z", 20))
}

// TestNetworkConfig covers configuration from the environment and the
// network failures' exit status.
func TestNetworkConfig(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "config.txt", 100, "--free")

	// Everything from the environment, no flags.
	t.Setenv("OCEAN_NETWORK", "development")
	t.Setenv("OCEAN_RPC_URL", dn.RPCURL())
	t.Setenv("OCEAN_NODE_URL", dn.NodeURL())
	t.Setenv("OCEAN_ADDRESS_FILE", addressFile)
	t.Setenv("OCEAN_JOURNAL_DIR", t.TempDir())
	t.Setenv("OCEAN_PRIVATE_KEY", hexKey(5))
	var out, errOut bytes.Buffer
	code := run([]string{"--json", "order", f.pub.DID}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitOK, code, errOut.String())
	var ord orderResult
	require.NoError(t, jsonUnmarshal(out.String(), &ord))
	assert.Equal(t, f.pub.DID, ord.DID)
	out.Reset()
	code = run([]string{"get", f.pub.DID}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitOK, code, errOut.String())
	t.Setenv("OCEAN_NETWORK", "")
	t.Setenv("OCEAN_RPC_URL", "")

	// Unreachable RPC endpoint, unreachable node: 4.
	c.fails(exitUnreachable, account(5), "--rpc", "http://127.0.0.1:1", "order", f.pub.DID)
	c.fails(exitUnreachable, nil, "--node", "http://127.0.0.1:1", "get", f.pub.DID)
	// The endpoint serves another chain than the network named: 4.
	errOut2 := c.fails(exitUnreachable, account(5), "--network", "sepolia", "order", f.pub.DID)
	assert.Contains(t, errOut2, "chain")
	// Unknown network, no network at all: 2.
	c.fails(exitUsage, account(5), "--network", "atlantis", "order", f.pub.DID)
	var o, e bytes.Buffer
	assert.Equal(t, exitUsage, run([]string{"order", f.pub.DID}, strings.NewReader(""), &o, &e), e.String())
	// --timeout: 5.
	c.fails(exitTimeout, account(5), "--timeout", "1ns", "order", f.pub.DID)
}

func hexKey(i int) string { return "0x" + hex.EncodeToString(crypto.FromECDSA(account(i))) }

// TestState retires an asset and restores it.
func TestState(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "state.txt", 100, "--free")
	st := jsonOf[stateResult](c, account(1), "state", f.pub.DID, "end-of-life")
	assert.Equal(t, "end-of-life", st.State)
	assert.NotEmpty(t, st.StateTx)
	doc := jsonOf[ddo.Asset](c, nil, "get", f.pub.DID)
	require.NotNil(t, doc.IndexedMetadata)
	require.NotNil(t, doc.IndexedMetadata.NFT)
	assert.Equal(t, ddo.StateEndOfLife, doc.IndexedMetadata.NFT.State)

	// Ordering a retired asset fails (the node refuses the provider fee).
	c.fails(exitFailure, account(2), "order", f.pub.DID)

	out := c.ok(account(1), "state", f.pub.DID, "active")
	assert.Contains(t, out, "is now active")
	assert.Contains(t, c.ok(nil, "get", f.pub.DID), "state:       active")

	c.fails(exitUsage, account(1), "state", f.pub.DID, "asleep")
	// Only the publisher may change the state.
	c.fails(exitFailure, account(2), "state", f.pub.DID, "revoked")

	// Revoked: the indexer keeps a stub; downloading it is refused before
	// anything is paid.
	c.ok(account(1), "state", f.pub.DID, "revoked")
	doc = jsonOf[ddo.Asset](c, nil, "get", f.pub.DID)
	assert.Equal(t, "deprecated", doc.Version)
	require.NotNil(t, doc.IndexedMetadata)
	require.NotNil(t, doc.IndexedMetadata.NFT)
	assert.Equal(t, ddo.StateRevoked, doc.IndexedMetadata.NFT.State)
	errOut := c.fails(exitFailure, account(2), "download", f.pub.DID, "-o", t.TempDir())
	assert.Contains(t, errOut, "not consumable")
	assert.Contains(t, errOut, "revoked")
}

func TestParseUnits(t *testing.T) {
	for in, want := range map[string]string{"1": "1000000000000000000", "1.5": "1500000000000000000",
		"0.000000000000000001": "1", ".5": "500000000000000000"} {
		v, err := parseAmount("--price", in)
		require.NoError(t, err, in)
		assert.Equal(t, want, v.String(), in)
	}
	for _, in := range []string{"", ".", "-1", "1e5", "0.0000000000000000001", "1.2.3", "+1"} {
		_, err := parseAmount("--price", in)
		var ue *usageError
		assert.ErrorAs(t, err, &ue, in)
		assert.Contains(t, err.Error(), "--price", in)
	}
}

package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
)

// Money paths as a new user types them: no journal flag (the state
// directory's journal), or no journal at all.

func oceanOf(t *testing.T, k *ecdsa.PrivateKey) *big.Int {
	t.Helper()
	erc, err := datatoken.NewERC20(dn.Client(), dn.Contracts().Ocean, nil)
	require.NoError(t, err)
	b, err := erc.Balance(context.Background(), crypto.PubkeyToAddress(k.PublicKey))
	require.NoError(t, err)
	return b
}

func nonceOf(t *testing.T, k *ecdsa.PrivateKey) uint64 {
	t.Helper()
	n, err := dn.Client().NonceAt(context.Background(), crypto.PubkeyToAddress(k.PublicKey), nil)
	require.NoError(t, err)
	return n
}

func ordersOf(t *testing.T, dt string) []datatoken.OrderStarted {
	t.Helper()
	logs, err := dn.Client().FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{common.HexToAddress(dt)}})
	require.NoError(t, err)
	ptrs := make([]*types.Log, len(logs))
	for i := range logs {
		ptrs[i] = &logs[i]
	}
	return datatoken.OrderStartedEvents(&types.Receipt{Logs: ptrs})
}

// TestOrderThenDownloadPaysOnce: order, then download without --order-tx,
// then download again, with no journal at all: one order, paid once,
// every purchase printing its quote and receipt.
func TestOrderThenDownloadPaysOnce(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "priced.csv", 5000, "--price", "1")
	buyer := account(9)

	// get shows the price and the pricing type.
	out := c.ok(nil, "get", f.pub.DID)
	assert.Contains(t, out, "pricing:   fixed rate: 1.0 OCEAN per datatoken")

	nc := &cli{t: t, journal: ""}
	before := oceanOf(t, buyer)
	code, stdout, stderr := nc.as(buyer, "--no-journal", "order", f.pub.DID)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "buy a datatoken from the fixed-rate exchange")
	assert.Regexp(t, `community fee\s+0\.001 OCEAN`, stderr)
	assert.Regexp(t, `total\s+1\.001 OCEAN`, stderr)
	assert.Contains(t, stdout, "paid 1.001 OCEAN (price 1, market fee 0, community fee 0.001)")
	assert.Contains(t, stdout, "tx 0x")
	paid := new(big.Int).Sub(before, oceanOf(t, buyer))
	assert.Equal(t, "1001000000000000000", paid.String())

	dir := t.TempDir()
	for range 2 {
		res := jsonOf[downloaded](nc, buyer, "--no-journal", "download", f.pub.DID, "-o", dir)
		assert.Equal(t, f.sha256, res.SHA256)
		require.NotNil(t, res.Quote)
		assert.Equal(t, "reuse", res.Quote.Pricing, "the order is found on chain")
		assert.Empty(t, res.Paid)
		assert.Empty(t, res.Txs)
	}
	assert.Equal(t, 0, before.Cmp(new(big.Int).Add(oceanOf(t, buyer), paid)), "paid once")
	assert.Len(t, ordersOf(t, f.pub.Datatokens[0]), 1, "one order on chain")
}

// TestDownloadBuysOnlyWhenTold: a priced download needs --max-price (stdin
// is no terminal here), refuses a price above it before any transaction,
// checks the file index before paying, and prints quote and receipt.
func TestDownloadBuysOnlyWhenTold(t *testing.T) {
	c := newCLI(t)
	f := publishFile(t, c, "told.csv", 3000, "--price", "2")
	buyer := account(8)
	dir := t.TempDir()
	n0, b0 := nonceOf(t, buyer), oceanOf(t, buyer)

	errOut := c.fails(exitUsage, buyer, "download", f.pub.DID, "-o", dir)
	assert.Contains(t, errOut, "2.002 OCEAN")
	assert.Contains(t, errOut, "--max-price 2.002")
	errOut = c.fails(exitFailure, buyer, "download", f.pub.DID, "-o", dir, "--max-price", "2")
	assert.Contains(t, errOut, "costs 2.002 OCEAN")
	assert.Contains(t, errOut, "more than the maximum price 2 OCEAN")
	assert.NotContains(t, errOut, "revert")
	c.fails(exitNotFound, buyer, "download", f.pub.DID, "-o", dir, "--max-price", "3", "--file-index", "99")
	assert.Equal(t, n0, nonceOf(t, buyer), "no transaction sent")
	assert.Equal(t, b0, oceanOf(t, buyer))

	res := jsonOf[downloaded](c, buyer, "download", f.pub.DID, "-o", dir, "--max-price", "2.002")
	assert.Equal(t, f.sha256, res.SHA256)
	require.NotNil(t, res.Quote)
	assert.Equal(t, "fixed", res.Quote.Pricing)
	require.Len(t, res.Paid, 1)
	assert.Equal(t, "2.002", res.Paid[0].Amount)
	assert.Equal(t, "OCEAN", res.Paid[0].Symbol)
	assert.NotEmpty(t, res.Txs)
	assert.Equal(t, "2002000000000000000", new(big.Int).Sub(b0, oceanOf(t, buyer)).String())
}

// TestPublishIdempotentByDefault: the same --idempotency-key without any
// journal flag gives the same DID; five concurrent runs of one key give
// one DID and none hangs; the journal commands list, show, resume and
// abandon the entries.
func TestPublishIdempotentByDefault(t *testing.T) {
	c := &cli{t: t}
	url, err := dn.AddFile("idem.txt", strings.NewReader("idempotent\n"))
	require.NoError(t, err)
	args := []string{"publish", "--name", "idem", "--url", url, "--free", "--idempotency-key", "idem-" + t.Name()}
	first := jsonOf[publishResult](c, account(1), args...)
	again := jsonOf[publishResult](c, account(1), args...)
	assert.Equal(t, first.DID, again.DID)
	assert.Equal(t, first.CreateTx, again.CreateTx, "nothing created twice")

	// Five at once, one key: they wait for the one in flight and join it.
	t.Setenv("OCEAN_PRIVATE_KEY", hexKey(1))
	t.Setenv("OCEAN_KEYSTORE", "")
	conc := append([]string{"--json", "--timeout", "3m"}, args...)
	conc[len(conc)-1] = "idem-concurrent-" + t.Name()
	var wg sync.WaitGroup
	dids := make([]string, 5)
	codes := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errOut bytes.Buffer
			codes[i] = run(append(c.networkArgs(), conc...), strings.NewReader(""), &out, &errOut)
			var r publishResult
			if jsonUnmarshal(out.String(), &r) == nil {
				dids[i] = r.DID
			}
		}()
	}
	wg.Wait()
	for i := range 5 {
		assert.Equal(t, exitOK, codes[i], i)
		assert.Equal(t, dids[0], dids[i], i)
	}
	assert.NotEmpty(t, dids[0])

	// The journal commands, on the state directory's journal.
	out := c.ok(nil, "journal", "list", "--all")
	assert.Contains(t, out, "idem-"+t.Name())
	assert.Contains(t, out, "DONE")
	assert.Empty(t, strings.TrimSpace(c.ok(nil, "journal", "list", "--flow", "publish")), "nothing unfinished")
	line := jsonOf[journalLine](c, nil, "journal", "show", "idem-"+t.Name())
	assert.Equal(t, "publish", line.Flow)
	assert.Contains(t, string(line.Payload), strings.ToLower(first.NFT[2:]))
	res := jsonOf[resumeResult](c, account(1), "journal", "resume", "idem-"+t.Name())
	assert.Equal(t, first.DID, res.DID)
	ab := jsonOf[abandonResult](c, nil, "journal", "abandon", "idem-"+t.Name())
	assert.Equal(t, first.NFT, common.HexToAddress(ab.Left["data NFT"]).Hex())
	c.fails(exitNotFound, nil, "journal", "show", "idem-"+t.Name())
	c.fails(exitNotFound, nil, "journal", "abandon", "idem-"+t.Name())
	c.fails(exitUsage, nil, "--no-journal", "journal", "list")
}

// TestExitCodes covers the exit status of each kind of bad input.
func TestExitCodes(t *testing.T) {
	c := newCLI(t)
	did := "did:op:" + strings.Repeat("ab", 32)
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.json")
	require.NoError(t, os.WriteFile(garbage, []byte("not a keystore"), 0o600))
	ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.ImportECDSA(account(2), "right")
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want int
		says string
	}{
		{"missing keystore file", nil, []string{"--keystore", filepath.Join(dir, "nope.json"), "order", did}, exitUsage, "no such file"},
		{"keystore not a keystore", nil, []string{"--keystore", garbage, "order", did}, exitUsage, "invalid account key"},
		{"wrong keystore password", map[string]string{"OCEAN_KEYSTORE_PASSWORD": "wrong"}, []string{"--keystore", acc.URL.Path, "order", did}, exitUsage, "invalid account key"},
		{"malformed private key", map[string]string{"OCEAN_PRIVATE_KEY": "0x1234zz"}, []string{"order", did}, exitUsage, "does not hold a valid private key"},
		{"no key", nil, []string{"order", did}, exitUsage, "needs an account"},
		{"ddo did bad address", nil, []string{"ddo", "did", "0xzz", "1"}, exitUsage, ""},
		{"ddo did bad chain", nil, []string{"ddo", "did", "0x" + strings.Repeat("1", 40), "x"}, exitUsage, ""},
		{"download not a DID", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"download", "notadid"}, exitUsage, "not an Ocean DID"},
		{"get short DID", nil, []string{"get", "did:op:abc"}, exitUsage, "not an Ocean DID"},
		{"order not a DID", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"order", "0x12"}, exitUsage, "not an Ocean DID"},
		{"state not a DID", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"state", "x", "active"}, exitUsage, "not an Ocean DID"},
		{"ddo validate missing file", nil, []string{"ddo", "validate", filepath.Join(dir, "missing.json")}, exitUsage, ""},
		{"ddo encode missing file", nil, []string{"ddo", "encode", filepath.Join(dir, "missing.json")}, exitUsage, ""},
		{"publish missing file", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"publish", filepath.Join(dir, "missing.json")}, exitUsage, ""},
		{"unknown network with a node", nil, []string{"--network", "atlantis", "get", did}, exitUsage, "development"},
		{"unknown network", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"--network", "atlantis", "order", did}, exitUsage, "sepolia"},
		{"negative file index", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"download", did, "--file-index", "-1"}, exitUsage, ""},
		{"bad max price", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"order", did, "--max-price", "x"}, exitUsage, ""},
		{"unknown flag", nil, []string{"get", did, "--frob"}, exitUsage, ""},
		{"journal and no journal", nil, []string{"--journal", dir, "--no-journal", "journal", "list"}, exitUsage, ""},
		{"DID not found", nil, []string{"get", did}, exitNotFound, ""},
		{"journal entry not found", nil, []string{"journal", "show", "no-such-key"}, exitNotFound, ""},
		{"node unreachable", nil, []string{"--node", "http://127.0.0.1:1", "get", did}, exitUnreachable, ""},
		{"timeout", map[string]string{"OCEAN_PRIVATE_KEY": hexKey(2)}, []string{"--timeout", "1ns", "order", did}, exitTimeout, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("OCEAN_PRIVATE_KEY", "")
			t.Setenv("OCEAN_KEYSTORE", "")
			t.Setenv("OCEAN_KEYSTORE_PASSWORD", "right")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			code := run(append(c.networkArgs(), tc.args...), strings.NewReader(""), &out, &errOut)
			assert.Equal(t, tc.want, code, "stdout %s\nstderr %s", out.String(), errOut.String())
			assert.Contains(t, errOut.String(), tc.says)
			assert.NotContains(t, errOut.String(), hex.EncodeToString(crypto.FromECDSA(account(2))), "no key printed")
		})
	}
}

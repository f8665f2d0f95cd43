package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/indexer"
)

func startDevnet(t *testing.T) (context.Context, *examplenet.Devnet) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	net, err := examplenet.StartDevnet(ctx)
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	t.Cleanup(func() { _ = net.Close() })
	return ctx, net
}

// sampleSHA256 is the hash and row count of the devnet's dataset.
func sampleSHA256(t *testing.T) (string, int) {
	t.Helper()
	b, err := io.ReadAll(examplenet.Sample(256 << 10))
	require.NoError(t, err)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), bytes.Count(b, []byte("\n")) - 1
}

// match returns the first submatch of re in out.
func match(t *testing.T, out, re string) string {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(out)
	require.NotNil(t, m, "%q not in the output:\n%s", re, out)
	return m[1]
}

// TestQuickstartDevnet runs the whole quickstart on a devnet and checks
// what it claims against the chain, the indexer and the files it kept.
func TestQuickstartDevnet(t *testing.T) {
	ctx, net := startDevnet(t)
	cfg := config{price: twoOcean(), key: "quickstart/test", outDir: t.TempDir(), algoDigest: zeroDigest}
	require.NoError(t, devnetFiles(net, &cfg))
	cfg.publisher, cfg.consumer = net.Config(0), net.Config(1)
	cfg.watch.MinInterval, cfg.watch.MaxInterval = 20*time.Millisecond, 200*time.Millisecond

	var out bytes.Buffer
	require.NoError(t, run(ctx, cfg, &out), out.String())
	text := out.String()
	t.Log(text)

	// The download kept in -out is the published file, byte for byte.
	wantSum, rows := sampleSHA256(t)
	got, err := os.ReadFile(filepath.Join(cfg.outDir, "squares.csv"))
	require.NoError(t, err)
	gotSum := sha256.Sum256(got)
	assert.Equal(t, wantSum, hex.EncodeToString(gotSum[:]))

	// The DDO the indexer serves: the dataset with its access and compute
	// services, the latter trusting the published algorithm.
	did := match(t, text, `DID\s+(did:op:[0-9a-f]{64})`)
	idx, err := indexer.New(net.NodeURL())
	require.NoError(t, err)
	asset, err := idx.Resolve(ctx, did)
	require.NoError(t, err)
	assert.Equal(t, "Squares", asset.Metadata.Name)
	require.Len(t, asset.Services, 2)
	assert.Equal(t, ddo.ServiceAccess, asset.Services[0].Type)
	assert.Equal(t, ddo.ServiceCompute, asset.Services[1].Type)
	require.NotNil(t, asset.Services[1].Compute)
	require.Len(t, asset.Services[1].Compute.PublisherTrustedAlgorithms, 1)

	// The order is on chain: the consumer (devnet account 2) ordered the
	// access service's datatoken.
	orderTx := common.HexToHash(match(t, text, `order tx\s+(0x[0-9a-f]{64})`))
	rc, err := net.Client().TransactionReceipt(ctx, orderTx)
	require.NoError(t, err)
	o, err := datatoken.Order(rc)
	require.NoError(t, err)
	assert.Equal(t, net.Accounts()[2].Address, o.Consumer)
	assert.Equal(t, common.HexToAddress(asset.Services[0].DatatokenAddress), o.Datatoken)
	assert.Contains(t, text, "paid       2.002 OCEAN", "2 OCEAN and the exchange's fees")

	// The job ran the algorithm on the dataset: its summary is right.
	summary, err := os.ReadFile(filepath.Join(cfg.outDir, "summary.txt"))
	require.NoError(t, err)
	assert.Equal(t, "rows: "+strconv.Itoa(rows)+"\nsha256: "+wantSum+"\n", string(summary))
	assert.Contains(t, text, "70 finished")
	assert.Contains(t, text, "summarized 1 dataset(s)")
}

// TestQuickstartConfigured runs the quickstart through its configured-
// network path (environment and flags, as on a real network) against a
// devnet, without -algo: the compute part is skipped and says so.
func TestQuickstartConfigured(t *testing.T) {
	ctx, net := startDevnet(t)
	b, err := net.AddressFile()
	require.NoError(t, err)
	addressFile := filepath.Join(t.TempDir(), "address.json")
	require.NoError(t, os.WriteFile(addressFile, b, 0o600))
	dataURL, err := net.AddFile("data.csv", strings.NewReader("a,b\n1,2\n"))
	require.NoError(t, err)
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
	err = start(ctx, nf, config{price: twoOcean(), key: "quickstart/env", dataURL: dataURL}, &out)
	require.NoError(t, err, out.String())
	text := out.String()
	assert.Contains(t, text, "publisher "+net.Accounts()[3].Address.Hex())
	assert.Contains(t, text, "consumer  "+net.Accounts()[4].Address.Hex())
	assert.Contains(t, text, "8 bytes, sha256 ")
	assert.Contains(t, text, "= published")
	assert.Contains(t, text, "the compute-to-data part is skipped")
	assert.NotContains(t, text, "compute job")

	// Without the consumer's key the configured path refuses to start.
	t.Setenv(consumerKeyEnv, "")
	err = start(ctx, nf, config{price: twoOcean(), key: "quickstart/env2", dataURL: dataURL}, &out)
	require.ErrorContains(t, err, consumerKeyEnv)
}

// twoOcean is the quickstart's default price.
func twoOcean() *big.Int { return new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18)) }

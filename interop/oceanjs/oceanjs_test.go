package oceanjs_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// report is one JSON line of flows.mjs.
type report struct {
	Flow     int    `json:"flow"`
	API      string `json:"api"`
	Pricing  string `json:"pricing"`
	Template int    `json:"template"`
	DID      string `json:"did"`
	OK       bool   `json:"ok"`
	Error    string `json:"error"`
	MS       int64  `json:"ms"`
}

// nodeAndLib returns the node binary, or skips (fails in CI) when Node.js
// or the ocean.js folder is missing.
func nodeAndLib(t *testing.T) string {
	t.Helper()
	missing := func(what string) {
		msg := what + " — run `make deps` (npm ci in interop/oceanjs) to run the ocean.js interoperability test"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("Node.js is not installed")
	}
	if _, err := os.Stat(filepath.Join("node_modules", "@oceanprotocol", "lib", "package.json")); err != nil {
		missing("ocean.js is not installed in interop/oceanjs/node_modules")
	}
	return node
}

func TestOceanJS(t *testing.T) {
	node := nodeAndLib(t)
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	t.Cleanup(func() { net.Close() })
	addrFile := filepath.Join(t.TempDir(), "address.json")
	raw, err := net.AddressFileWithAccounts()
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(addrFile, raw, 0o600))

	run := func(t *testing.T, args ...string) []report {
		t.Helper()
		cmd := exec.CommandContext(ctx, node, append([]string{"flows.mjs"}, args...)...)
		cmd.Env = append(os.Environ(), "ADDRESS_FILE="+addrFile, "OCEAN_RPC_URL="+net.RPCURL())
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		runErr := cmd.Run()
		var out []report
		sc := bufio.NewScanner(&stdout)
		for sc.Scan() {
			var r report
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				out = append(out, r)
				t.Logf("%s", sc.Bytes())
			}
		}
		if runErr != nil {
			t.Logf("flows.mjs %v: %v\nstderr:\n%s", args, runErr, stderr.Bytes())
		}
		return out
	}

	t.Run("ocean.js publishes, orders and downloads", func(t *testing.T) {
		const flows = 8
		got := run(t, "flows", "8")
		require.Len(t, got, flows)
		seen := map[[2]string]bool{}
		for _, r := range got {
			require.True(t, r.OK, "flow %d (%s, %s): %s", r.Flow, r.API, r.Pricing, r.Error)
			seen[[2]string{r.API, r.Pricing}] = true
		}
		require.Len(t, seen, 4, "both APIs with both pricings")
	})

	t.Run("ocean.js buys what ocean.go publishes", func(t *testing.T) {
		pub := assetsClient(t, net, 1)
		content := []byte("published by ocean.go, bought by ocean.js\n")
		sum := sha256.Sum256(content)
		url, err := net.AddFile("from-ocean-go.txt", bytes.NewReader(content))
		require.NoError(t, err)
		rate := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) // 1 OCEAN
		for _, c := range []struct {
			name     string
			template uint64 // 0: ocean.go's default
			pricing  assets.Pricing
			apis     []string
		}{
			{"default template, free", 0, assets.Pricing{Type: assets.PricingFree}, []string{"orderAsset"}},
			{"default template, fixed", 0, assets.Pricing{Type: assets.PricingFixed, Rate: rate}, []string{"orderAsset"}},
			{"template 1, free", 1, assets.Pricing{Type: assets.PricingFree}, []string{"steps", "orderAsset"}},
			{"template 1, fixed", 1, assets.Pricing{Type: assets.PricingFixed, Rate: rate}, []string{"steps", "orderAsset"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				c.pricing.Template = c.template
				res, err := pub.Publish(ctx, assets.PublishParams{Key: "oceanjs/" + c.name,
					Metadata: assets.Metadata{Name: "interop " + c.name, Description: "bought by ocean.js", Author: "ocean.go", License: "MIT"},
					Services: []assets.ServiceParams{{Files: []assets.File{{URL: url}}, Pricing: c.pricing}}})
				require.NoError(t, err)
				for _, api := range c.apis {
					got := run(t, "buy", api, res.DID, hex.EncodeToString(sum[:]))
					require.Len(t, got, 1)
					require.True(t, got[0].OK, "%s: %s", api, got[0].Error)
				}
			})
		}
	})
}

// assetsClient is an ocean.go assets client for the devnet account i, with
// ocean.go's defaults.
func assetsClient(t *testing.T, net *devnet.Network, i int) *assets.Client {
	t.Helper()
	key := net.Accounts()[i].Key
	prov, err := provider.New(net.NodeURL())
	require.NoError(t, err)
	idx, err := indexer.New(net.NodeURL())
	require.NoError(t, err)
	auth := bind.NewKeyedTransactor(key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	account, err := compute.NewAccount(provider.NewKeySigner(key), tm)
	require.NoError(t, err)
	cl, err := assets.New(assets.Config{Provider: prov, Indexer: idx, Backend: net.Client(), Account: account,
		Journal: journal.NewMemory(), ChainID: addresses.DevChainID,
		Contracts: net.Contracts()})
	require.NoError(t, err)
	return cl
}

package main

import (
	"bytes"
	"context"
	"math/big"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// TestMarketplace runs the example on a devnet and checks the chain:
// who paid what, who received it, and which orders exist.
func TestMarketplace(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	net, err := examplenet.StartDevnet(ctx)
	require.NoError(t, err, "the devnet needs @oceanprotocol/contracts: run npm ci (make test does)")
	defer net.Close()
	cfg := config{key: "marketplace/test", price: new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))}
	require.NoError(t, devnetFiles(net, &cfg))
	cfg.publisher, cfg.buyers = net.Config(0), [2]ocean.Config{net.Config(1), net.Config(2)}
	accs := net.Accounts()
	publisher, buyers := accs[1].Address, []common.Address{accs[2].Address, accs[3].Address}

	oceanToken, err := datatoken.NewERC20(net.Client(), net.Contracts().Ocean, nil)
	require.NoError(t, err)
	balances := func() []*big.Int {
		var out []*big.Int
		for _, a := range append([]common.Address{publisher}, buyers...) {
			b, err := oceanToken.Balance(ctx, a)
			require.NoError(t, err)
			out = append(out, b)
		}
		return out
	}
	before := balances()
	var out bytes.Buffer
	require.NoError(t, run(ctx, cfg, &out), out.String())
	text := out.String()
	t.Log(text)
	after := balances()

	// Each buyer paid the rate plus the 0.1 % Ocean community fee, once
	// (the repeated order was reused); the publisher received the rate
	// for each sale.
	quote := new(big.Int).Mul(big.NewInt(3003), big.NewInt(1e15))
	for i := range buyers {
		assert.Equal(t, quote, new(big.Int).Sub(before[i+1], after[i+1]), "buyer %d", i+1)
	}
	assert.Equal(t, new(big.Int).Mul(big.NewInt(6), big.NewInt(1e18)), new(big.Int).Sub(after[0], before[0]))
	assert.Contains(t, text, "earned     6 OCEAN in all")

	// Four orders on chain: each buyer ordered the premium and the sample.
	dids := regexp.MustCompile(`datatoken  (0x[0-9a-fA-F]{40})`).FindAllStringSubmatch(text, -1)
	require.Len(t, dids, 2)
	premiumDT, sampleDT := common.HexToAddress(dids[0][1]), common.HexToAddress(dids[1][1])
	orders := regexp.MustCompile(`order tx   (0x[0-9a-f]{64})`).FindAllStringSubmatch(text, -1)
	require.Len(t, orders, 4)
	want := []struct {
		consumer  common.Address
		datatoken common.Address
	}{{buyers[0], premiumDT}, {buyers[0], sampleDT}, {buyers[1], premiumDT}, {buyers[1], sampleDT}}
	for i, m := range orders {
		rc, err := net.Client().TransactionReceipt(ctx, common.HexToHash(m[1]))
		require.NoError(t, err)
		o, err := datatoken.Order(rc)
		require.NoError(t, err)
		assert.Equal(t, want[i].consumer, o.Consumer, "order %d", i)
		assert.Equal(t, want[i].datatoken, o.Datatoken, "order %d", i)
	}
	// The repeated order is buyer 1's first premium order.
	assert.Contains(t, text, "reused     "+orders[0][1]+", paid 0 OCEAN")
	assert.Equal(t, 4, bytes.Count(out.Bytes(), []byte("sha256 verified")))
}

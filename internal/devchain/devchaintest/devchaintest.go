// Package devchaintest is the test harness shared by the packages that test
// against the dev chain: one chain per test package, reachable in process
// and over JSON-RPC, so every chain test can run on both. It is imported
// only from _test.go files.
package devchaintest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/oceango/ocean.go/internal/devchain"
)

// Run is a TestMain body: it starts a dev chain with the Ocean contracts
// and JSON-RPC on a free loopback port, hands the chain and a JSON-RPC
// client to setup, runs the package's tests, closes both and exits with the
// tests' code. pkg names the package in the start-up error.
func Run(m *testing.M, pkg string, setup func(*devchain.Chain, *ethclient.Client)) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	chain, err := devchain.Start(ctx, devchain.Options{HTTPAddr: "127.0.0.1:0"})
	var rpc *ethclient.Client
	if err == nil {
		rpc, err = ethclient.DialContext(ctx, chain.RPCURL())
	}
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s tests: dev chain: %v\n", pkg, err)
		os.Exit(1)
	}
	setup(chain, rpc)
	code := m.Run()
	rpc.Close()
	chain.Close()
	os.Exit(code)
}

// Backend is one way of reaching the chain, named for a subtest.
type Backend struct {
	Name   string
	Client bind.Backend
}

// Backends returns the chain in process ("inproc") and over JSON-RPC
// ("jsonrpc"), in that order.
func Backends(chain *devchain.Chain, rpc *ethclient.Client) []Backend {
	return []Backend{{"inproc", chain.Client()}, {"jsonrpc", rpc}}
}

// Command devchain starts the in-process development chain with the Ocean
// contracts, prints what it deployed in the @oceanprotocol/contracts
// address.json shape, and exits, or keeps serving JSON-RPC with -serve.
//
// It is the interim main job of `make demo` until the quickstart exists.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/oceango/ocean.go/internal/addresses"
	"github.com/oceango/ocean.go/internal/devchain"
)

func main() {
	rpcAddr := flag.String("rpc", "", "serve JSON-RPC on this loopback address (e.g. 127.0.0.1:8545)")
	serve := flag.Bool("serve", false, "keep running until interrupted")
	flag.Parse()
	if *serve && *rpcAddr == "" {
		*rpcAddr = "127.0.0.1:8545"
	}
	if err := run(*rpcAddr, *serve); err != nil {
		fmt.Fprintln(os.Stderr, "devchain:", err)
		os.Exit(1)
	}
}

func run(rpcAddr string, serve bool) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	began := time.Now()
	chain, err := devchain.Start(ctx, devchain.Options{HTTPAddr: rpcAddr})
	if err != nil {
		return err
	}
	defer chain.Close()
	ready := time.Since(began)

	d := chain.Deployment()
	id := chain.ChainID().Uint64()
	file := addresses.File{addresses.Development: d.Network(id)}
	out, err := json.MarshalIndent(file, "", "  ")
	if err != nil {
		return err
	}
	fmt.Printf("Ocean dev chain %d ready in %s (genesis, 12 contracts deployed and wired)\n\n", id, ready.Round(time.Millisecond))
	if url := chain.RPCURL(); url != "" {
		fmt.Printf("JSON-RPC: %s\n\n", url)
	}
	fmt.Println("Funded accounts (Barge test mnemonic, m/44'/60'/0'/0/i):")
	owner, other := devchain.OceanBalances()
	for i, a := range chain.Accounts() {
		ocean := other
		if i == 0 {
			ocean = owner
		}
		fmt.Printf("  %d  %s  %s OCEAN\n", i, a.Address, new(big18).format(ocean))
	}
	fmt.Printf("\nContracts (address.json, network %q):\n%s\n", addresses.Development, out)

	if !serve {
		return nil
	}
	fmt.Println("\nServing; press Ctrl-C to stop.")
	<-ctx.Done()
	return nil
}

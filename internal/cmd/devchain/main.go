// Command devchain starts the local Ocean network (package devnet), prints
// the funded accounts and the deployed contracts in the
// @oceanprotocol/contracts address.json shape, and exits, or keeps serving
// JSON-RPC with -serve.
//
// It is the interim main job of `make demo` until the quickstart exists.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/oceango/ocean.go/devnet"
)

func main() {
	rpcAddr := flag.String("rpc", "", "serve JSON-RPC on this loopback address (e.g. 127.0.0.1:8545)")
	serve := flag.Bool("serve", false, "keep running until interrupted (JSON-RPC on 127.0.0.1:8545 unless -rpc is given)")
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
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: rpcAddr})
	if err != nil {
		return err
	}
	defer net.Close()
	ready := time.Since(began)

	file, err := net.AddressFile()
	if err != nil {
		return err
	}
	fmt.Printf("Ocean devnet (chain %s) ready in %s: genesis, Ocean contracts deployed and wired, node and file origin up\n\n", net.ChainID(), ready.Round(time.Millisecond))
	if url := net.RPCURL(); url != "" {
		fmt.Printf("JSON-RPC:    %s\n", url)
	}
	fmt.Printf("Ocean node:  %s (provider %s)\n", net.NodeURL(), net.ProviderAccount().Address)
	fmt.Printf("File origin: %s\n\n", net.FilesURL())
	fmt.Println("Funded accounts (Barge test mnemonic, m/44'/60'/0'/0/i):")
	for i, a := range net.Accounts() {
		fmt.Printf("  %d  %s  %s OCEAN\n", i, a.Address, whole(devnet.OceanBalance(i)))
	}
	fmt.Printf("\nContracts (address.json, network %q):\n%s\n", devnet.NetworkName, file)

	if !serve {
		return nil
	}
	fmt.Println("\nServing; press Ctrl-C to stop.")
	<-ctx.Done()
	return nil
}

// whole formats an 18-decimal token amount in whole units.
func whole(wei *big.Int) string {
	return new(big.Int).Quo(wei, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).String()
}

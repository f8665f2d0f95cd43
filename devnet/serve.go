package devnet

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/oceango/ocean.go/addresses"
)

// Default addresses of Serve, those Ocean's tools expect for a local
// network (Barge): JSON-RPC on 8545, the node on 8001.
const (
	DefaultRPCAddr  = "127.0.0.1:8545"
	DefaultNodeAddr = "127.0.0.1:8001"
)

// ServeOptions configures Serve.
type ServeOptions struct {
	// Options are passed to Start. Empty RPCAddr and NodeAddr become
	// DefaultRPCAddr and DefaultNodeAddr; FilesAddr stays a free port.
	Options
	// AddressFile is where the address file (AddressFileWithAccounts) is
	// written; empty: "address.json" in the working directory.
	AddressFile string
	// Out receives a human-readable summary (URLs, file path, accounts);
	// nil: nothing is printed.
	Out io.Writer
}

// Serve runs a devnet in the foreground on fixed ports, writes the address
// file, and blocks until ctx is cancelled (wire ctx to Ctrl-C with
// signal.NotifyContext); it then stops everything and returns nil. The
// address file is removed on return.
func Serve(ctx context.Context, opts ServeOptions) error {
	if opts.RPCAddr == "" {
		opts.RPCAddr = DefaultRPCAddr
	}
	if opts.NodeAddr == "" {
		opts.NodeAddr = DefaultNodeAddr
	}
	if opts.AddressFile == "" {
		opts.AddressFile = "address.json"
	}
	net, err := Start(ctx, opts.Options)
	if err != nil {
		return err
	}
	defer net.Close()
	raw, err := net.AddressFileWithAccounts()
	if err != nil {
		return err
	}
	path, err := filepath.Abs(opts.AddressFile)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return fmt.Errorf("devnet: write address file: %w", err)
	}
	defer os.Remove(path)
	if opts.Out != nil {
		fmt.Fprintf(opts.Out, "Ocean devnet (chain id %d)\n", addresses.DevChainID)
		fmt.Fprintf(opts.Out, "  JSON-RPC      %s\n", net.RPCURL())
		fmt.Fprintf(opts.Out, "  Ocean node    %s (provider %s)\n", net.NodeURL(), net.ProviderAccount().Address)
		fmt.Fprintf(opts.Out, "  file origin   %s\n", net.FilesURL())
		fmt.Fprintf(opts.Out, "  address file  %s (network %q)\n", path, addresses.Development)
		fmt.Fprintf(opts.Out, "  accounts (Barge test mnemonic, public keys — never use on a real network):\n")
		for i, a := range net.Accounts() {
			fmt.Fprintf(opts.Out, "    %d %s\n", i, a.Address)
		}
	}
	<-ctx.Done()
	return net.Close()
}

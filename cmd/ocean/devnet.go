package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/internal/contracts"
)

func newDevnetCommand(e *env) *cobra.Command {
	var opts devnet.ServeOptions
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a complete local Ocean network in the foreground",
		Long: `Run a local Ocean network in this process: a development chain (chain id 8996)
with the Ocean contracts deployed, the ten Barge test accounts funded, an Ocean
node and a file origin. The contracts' address file (address.json shape, network
"development", plus the test accounts) is written for ocean.js and other tools,
and removed on exit. Ctrl-C stops everything.

The contract artifacts come from the pinned @oceanprotocol/contracts npm package
(2.6.0): --contracts DIR (an unpacked package), else node_modules from the
working directory upwards, else the user cache (ocean.go/contracts), else a
download on first use from your npm registry (npm_config_registry or ~/.npmrc;
default registry.npmjs.org), checked against the pinned integrity hash.
OCEAN_CONTRACTS_OFFLINE=1 turns the download off.

The node has no compute environment unless --allow-local-compute is given:
with it, compute jobs (raw algorithm code sent by any caller, and published
algorithms) run on this machine as unsandboxed processes with your user's
rights, files, network and environment.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for old, repl := range map[string]string{"rpc": "rpc-listen", "node": "node-listen"} {
				if cmd.Flags().Changed(old) {
					// On stderr: cobra prints pflag's own deprecation
					// notices on the output stream, stdout here.
					fmt.Fprintf(cmd.ErrOrStderr(), "ocean devnet: --%s is deprecated, use --%s (a listen address; "+
						"the global --%s is an endpoint to connect to)\n", old, repl, old)
				}
			}
			opts.Out, opts.Logger = e.stdout, e.log
			// Located here (devnet.Start would do the same) to say why the
			// first run waits.
			dir, err := contracts.Locate(cmd.Context(), contracts.LocateOptions{
				Dir: opts.ContractsDir,
				OnDownload: func(url string) {
					e.status("first use: downloading the contract artifacts from %s", url)
				},
			})
			if err != nil {
				return err
			}
			opts.ContractsDir = dir
			return devnet.Serve(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.RPCAddr, "rpc-listen", devnet.DefaultRPCAddr, "loopback address the chain's JSON-RPC listens on")
	f.StringVar(&opts.NodeAddr, "node-listen", devnet.DefaultNodeAddr, "loopback address the Ocean node listens on")
	// The old names shadowed the global --rpc/--node endpoints with listen
	// addresses; they keep working, hidden, with a deprecation notice.
	f.StringVar(&opts.RPCAddr, "rpc", devnet.DefaultRPCAddr, "loopback address the chain's JSON-RPC listens on")
	f.StringVar(&opts.NodeAddr, "node", devnet.DefaultNodeAddr, "loopback address the Ocean node listens on")
	_ = f.MarkHidden("rpc")
	_ = f.MarkHidden("node")
	f.StringVar(&opts.FilesAddr, "files", "127.0.0.1:0", "loopback address of the file origin")
	f.StringVar(&opts.AddressFile, "address-file", "address.json", "where the address file is written")
	f.StringVar(&opts.ContractsDir, "contracts", "", "unpacked @oceanprotocol/contracts package folder (default: node_modules, the cache, or a download)")
	f.BoolVar(&opts.AllowLocalCompute, "allow-local-compute", false,
		"let the node run compute jobs (including raw code any caller sends) as unsandboxed processes with your user's rights")
	return cmd
}

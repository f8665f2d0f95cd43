// Package devnet runs a complete local Ocean network inside the current
// process, with no Docker: a go-ethereum development chain (chain id 8996)
// with the real Ocean contracts from @oceanprotocol/contracts deployed and
// wired, funded accounts, an Ocean node and a file origin.
//
// # Starting
//
//	net, err := devnet.Start(ctx, devnet.Options{})
//	if err != nil { ... }
//	defer net.Close()
//
// The chain seals a block as soon as a transaction arrives, so receipts are
// available within milliseconds. Network.Client is an in-process client;
// with Options.RPCAddr set, the chain also serves JSON-RPC on a loopback
// address for other tools (ocean.js, cast, curl).
//
// # Ocean node and file origin
//
// Network.NodeURL is a Go node speaking the Ocean Node ≥1 HTTP dialect
// (provider routes, an indexer of metadata events with the Aquarius
// routes, directCommand status), listening on 127.0.0.1. Its key is the
// Barge account ProviderIndex (Network.ProviderAccount): publish with
// NodeURL as serviceEndpoint and decryptor URL, encrypt through the node,
// and the DDO is served within a block of setMetaData. The node refuses
// file URLs on private networks but allows loopback, so files on the
// origin (Network.FilesURL, Network.AddFile, SampleFiles()) can be
// published and downloaded.
//
// # Foreground use
//
// Serve runs the same network on the ports Ocean's tools expect
// (JSON-RPC on 127.0.0.1:8545, node on 127.0.0.1:8001) and writes an
// address.json under the network key "development" with the test
// accounts, so ocean.js can use it unchanged; it stops when its context
// ends.
//
// # Accounts
//
// The funded accounts are those of Ocean's public Barge test mnemonic
// (Mnemonic, m/44'/60'/0'/0/i), so scripts written for Barge run unchanged.
// Account 0 deployed and owns the contracts and holds 1,000,000 OCEAN; the
// others hold 100,000 OCEAN each; all hold 10,000 ETH. The keys are public:
// never use them on a real network.
//
// # Contract artifacts
//
// The contracts' creation code is read from the installed npm package
// (node_modules/@oceanprotocol/contracts, found from the working directory
// upwards, or Options.ContractsDir); `npm ci` in the repository installs it.
// ErrContractsNotInstalled reports a missing package.
package devnet

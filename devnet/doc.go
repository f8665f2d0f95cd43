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
// The contracts' creation code comes from the @oceanprotocol/contracts npm
// package at the version package-lock.json pins (2.6.0); no bytecode is in
// the module. Start looks for it in order:
//
//  1. Options.ContractsDir (the CLI's --contracts), an unpacked package
//     folder, used as is;
//  2. node_modules/@oceanprotocol/contracts of the pinned version in the
//     working directory or a parent (a checkout after npm ci);
//  3. the cache: $OCEAN_CONTRACTS_CACHE, else ocean.go/contracts in the
//     user cache folder (os.UserCacheDir: ~/.cache on Linux,
//     ~/Library/Caches on macOS), one folder per version;
//  4. a download on first use from the npm registry npm would use
//     (npm_config_registry, or registry= / @oceanprotocol:registry= and the
//     registry's _authToken in ~/.npmrc; default registry.npmjs.org). The
//     tarball's SHA-512 must equal the integrity hash package-lock.json
//     records before anything is unpacked into the cache. Concurrent first
//     uses are safe.
//
// OCEAN_CONTRACTS_OFFLINE=1 turns step 4 off. When every step fails the
// error (matching ErrContractsNotInstalled) names the places searched and
// the URL tried, and what to do: fix the network or the npm registry
// setting, or pass an unpacked package as Options.ContractsDir.
package devnet

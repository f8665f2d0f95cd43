// Package ocean is the Go SDK for Ocean Protocol: publish data assets, sell
// and order access to them, download, and run compute-to-data jobs, from a
// Go backend, unattended.
//
// The root package is a facade that composes the layers below it:
//
//   - ddo: DDO types, builders, validation, DID, metadata hash and the exact
//     JSON bytes Ocean nodes hash.
//   - provider: the DataServiceProvider client for Ocean Node and the classic
//     Provider.
//   - indexer: the Aquarius-compatible metadata routes (resolve, query,
//     wait until indexed).
//   - nft, datatoken: typed wrappers over the Ocean contracts, with the
//     per-account transaction manager.
//   - accesslist: on-chain access lists (create, add and remove members,
//     check membership), which asset credentials name.
//   - assets/journal: the crash-safe store of the multi-step flows' state.
//   - compute: compute-to-data: environments, initialize, pay (orders and
//     escrow), start, watch, wait, stop, results and logs.
//   - assets: the resumable multi-step flows (publish, order, download,
//     run a compute job).
//   - devnet: a complete local Ocean network in one process, no Docker.
//
// Nothing else in the module imports this package; every package below is
// usable on its own.
//
// # Creating a client
//
// Dial connects to one network and wires one client of each:
//
//	client, err := ocean.Dial(ctx, ocean.Config{
//		Network: "sepolia",
//		RPCURL:  "https://...",          // your endpoint
//		NodeURL: "https://node.example", // an Ocean node
//		JournalDir: "/var/lib/myapp/ocean-journal",
//		Key: ocean.KeySource{Keystore: "key.json", PasswordEnv: "KEY_PASSWORD"},
//	})
//	defer client.Close()
//
// The Client's fields are the chain client (Eth), the node's provider
// (Provider) and indexer (Indexer), the ERC721 factory (Factory), the
// fixed-rate exchange, dispenser, escrow and OCEAN token handles, the
// access-list factory (AccessLists; Client.AccessList opens a list), the
// account (Account: its node signer and transaction manager), the flows' journal, the
// flows themselves (Assets: Publish, Order, Download, RunCompute, Resume,
// ...) and the account's compute-to-data client (Compute: environments,
// watch, wait, results, logs, stop; the one RunCompute uses); Assets and
// Compute are nil without an account. Dial
// checks that the RPC endpoint serves the configured network's chain and
// returns a *ChainMismatchError otherwise. New does the same over an
// existing chain client, any Backend (the devnet's in-process client, a
// simulated backend, a wrapper that counts calls).
// Clients are safe for concurrent use; Close stops the transaction manager
// and closes what Dial opened.
//
// # Compute-to-data
//
// A consumer runs an algorithm on a dataset without downloading the data:
//
//	run, err := client.Assets.RunCompute(ctx, assets.RunComputeParams{
//		Key: "job-42", // the idempotency key: resuming after a crash never pays twice
//		Spec: compute.Spec{
//			Datasets:       []compute.Asset{{DID: dataDID, ServiceID: computeServiceID}},
//			Algorithm:      compute.Algorithm{Asset: compute.Asset{DID: algoDID, ServiceID: algoServiceID}},
//			MaxJobDuration: 10 * time.Minute, // a paid job locks price × duration in escrow
//		},
//	})
//	status, err := client.Compute.Wait(ctx, run.Job.ID, compute.WatchOptions{})
//	_, err = client.Compute.Output(ctx, run.Job.ID, w)
//
// RunCompute orders the dataset and algorithm, pays the escrow of a paid
// environment and starts the job, journaled step by step (Spec.Free runs
// in the environment's free tier and pays nothing). Client.Compute is the
// compute package's client for everything after the start, and for
// running the steps by hand.
//
// # Networks
//
// Networks lists the presets: the live networks of the address file
// shipped with @oceanprotocol/contracts (mainnet, polygon, optimism, base,
// sepolia, optimism_sepolia, oasis_sapphire, ...) with their typed
// contract addresses, and the development network (chain 8996, the devnet
// and barge). Networks of shut-down chains the file still lists (goerli,
// mumbai, ...) have no preset: LookupNetwork says they are retired. A
// preset has a default RPC URL only where Ocean names a keyless public
// endpoint (ocean.js's ConfigHelper, Ocean's networks page): optimism,
// optimism_sepolia, base, bsc, energyweb, moonriver, the Oasis Sapphire
// networks, pontus-x-devnet, and 127.0.0.1:8545 for development; mainnet,
// sepolia and polygon need an RPC URL. Only development has a default node
// URL (127.0.0.1:8001, where `ocean devnet` serves): Ocean runs no public
// node, so elsewhere give the URL of an Ocean node that serves the chain.
// The development preset has no contract addresses: they come from
// Config.AddressFile (the devnet writes one) or Config.Contracts, which
// also serve chains without preset.
//
// Not every network has every contract. Network.Missing lists what the
// SDK cannot do there (polygon: no Escrow, so no paid compute; base: no
// OCEAN token to price in), and the flows return the same
// *MissingContractError before sending anything when asked for it. The
// repository's docs/networks.md walks through a first publish, order and
// download on a testnet.
//
// # Environment
//
// No function reads the environment behind the caller's back. ConfigFromEnv
// builds a Config from:
//
//	OCEAN_NETWORK            network name or chain id
//	OCEAN_RPC_URL            JSON-RPC endpoint
//	OCEAN_NODE_URL           Ocean node
//	OCEAN_INDEXER_URL        indexer (default: the node)
//	OCEAN_JOURNAL_DIR        directory of the flow journal
//	OCEAN_ADDRESS_FILE       address.json with the contract addresses
//	OCEAN_PRIVATE_KEY        hex private key of the account, or
//	OCEAN_KEYSTORE           an encrypted keystore file, with
//	OCEAN_KEYSTORE_PASSWORD  its password
//
// The key variables are not copied into the Config: it records their
// names (KeySource), and LoadSigners, called by Dial, reads them.
//
// # Accounts and signing
//
// Config takes the account's key material as Signers: an address with a
// transaction signer (bind.SignerFn) and a node request signer
// (provider.Signer). NewKeySigners makes them from a key, LoadSigners
// from a KeySource; a keystore wallet, Clef or a KMS signer fits the same
// two fields. Config holds no private key. New builds the account's
// transaction manager on the transaction signer, and Client.Account, a
// *compute.Account, carries it with the node request signer: the one
// account value the compute and assets clients take too, checked once to
// act for one address. Without signers the client is read-only.
//
// # Journal
//
// With JournalDir set, the flows' state lives in a journal.FileStore in
// that directory (crash-safe, shared safely by the processes of one
// machine). JournalURL (OCEAN_JOURNAL) selects the store by URL and wins
// over JournalDir: postgres://… opens a journal.PostgresStore, which the
// replicas of a service on several machines share (a dead replica's
// unfinished flows are claimed by a live one: Assets.ResumeAll), and a
// directory a FileStore. Config.Journal injects another store. Without
// any, the journal is in memory and flows cannot resume after the process
// ends.
//
// # Errors
//
// *ChainMismatchError (the endpoint serves another chain),
// *UnknownNetworkError (no preset and no address file entry; Retired says
// why a network Ocean's file still lists has none), *MissingConfigError
// (ErrMissingConfig: no RPC URL, node URL or contract addresses; its text
// names what to give in plain words, its Field and Env fields where) and
// ErrNoKey (the key source names no key); the wired clients return their
// own packages' errors, *MissingContractError among them.
package ocean

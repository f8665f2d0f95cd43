// Package conformance is a provider conformance suite: one set of route
// checks (discovery, nonce, encrypt, fileInfo, initialize, download,
// decrypt, validateDDO, auth tokens, compute routes, directCommand, error
// shapes; signed download URLs, pre-made signatures, the order amount,
// job lists by DID, paged search) run against an Ocean Node. The expectations are the answers of
// the real Ocean Node v3.1.0, quirks included (ocean-node-observed.md
// §(b) and §(f)): fileInfo truncates files beyond 10 MiB and reports dead
// URLs valid and empty, initialize ignores transferTxId, encrypt ignores
// auth tokens, unknown orders answer 500 "{}". Where ocean.go's client is
// involved the checks also assert what the caller sees (one request, the
// node's own status and message).
//
// The package holds only tests. By default they start an in-process
// devnet (chain with the Ocean contracts, the devnode, a file origin) and
// run there, as part of "make test". A check the devnode deliberately
// answers differently is skipped on the devnode only, naming the row of
// the deviation table in the devnode package doc.
//
// # Running against another node
//
// Start the node on a chain that carries the Ocean contracts and funds
// the Barge test mnemonic's accounts (for example "ocean devnet", whose
// address file the node uses as its ADDRESS_FILE), then:
//
//	OCEAN_CONFORMANCE_NODE_URL=http://127.0.0.1:8001 \
//	OCEAN_CONFORMANCE_RPC_URL=http://127.0.0.1:8545 \
//	OCEAN_CONFORMANCE_ADDRESS_FILE=/path/to/address.json \
//	OCEAN_CONFORMANCE_ORIGIN_HOST=localhost \
//	OCEAN_CONFORMANCE_REPORT=conformance.md \
//	go test -count=1 -v ./internal/conformance/
//
// NODE_URL is the node's base URL; RPC_URL its chain's JSON-RPC; the
// address file is in the @oceanprotocol/contracts shape (the entry whose
// chainId matches the chain is used). The suite serves the files it
// publishes from its own origin on 127.0.0.1 and names them with
// ORIGIN_HOST (default "localhost": Ocean Node's default UNSAFE_URLS
// refuses URLs containing 127.0.0.1); the node must be able to reach that
// host. Accounts are the Barge mnemonic's index 1 (publisher) and 2
// (consumer), as on the devnet; the node should sign with index 8 and
// index the chain (a short INDEXER_INTERVAL keeps the run quick: the suite
// waits for the indexer by polling with backoff, it never sleeps blindly).
// The suite publishes one free asset and orders it once per run.
//
// At the end the suite logs a route table (route | expectation | result)
// and, when OCEAN_CONFORMANCE_REPORT is set, writes it there as markdown.
package conformance

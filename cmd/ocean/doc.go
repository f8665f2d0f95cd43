// Command ocean is the ocean.go command-line tool: it publishes data assets
// on Ocean Protocol networks, finds, orders and downloads them, runs
// compute-to-data jobs and manages asset state, with the SDK's packages
// underneath (ocean.Dial wires them).
//
// Usage:
//
//	ocean publish (FILE.json | --name NAME --url URL... (--free | --price OCEAN)) [--idempotency-key KEY]
//	ocean get DID
//	ocean search [TEXT] [--type dataset|algorithm] [--tag TAG]... [--owner ADDR] [--limit N]
//	ocean order DID [--service ID] [--max-price OCEAN] [--idempotency-key KEY]
//	ocean download DID [--service ID] [--file-index N | --all] [--order-tx TX] [-o DIR|FILE]
//	ocean compute start DATASET_DID (--algo ALGO_DID | --raw-algo FILE --image I --tag T) [--env ID] [--free] [--wait]
//	ocean compute status|result|logs|stop JOB_ID
//	ocean state DID active|end-of-life|deprecated|revoked|ordering-disabled|unlisted
//	ocean ddo validate [--json] [--reference] FILE...
//	ocean ddo encode FILE
//	ocean ddo hash [--flags N] FILE
//	ocean ddo did [--v5] NFT_ADDRESS CHAIN_ID
//	ocean devnet [--rpc ADDR] [--node ADDR] [--files ADDR] [--address-file PATH]
//
// Global flags, each falling back to an environment variable (the names
// ocean.ConfigFromEnv reads): --network (OCEAN_NETWORK), --rpc
// (OCEAN_RPC_URL), --node (OCEAN_NODE_URL), --indexer (OCEAN_INDEXER_URL),
// --addresses (OCEAN_ADDRESS_FILE), --journal (OCEAN_JOURNAL_DIR) and
// --keystore (OCEAN_KEYSTORE, password in OCEAN_KEYSTORE_PASSWORD); plus
// --json and --timeout. A raw key comes only from OCEAN_PRIVATE_KEY, never
// from a flag, and is never printed. For `ocean devnet`, --rpc and --node
// are the addresses it listens on.
//
// Against a local network started with `ocean devnet` (which writes
// address.json):
//
//	export OCEAN_NETWORK=development OCEAN_ADDRESS_FILE=address.json
//	export OCEAN_PRIVATE_KEY=<a devnet account key from address.json>
//	ocean publish --name "My data" --url http://127.0.0.1:PORT/data.csv --free
//	ocean download did:op:… -o data.csv
//
// Output is text for people by default; with --json each result is one JSON
// object on its own line of stdout, and a failure one JSON object
// {"error","exitCode"} on stderr. Progress notes go to stderr, and a progress
// bar is drawn there during downloads when it is a terminal.
//
// Flows that spend (publish, order, state, compute start) are journaled in
// the --journal directory under an idempotency key: after a failure or
// crash, the same command with the same --idempotency-key carries on
// without paying or creating twice. Without a journal directory the journal
// lives in memory and only the chain and the node remember what was done.
//
// Exit status: 0 success; 1 the operation failed; 2 usage or configuration
// error; 3 not found; 4 the chain, node or indexer is unreachable or the RPC
// endpoint serves another chain; 5 timed out or interrupted.
package main

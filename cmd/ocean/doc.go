// Command ocean is the ocean.go command-line tool: it publishes data assets
// on Ocean Protocol networks, finds, orders and downloads them, runs
// compute-to-data jobs and manages asset state, with the SDK's packages
// underneath (ocean.Dial wires them).
//
// Usage:
//
//	ocean publish (FILE.json | --name NAME --url URL... (--free | --price OCEAN) [--template 2|1]) [--idempotency-key KEY]
//	ocean get DID
//	ocean search [TEXT] [--type dataset|algorithm] [--tag TAG]... [--owner ADDR] [--limit N]
//	ocean order DID [--service ID] [--max-price OCEAN] [--idempotency-key KEY]
//	ocean download DID [--service ID] [--file-index N | --all] [--order-tx TX] [--max-price OCEAN] [-o DIR|FILE]
//	ocean compute envs
//	ocean compute start DATASET_DID (--algo ALGO_DID | --raw-algo FILE --image I --tag T) [--env ID] [--free] [--wait]
//	ocean compute status|result|logs|stop JOB_ID
//	ocean state DID active|end-of-life|deprecated|revoked|ordering-disabled|unlisted
//	ocean ddo validate [--json] [--reference] FILE...
//	ocean ddo encode FILE
//	ocean ddo hash [--flags N] FILE
//	ocean ddo did [--v5] NFT_ADDRESS CHAIN_ID
//	ocean journal list [--all] [--flow FLOW] | show KEY | resume KEY | abandon KEY
//	ocean devnet [--rpc-listen ADDR] [--node-listen ADDR] [--files ADDR] [--address-file PATH]
//	ocean networks
//	ocean balance [--address ADDR] [--token ADDR]...
//	ocean version
//	ocean completion bash|zsh|fish|powershell
//
// Global flags, each falling back to an environment variable (the names
// ocean.ConfigFromEnv reads): --network (OCEAN_NETWORK), --rpc
// (OCEAN_RPC_URL), --node (OCEAN_NODE_URL), --indexer (OCEAN_INDEXER_URL),
// --addresses (OCEAN_ADDRESS_FILE), --journal (OCEAN_JOURNAL_DIR; default
// $XDG_STATE_HOME/ocean/journal, else ~/.local/state/ocean/journal;
// --no-journal for none) and
// --keystore (OCEAN_KEYSTORE, password in OCEAN_KEYSTORE_PASSWORD); plus
// --json, --timeout, and -v (repeatable: -v info, -vv debug) or
// --log-level debug|info|warn|error for the SDK's diagnostics on stderr. A raw key comes only from OCEAN_PRIVATE_KEY, never
// from a flag, and is never printed. For `ocean devnet`, --rpc-listen and
// --node-listen are the addresses it listens on (the old --rpc and --node
// spellings still work there, with a deprecation notice).
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
// {"error","exitCode"} on stderr. Progress notes go to stderr. When stderr
// is a terminal (and without --json), a progress bar with rate and ETA is
// drawn there during downloads, and publish, order, state and compute start
// print one line per finished step ("publish: data NFT created").
//
// Flows that spend (publish, order, state, compute start) are journaled in
// the journal directory under an idempotency key: after a failure or
// crash, the same command with the same --idempotency-key carries on
// without paying or creating twice, and runs of one key at once wait for
// the one in flight and give its result. "ocean journal" lists, shows,
// resumes and abandons the entries. With --no-journal only the chain and
// the node remember what was done.
//
// Nothing is paid twice: order and download reuse any still-valid order
// of the account, found in the journal or on chain (an order made on
// another machine or by another tool). Before paying they print a quote
// (price, the exchange's market fee, the Ocean community fee, order and
// provider fees, in the base token's units) and after it the receipt; a
// download buys only with --max-price (or a yes typed on a terminal), and
// nothing is sent when the price is above --max-price, the balance is too
// low or the file index does not exist.
//
// Exit status: 0 success; 1 the operation failed (including a price above
// --max-price or too little balance); 2 usage, input or configuration error
// (a malformed DID, address or key, a missing file, an unknown network, a
// priced download without --max-price); 3 not found; 4 the chain, node or
// indexer is unreachable or serves another chain; 5 timed out or
// interrupted.
package main

// Package devnode is a Go node that speaks the Ocean Node ≥1 HTTP dialect
// for local development and tests: the provider routes (nonce, encrypt,
// decrypt, fileInfo, initialize, download, auth tokens), an indexer of the
// data NFTs' metadata events with the Aquarius-compatible routes,
// compute-to-data on a local executor (environments, initializeCompute,
// paid start through the Escrow contract, free start, stop, status,
// results, streamable logs), and directCommand status.
//
// It answers as a real Ocean Node does (status codes, plain-text errors,
// field names and types; see provider-api.md and ocean-node-observed.md),
// and behaves like one where it matters: signed commands need
// address+nonce+command signatures with strictly increasing nonces (or an
// auth token), downloads are checked against the order transaction on
// chain (datatoken, consumer, service, provider fee, validity), file URLs
// never appear in any answer, error or log, and file URLs that resolve to
// loopback or private addresses are refused unless allowed.
//
// # Compute executor: development only, no isolation
//
// Compute jobs run as child processes of the node, with the node's user,
// file system, network and environment: the executor isolates nothing and
// must never run algorithms you do not trust. Each job gets a directory
// laid out as Compute-to-Data lays out /data: data/inputs/<did>/<index>
// (the datasets' files), data/inputs/algoCustomData.json (the consumer
// parameters), data/ddos/<did>, data/transformations/algorithm,
// data/outputs and data/logs. The paths are under the job directory, not
// /data: the algorithm runs with data/ as its working directory, and the
// environment variables DATA_DIR, ALGO, DIDS and TRANSFORMATION_DID point
// at them. The container's entrypoint ("python $ALGO", "node $ALGO",
// "sh $ALGO") selects the interpreter found on PATH; the image is
// ignored. The job's maxJobDuration is enforced by killing the process
// group. Results are the algorithm log (stdout and stderr) and outputs.tar
// (data/outputs). Paid jobs lock the price (1 OCEAN per CPU-minute) in the
// Escrow contract at start and claim the minutes actually used at the end.
//
// The node keeps its state in memory; it is not meant to run a public
// network.
package devnode

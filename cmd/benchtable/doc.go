// Command benchtable measures ocean.go against the budgets of design.md §7
// and prints one markdown table: every measure with its peer or baseline,
// the value measured in this run, the budget, and whether it holds. Ratios
// are taken within the same run. `make bench` runs it after the Go
// benchmarks; BENCHMARKS.md keeps the latest table.
//
// # What it runs
//
//   - DDO validation: ddo.Validate on test vector TV1 with GOMAXPROCS 1,
//     strict (the default) and in ReferenceMode.
//   - Devnet start: a freshly built `ocean devnet` process, from exec until
//     its JSON-RPC answers eth_blockNumber and its node answers GET /,
//     several runs, median; and devnet.Start in this process.
//   - Devnet memory: the child's VmRSS once it answers, then after each of
//     -flows free publish → order → download flows (10 MiB); the slope per
//     flow is a least-squares fit, projected to 1,000 flows.
//   - Flows: ocean.go clients (package ocean, as a program uses it) in this
//     process against the child devnet; publisher and consumer are separate
//     accounts and the consumer resolves the asset by DID. Every HTTP
//     request goes through a counting http.RoundTripper that counts
//     JSON-RPC calls (each call of a batch), eth_sendRawTransaction, and
//     node requests, per step.
//   - Download ratio: the same file from an origin in this process serving
//     a pre-filled slice at full speed, directly (GET, io.Copy) and through
//     the node (assets Download), alternating, at 10 MiB and 200 MiB.
//   - Concurrent orders: -orders free assets published concurrently, then
//     ordered concurrently by one account.
//   - Journal: Put (compare-and-swap update) on the file and memory stores.
//   - With -peers, ocean.js 8 (bench/peers, installed by `make bench-peers`)
//     runs the same free 10 MiB flow on the same devnet: timed directly,
//     then once more through counting proxies for its request counts.
//     Without -peers the ocean.js figures are those quoted in issue 15,
//     marked "quoted".
//
// Timings are printed, never asserted: the program fails only when a
// measure cannot be taken (a flow fails, the devnet does not start).
package main

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
//   - nft, datatoken: typed wrappers over the Ocean contracts.
//   - indexer, compute, assets: metadata queries, compute-to-data and the
//     resumable multi-step flows.
//   - devnet: a complete local Ocean network in one process, no Docker.
//
// In place today: ddo, provider, devnet and the ocean command's ddo and
// devnet commands, on top of the contract toolchain (bindings generated from
// the pinned @oceanprotocol/contracts package, drift-tested) and the embedded
// per-network addresses. The facade itself comes with the flows.
package ocean

// Package contracts holds what ocean.go knows about the Ocean Protocol
// contracts: one sub-package per contract with its ABI (abi.json) and the
// abigen v2 binding generated from it, plus a reader for the Hardhat
// artifacts of the @oceanprotocol/contracts npm package, which local chains
// deploy from.
//
// # Artifacts on first use
//
// Locate finds the pinned package (PinnedVersion): an explicit folder,
// node_modules above the working directory, the user cache, or else Fetch
// downloads it from the npm registry the user's npm settings name
// (ResolveRegistry), checks its SHA-512 against PinnedIntegrity (the hash
// package-lock.json records) before unpacking, and renames it into the
// cache. contractstest is a stand-in registry for tests.
//
// # Provenance
//
// The ABIs and the per-network addresses (package addresses) are extracted
// from @oceanprotocol/contracts (Apache-2.0; see NOTICE). Bytecode is never
// committed: local chains read it from node_modules at run time.
//
// # Regenerating
//
// After `npm ci` at the repository root:
//
//	go generate ./internal/contracts
//
// TestGeneratedUpToDate regenerates into a temporary folder and fails when
// anything differs from what is committed.
package contracts

//go:generate go run ./gen -pkg ../../node_modules/@oceanprotocol/contracts -out . -addresses ../../addresses/address.json

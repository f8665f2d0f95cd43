// Package examplenet gives the example programs under examples/ their
// network: an Ocean network named by the OCEAN_* environment (see
// ocean.ConfigFromEnv) and flags, or, when none is named, a complete local
// Ocean network started in the process (package devnet).
//
// It uses only the SDK's public API, like the examples themselves. It is
// not part of the SDK: copy what you need.
//
// # Accounts
//
// An example acts as several parties (a publisher, one or more consumers).
// On the devnet they are the funded Barge test accounts 1, 2, 3, ...
// (account 0 deployed the contracts). On a configured network the first
// party is the account of ocean.ConfigFromEnv (OCEAN_PRIVATE_KEY or
// OCEAN_KEYSTORE) and each further party's hex private key is read from an
// environment variable the example names.
//
// # Files
//
// Published files must be reachable by the Ocean node. On the devnet,
// Devnet.AddFile serves them from the devnet's file origin; on another
// network the example takes their URLs as flags.
package examplenet

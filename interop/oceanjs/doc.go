// Package oceanjs checks that the unmodified ocean.js 8 (@oceanprotocol/lib,
// ethers 6, default settings) works against the ocean.go devnet, and that it
// can buy what ocean.go publishes.
//
// The package has no API: its test starts a devnet (JSON-RPC on a loopback
// port, the Ocean node, the file origin), writes the devnet's address file
// and runs flows.mjs with Node.js. ocean.js is installed in this folder by
// `npm ci` (the Makefile's deps target does it; package-lock.json pins
// every version). Without that folder the test skips locally and fails in
// CI (CI set).
//
// flows.mjs publishes with ocean.js and then orders and downloads, through
// both of ocean.js's APIs — step by step (dispense or buy from the exchange,
// then startOrder) and orderAsset — with free (dispenser) and fixed-rate
// pricing, eight flows in a row with one ethers provider. It also buys
// assets ocean.go published: with ocean.go's default datatoken template
// (Enterprise, 2) only orderAsset can, since an Enterprise datatoken is sold
// only through the combined buy-and-order calls; with Pricing.Template 1
// (`ocean publish --template 1`) the step-by-step API can too.
package oceanjs

// Package devnode is a Go node that speaks the Ocean Node ≥1 HTTP dialect
// for local development and tests: the provider routes (nonce, encrypt,
// decrypt, fileInfo, initialize, download, auth tokens), an indexer of the
// data NFTs' metadata events with the Aquarius-compatible routes, and
// directCommand status.
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
// The node keeps its state in memory; it is not meant to run a public
// network.
package devnode

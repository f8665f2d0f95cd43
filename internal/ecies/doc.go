// Package ecies implements the secp256k1 ECIES construction used by Ocean
// providers and nodes (eciespy 0.3 / eciesjs 0.4 defaults), so that data
// encrypted here decrypts with those libraries and vice versa.
//
// The ciphertext is ephemeralPublicKey (65 bytes, uncompressed) ‖ nonce (16)
// ‖ tag (16) ‖ AES-256-GCM ciphertext. The AES key is HKDF-SHA256 over
// ephemeralPublicKey ‖ sharedPoint (both uncompressed), with empty salt and
// info. See provider-api.md §5 and the vector in §9.6.
package ecies

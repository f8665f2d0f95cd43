package provider

import (
	"errors"
)

// The errors of the HTTP exchange itself are the HTTP core's: every
// unsuccessful answer is a *nodehttp.Error, matched with errors.Is against
// nodehttp.ErrNotFound, nodehttp.ErrUnauthorized, nodehttp.ErrNonceRejected, nodehttp.ErrRateLimited,
// nodehttp.ErrInvalidRequest, nodehttp.ErrUnavailable and nodehttp.ErrInvalidResponse, the same way
// for the provider and the indexer. The errors below are the provider's
// own.
var (
	// ErrUnsupported: the operation or endpoint is not offered by this server
	// (missing from its endpoint table, or not part of its dialect).
	ErrUnsupported = errors.New("provider: operation not supported by server")
	// ErrSignatureRequired: the call was given only an auth token where the
	// server accepts a signature alone (Ocean Node v3.1.0's encrypt route
	// ignores the Authorization header). Give Auth a Signer: with one, the
	// client signs such calls instead of sending the token.
	ErrSignatureRequired = errors.New("provider: this call needs a signature, an auth token is not accepted")
	// ErrIntegrity: a download did not match the expected size or sha256.
	ErrIntegrity = errors.New("provider: downloaded content does not match")
)

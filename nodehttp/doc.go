// Package nodehttp is the HTTP core of ocean.go's Ocean node clients: the
// provider client (package provider) and the indexer client (package
// indexer) send every request through it, so both take the same options,
// retry the same way and fail with the same error.
//
// # Options
//
// provider.New and indexer.New take Options:
//
//	opts := []nodehttp.Option{
//		nodehttp.WithHTTPClient(myClient),             // proxies, TLS, tracing; keeps the retries
//		nodehttp.WithRetries(5, time.Second, 10*time.Second),
//		nodehttp.WithLogger(slog.Default()),
//	}
//	p, err := provider.New("https://node.example", opts...)
//	ix, err := indexer.New("https://node.example", opts...)
//
// WithHTTPClient and WithTransport choose what carries the bytes; the
// retry layer always sits on top of it (WithRetries(0, 0, 0) turns it
// off). WithRetryPolicy replaces DefaultRetryPolicy, WithResponseHeaderTimeout
// bounds the wait for headers of the default transport. Nothing is global
// and nothing is logged without WithLogger.
//
// # Retries and signed requests
//
// DefaultRetryPolicy retries transport failures and 500, 502, 503, 504 for
// idempotent requests (GET, and read-only POSTs a client marks
// Request.Idempotent), 429 for any request, honours Retry-After up to a
// minute and stops once the request's ctx is done. A request that carries
// a nonce and signature or an auth token (Request.Signed, or a "nonce" or
// "signature" in its query or JSON body, or an Authorization or AuthToken
// header) is sent once, whatever the policy: an Ocean node stores the
// nonce before it handles the command, so a replay would be refused as a
// spent nonce and hide the node's real answer. A client that wants another
// try signs again with a fresh nonce; Client.ResignWait says when that is
// worth it. Streamed bodies that cannot be replayed are sent once too.
//
// # Errors
//
// Every failed request is an *Error with the client and operation (Op),
// the method, the URL with secrets redacted, the status, the server's
// message (plain text, a JSON string or a JSON object), the body capped at
// 64 KiB and the server's Retry-After. A transport failure keeps the cause
// in Err without the *url.Error that would repeat the unredacted URL.
// errors.Is matches ErrNotFound, ErrUnauthorized, ErrNonceRejected,
// ErrRateLimited, ErrInvalidRequest, ErrUnavailable (502, 503, 504; a 500
// is the node's handler failing, not an outage) and ErrInvalidResponse,
// for the provider and the indexer alike. URLs, signatures and tokens
// inside server messages are redacted, so errors are safe to log.
package nodehttp

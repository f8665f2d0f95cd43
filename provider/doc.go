// Package provider is the client of an Ocean Node or a classic Ocean
// Provider: the Go counterpart of ocean.py's DataServiceProvider. It
// encrypts and decrypts, checks files, asks for order requirements,
// streams downloads, drives compute-to-data jobs and manages auth tokens.
//
// # Creating a client
//
// One *Client per node URL; it is safe for concurrent use and immutable
// after New:
//
//	c, err := provider.New("https://node.example", nodehttp.WithLogger(slog.Default()))
//
// The options are those of the HTTP core shared with the indexer client
// (package nodehttp); WithDialect makes a client that does not detect the
// dialect.
//
// New does no I/O. The first call fetches the root document (GET /) and
// caches it: the endpoint table (names matched case-insensitively, with an
// alias table so ocean.py's "fileinfo" finds a node's "fileInfo"), the
// provider address per chain, and the dialect.
//
// # Dialects
//
// Ocean Node 1.0 and later (DialectNode) signs every request as
// address + nonce + command and answers errors in plain text; the classic
// Python Provider v2 (DialectClassic) uses route-specific messages such as
// documentId + nonce and JSON errors. The dialect is detected from the root
// document (software "Ocean-Node" or a nodeId) or forced with WithDialect.
// Ocean Node before 1.0 is not supported.
//
// # Signing and nonces
//
// Signed calls take an Auth: SignedBy(signer) or TokenAuth(address, token).
// A Signer returns EIP-191 personal_sign signatures; KeySigner (raw key)
// and WalletSigner (keystore, Clef, USB wallets) are built in, and KMS,
// HSM or smart-account signers implement the two-method interface. The
// message is hashed with keccak256 and the 32 hash bytes are signed
// (for nodes, leading zero bytes are dropped first, as the node expects).
//
// Nonces are sequenced per address: concurrent goroutines using one
// address take turns from signing until the server has answered, and only
// the first signed call fetches the nonce. When the server rejects a nonce
// (another process used the address), the client refetches it and signs
// the request once more.
//
// A signed request is never sent twice as is. Ocean Node stores the nonce
// before it handles the command, so a replayed download that failed with
// 500 "Tx id used not valid…" would come back 401 "nonce: N is not a valid
// nonce" and hide the real answer; instead the caller gets the node's own
// status and message. Downloads, compute results and logs, which change
// nothing but the nonce, are signed again with a fresh nonce after
// failures the node's handler did not produce (no answer, 429, 502, 503,
// 504), up to the retry count; a 500 or any other answer of the node is
// returned at once.
//
// # Auth tokens
//
// CreateAuthToken exchanges one signature for a token; TokenAuth then
// authenticates requests without signing (Authorization header for nodes,
// AuthToken for classic providers). InvalidateAuthToken revokes it. Ocean
// Node v3.1.0 honours tokens on downloads and compute routes but not on
// encrypt: give Auth both a Token and a Signer and encrypt is signed, or
// a token alone fails with ErrSignatureRequired before anything is sent.
//
// # Downloads
//
// Download streams to an io.Writer and DownloadFile to a file with an
// atomic rename; neither holds the file in memory. Both verify the size
// and sha256 when asked, resume a broken transfer with a Range request
// (skipping the bytes already written when the server ignores Range),
// abort a stalled attempt after DownloadRequest.IdleTimeout, report
// progress, and take the file name from Content-Disposition only when it
// is safe (SafeFileName). ComputeResult streams job results the same way,
// ComputeLogs a running job's logs.
//
// # Errors
//
// Every unsuccessful answer is a *nodehttp.Error carrying the operation,
// the method, the URL (secrets redacted), the status, the server's message
// (plain text, a JSON string or a JSON object), the body capped at 64 KiB
// and Retry-After. It answers errors.Is for nodehttp.ErrNotFound,
// ErrUnauthorized, ErrNonceRejected, ErrRateLimited, ErrInvalidRequest,
// ErrUnavailable and ErrInvalidResponse, as the indexer's errors do. URLs,
// signatures and tokens inside server messages are redacted, so errors are
// safe to log. ErrUnsupported, ErrSignatureRequired, ErrIntegrity and
// ErrCiphertextCorrupt are this package's own.
//
// # Transport, timeouts and retries
//
// The default transport has dial, TLS and response-header timeouts but no
// overall timeout: the deadline of each call is its ctx, so a long download
// is never cut. Requests go through the retry layer of package nodehttp;
// only unsigned idempotent requests (GETs and read-only POSTs: fileinfo,
// initializeCompute, unsigned validateDDO) are retried after transport
// errors and 500, 502, 503, 504, any unsigned request is retried after
// 429, Retry-After is honoured (up to a minute), and nothing is retried
// once ctx is done. Requests carrying a nonce, signature or token are
// never resent by this layer, whatever nodehttp.WithRetryPolicy says (see
// Signing and nonces). nodehttp.WithTransport swaps the RoundTripper under
// the retry layer, nodehttp.WithHTTPClient puts the caller's client under
// it (its transport keeps the retries), WithRetryPolicy and WithRetries
// tune it. Nothing is global and nothing is logged without WithLogger.
//
// # ocean.py parity
//
// Every method of ocean.py's DataServiceProvider, 3.x and the 0.5 era
// (classic provider v0.4 API), and its Go counterpart — all 14 methods of
// the seed's DataServiceProvider are covered, restart as far as the
// server allows it:
//
//	ocean.py 3.x                                 ocean.py 0.5-era                  Go
//	get_http_client / set_http_client            same                              Client.HTTPClient; nodehttp.WithHTTPClient, WithTransport
//	sign_message (nonce + signature)             sign_message, get_nonce           Signer, Nonce; automatic in signed calls
//	— (a wallet signs for a keyless backend)     —                                 PrepareSignature + PresignedSigner
//	get_url                                      get_url                           Client.BaseURL
//	get_service_endpoints                        get_service_endpoints             Client.Info (Info.Endpoints)
//	get_provider_address                         get_provider_address              Client.ProviderAddress, Info.Address
//	get_root_uri                                 get_root_uri                      RootURL
//	is_valid_provider                            —                                 Client.Info (error if not a provider)
//	build_endpoint                               build_endpoint, build_*_endpoint  Info.Endpoint
//	—                                            get_api_version                   Info.Version, Info.Software
//	DataEncryptor.encrypt                        encrypt_files_dict                Client.Encrypt, Client.EncryptJSON
//	— (Aquarius decrypts)                        —                                 Client.Decrypt
//	— (Ocean Node encryptFile)                   —                                 Client.EncryptFile (file content)
//	FileInfoProvider.fileinfo                    —                                 Client.FileInfo (DID + ServiceID)
//	check_asset_file_info                        check_asset_file_info             Client.FileInfo (DID + ServiceID), any Valid
//	check_single_file_info                       check_single_file_info            Client.FileInfo (File)
//	initialize                                   get_order_requirements            Client.Initialize (OrderRequirements: Amount, Receiver, ...)
//	download + write_file                        download_service + write_file     Client.Download, Client.DownloadFile
//	— (ocean.js getDownloadUrl)                  —                                 Client.DownloadURL (signed, one use)
//	_get_file_name, _validate_content_disposition  same                            SafeFileName
//	check_response                               —                                 *nodehttp.Error, sentinels
//	get_c2d_environments                         —                                 Client.ComputeEnvironments
//	initialize_compute                           —                                 Client.InitializeCompute
//	start_compute_job                            start_compute_job (job_id)        Client.StartCompute (StartComputeRequest.JobID)
//	— (node free jobs)                           —                                 Client.StartCompute with Free
//	stop_compute_job                             stop_compute_job                  Client.StopCompute
//	delete_compute_job                           delete_compute_job                Client.DeleteCompute (classic)
//	—                                            restart_compute_job               Client.RestartCompute (classic; ErrUnsupported on Ocean Node)
//	compute_job_status                           compute_job_status                Client.ComputeStatus (by job, by DID, all)
//	compute_job_result                           compute_job_result(_file)         Client.ComputeResult (streamed), Client.ComputeResultURL
//	— (results of every job of a DID)            compute_job_result (no job id)    ComputeStatus(consumer, "", did), then each job's Results
//	compute_job_result_logs                      —                                 ComputeStatus + ComputeResult per Results entry
//	— (ocean.js computeStreamableLogs)           —                                 Client.ComputeLogs
//	— (endpoint listed, no method)               —                                 Client.CreateAuthToken, Client.InvalidateAuthToken
//	— (ocean.js validateDdo)                     —                                 Client.ValidateDDO
//	—                                            get_c2d_address                   OrderRequirements.ComputeAddress, ComputeEnvironment.ConsumerAddress
//	—                                            get_asset_urls                    none: the route was removed from providers
//	— (provider fee check before startOrder)     —                                 ddo.ProviderFee.Verify
//
// Differences on purpose: downloads never buffer (ocean.py's
// compute_job_result returns bytes); encrypt accepts 200 and 201 (ocean.py
// insists on 201 and fails against nodes); the root document is fetched
// once, not per request; the nonce comes from the node that verifies it.
//
// # Testing
//
// The protocol is tested against the devnet's Ocean node (package devnet):
// assets are published and ordered on its chain, and every operation runs
// with real signatures — encrypt, fileinfo, validateDDO, initialize,
// downloads, auth tokens, decrypt, free and escrow-paid compute with
// status, results and logs. Fault handling (timeouts, 5xx, 429, garbage
// JSON, truncated and stalled downloads, nonce rejection) is tested against
// httptest servers; every response decoder is fuzzed; signatures are
// checked byte for byte against the vectors in provider-api.md §9.
package provider

import ()

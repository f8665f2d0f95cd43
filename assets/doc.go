// Package assets runs Ocean Protocol's multi-step flows — Publish, Update,
// SetState, AddService/UpdateService/RemoveService, Order, Download and
// RunCompute — on top of the provider, indexer, nft, datatoken and compute
// packages, with every
// step journaled so that a flow survives a crash of the process and never
// publishes or pays twice.
//
// # Creating a client
//
// A Client acts as one account: it is built from a provider (node) client,
// an indexer client, a chain Backend, the account (a *compute.Account
// with its provider.Signer and transact.Manager), a journal.Store, the
// chain id and the network's addresses.Contracts (a devnet's Contracts(),
// an address file entry's Contracts, an ocean.Network's), passed as they are:
//
//	account, err := compute.NewAccount(signer, tm) // one address, checked once
//	store, err := journal.Open(dir)
//	c, err := assets.New(assets.Config{Provider: prov, Indexer: idx, Backend: eth, Account: account,
//		Journal: store, ChainID: addresses.DevChainID, Contracts: net.Contracts()})
//
// New does no I/O. The chain id is given, never asked for. A Client is
// safe for concurrent use; WithPollInterval, WithLogger, WithRetention,
// WithLookback and WithAfterStep tune it.
//
// # Flows
//
// Publish creates the data NFT and one datatoken per service (the first in
// the same transaction as the NFT, priced with a dispenser for free assets
// or a fixed-rate exchange; the Enterprise datatoken template by default,
// so orders take one transaction — Pricing.Template 1 for buyers that
// dispense or buy before ordering, like ocean.js's step-by-step API), has
// the files encrypted for the node, builds
// and validates the DDO (dataset, compute dataset with trusted algorithms
// and publishers, or algorithm; allow/deny credentials), encrypts it
// (PlainDDO sets it in clear), sets it on the NFT and waits until the
// indexer serves that very transaction. Pricing.Cap bounds the order
// volume: the dispenser or exchange is stocked with exactly the cap once
// instead of minting on demand, and a sold-out service fails Quote and
// Order with ErrSoldOut before anything is paid. A 2.x FixedRateExchange
// never sells its owner's datatokens (only what it mints or holds, and it
// holds only what was sold to it), so Publish stocks a capped exchange by
// buying the cap from it at its minimum rate (1e-8 base token per
// datatoken) while it still mints and only the publisher may swap, and
// selling it back; then it stops minting, takes the real rate and opens.
// Both encryptions use provider.Client.EncryptForNode: ECIES to the key
// the node publishes in its root document, on this machine (no request,
// the plaintext stays here), or the node's encrypt route when it
// publishes none.
// ServiceParams.Checksum publishes each file's sha256 and size (File.SHA256
// and File.Size give them directly) in the service's
// additionalInformation.files, and Download checks them.
//
// Before the first transaction, Publish and AddService check every file
// with the node's fileInfo and, where the node's answer cannot be
// trusted, fetch the file themselves, streamed (files.go): Ocean Node
// v3.1.0 hashes only the first 10 MiB of a file and reports that prefix's
// length and sha256 as the file's, and it reports an origin answering 404
// or refusing connections as a valid empty file. A URL that is not really
// there fails with a *FileError matching ErrFileUnavailable and nothing is
// minted; a checksum is published only when it covers the whole file
// (the node's when it read all of it, else the publisher's own). When the
// publisher cannot reach an origin the node reaches (a private origin),
// a file under 10 MiB gets the node's checksum and a bigger one is refused
// with ErrFileUnverifiable rather than published with a wrong checksum:
// give File.SHA256 and File.Size, or turn Checksum off.
// WithOriginHashing(true, …) makes the publisher hash every URL file.
//
// Files are published as URLs (or storage objects) the node encrypts
// into the DDO; their content stays at the origin in clear. To keep the
// content itself from the origin's readers, Client.EncryptFile streams it
// through the serving node's encryptFile into a writer of the publisher's
// (a file, an upload): the publisher hosts that ciphertext and publishes
// the returned File, which carries encryptedBy, encryptMethod and the
// plaintext's sha256 and size. Publish refuses an encrypted file another
// node encrypted (only the encrypting node can decrypt) and always
// publishes its checksum. A node that decrypts on download (the devnet's)
// serves the plaintext, checked against that checksum; Ocean Node v3.1.0
// serves the ciphertext as stored, which Download reports as
// ErrNotDecrypted instead of handing it over as the content (DownloadFile
// then leaves no file). Ocean Node v3.1.0's own encryptFile answer is
// corrupted for binary ciphertext; EncryptFile fails with
// provider.ErrCiphertextCorrupt there.
//
// Order first looks for a still-valid order of the account
// (PreviousOrder, the journal's finished orders, then the account's
// OrderStarted and OrderReused events of the datatoken on chain, within
// the service timeout) and checks it as a node does (service index,
// consumer, timeout; Ocean Node's initialize does not say whether an order
// is valid): if one is, it is reused, with reuseOrder when its provider
// fee expired. So an order bought on another machine, with no journal, or
// by another tool is found and never paid twice. Otherwise it gets a
// datatoken — the balance, the dispenser or the fixed-rate exchange
// (Enterprise datatokens buy and order in one transaction) — and starts
// the order with the node's provider fee. Quote says beforehand what Order
// would do and pay, every fee included; Order checks the same quote
// against MaxPrice and the account's balances before its first
// transaction, and never pays more than quoted.
//
// A consume market (the marketplace an order goes through) charges
// through OrderParams.ConsumeMarket (and RunComputeParams.ConsumeMarket,
// for every order of a job): an order fee in any ERC-20, paid by the
// order transaction itself (startOrder's consumeMarketFee), and a swap fee
// on a fixed-rate purchase, a fraction of the exchange's price paid in its
// base token by the exchange (buyDT's consume market swap fee). Quote
// lists both (CostConsumeOrderFee, CostConsumeSwapFee); MaxPrice bounds
// them with the price (Quote.PriceTotal); the journal keeps them with the
// order, so a resumed order pays the same fees.
//
// Credentials restrict who may consume: AddressCredentials by address,
// AccessListCredentials by membership of on-chain access lists (package
// accesslist), which the lists' owner changes without touching the asset.
// Ocean Node applies them at download and compute start, not when it
// quotes a provider fee; Order and Quote apply them first (CheckAccess),
// so an account they refuse gets an *AccessError (ErrNotAllowed) before
// anything is paid.
//
// Download streams one file to an io.Writer, DownloadFile to a file and
// DownloadAll every file of the service into a directory; none holds a
// file in memory.
//
// RunCompute pays for a compute-to-data job and starts it: it initializes
// the job with the node, orders the datasets and a published algorithm
// with the node's compute provider fees (getting datatokens as Order
// does), deposits the shortfall of the consumer's escrow funds and raises
// the node's authorization for paid environments, and starts the job.
// Client.Compute returns the compute client to wait for the job, stream
// its results and logs, or stop it.
//
// # The journal
//
// Every flow is journaled under a caller-chosen idempotency key (OEP-14's
// orchestration cache, client side): the entry holds the flow, its status,
// retries, the last error, timestamps, an expiry (WithRetention, for
// finished flows) and the flow's state as JSON — the parameters, the
// addresses and transactions so far, the DDO built. Calling the same flow
// again with the same key and parameters, or Resume(ctx, key), continues
// where it stopped; other parameters under a used key are refused with
// ErrKeyInUse. A flow holds the key's journal lock while it runs, so two
// goroutines or processes sharing the store never run it twice at once.
//
// Statuses of Publish: PENDING, NFT_CREATING, NFT_CREATED (then
// DATATOKEN_CREATING/CREATED, PRICING_SETTING/SET and CAP_MINTING/MINTED
// for further services and caps), DDO_READY, METADATA_SETTING,
// METADATA_SET, DONE. Of Order: PENDING, (DATATOKEN_ACQUIRING/ACQUIRED for
// standard datatokens), ORDERING, ORDERED, DONE. Of RunCompute: PENDING,
// DATASET_ORDERING/ORDERED (per dataset), ALGORITHM_ORDERING/ORDERED,
// ESCROW_DEPOSITING/DEPOSITED, ESCROW_AUTHORIZING/AUTHORIZED (each only
// when needed), STARTING, STARTED, DONE.
//
// Starting a compute job is not idempotent at the node (it has no
// idempotency key). RunCompute journals STARTING before the request and
// gives the node the key in the job's metadata (ComputeKeyMetadata); a
// flow resumed in STARTING first looks for its job in the consumer's job
// list (by that key, or by inputs and creation time on nodes that keep no
// metadata) and starts again only when it is not there. The remaining
// window — a request the node received but had not listed yet — is
// described at RunCompute.
//
// A transaction is journaled before it is broadcast: each transacting step
// sends through a transact.Manager view (WithBeforeBroadcast) whose hook
// hands every signed transaction (the original, and each replacement the
// manager sends for a stuck one) to the flow, which writes its raw bytes under the "…ING" status; the flow
// only continues once the journal write is durable. On resume each
// journaled nonce is settled: the receipt of whichever version was mined
// ends the step; if none was mined and the account's nonce has not passed
// it, the journaled bytes are submitted again (the same transaction, so at
// most one version can ever be mined); if the nonce was used by another
// transaction, the step did not happen and is redone — after, for NFT
// creation, a search of the factory's NFTCreated events of the account
// within WithLookback blocks for the NFT name derived from the key. So a
// crash at any point never strands an NFT without a way forward, and a
// payment whose outcome is unknown is never sent again before it is
// settled.
//
// # Errors
//
// A failing step returns a *StepError with the flow, key, step and the
// last transaction; the journal keeps the status and the error text so
// Resume continues from there. Sentinels: ErrInvalidParams, ErrKeyInUse,
// ErrServiceNotFound, ErrNoDatatoken, ErrTxDropped, ErrUnknownFlow; the
// lower packages' errors (provider.ErrIntegrity for a download that does
// not match its checksum, datatoken's revert sentinels, ...) are wrapped
// and match with errors.Is.
//
// # Costs
//
// On the devnet, publish → order → download of a free asset costs about
// 18 JSON-RPC calls averaged over a client's first three flows (14 to 16
// once its TxManagers have warmed up; ocean.js 8: 63, 29 of them
// eth_chainId), and 7 or 8 node requests (ocean.js: 28): the chain id is
// never asked for, the account's nonce is read once per TxManager, the
// node's root document and nonces once per provider client, the order uses
// the dispenser the indexer lists and one Enterprise transaction, and the
// asset resolved by Publish is passed to Order and Download. What remains
// is per transaction, inside the TxManager: gas estimation, the
// submission, receipt polls (the first one timed by how long the manager's
// recent transactions took) and a head check after the receipt, whose head
// also prices the next send; fee data and contract code are asked for only
// when the manager has no recent answer (BenchmarkFreeAssetFlow counts
// them by method). A capped service's order reads its dispenser's or
// exchange's stock (one eth_call) to fail with ErrSoldOut before paying.
//
// # Estimates
//
// EstimateOrder, EstimateCompute and EstimatePublish run the flow with a
// dry-run TxManager (TxManager.DryRun) and a throwaway journal: they return the
// transactions the flow would send (transact.Estimate: contract,
// method, gas limit, fee cap, most cost in the chain's coin) and send
// none. Each is simulated with eth_estimateGas against the current chain
// state, so a revert ("FixedRateExchange: No available datatokens") is a
// *transact.RevertError before anything is paid. A transaction that needs
// an earlier one's effect cannot be simulated that way (the order after
// its approval, every publication step after the NFT's creation): it is
// marked Depends, with the revert it meets today and a conservative
// transact.DependentGas. (eth_estimateGas takes a state override in geth,
// which could grant the allowance; finding a token's allowance slot is
// not portable, so it is not used.)
//
// # Testing
//
// Every flow is tested end to end on a devnet (real chain and contracts,
// the Go Ocean node). The crash tests run Publish, Order and RunCompute
// (free and escrow-paid) in a child process that SIGKILLs itself right
// after each journal write, each broadcast and the compute start request,
// then resume in the parent and check the chain and the node: exactly one
// NFT, one MetadataCreated, one OrderStarted per datatoken, exactly the
// needed escrow deposit, one compute job. They run on a file journal and
// on a PostgreSQL journal, where the parent takes the dead child's flow
// over with ResumeAll.
//
// # Replicas
//
// Several processes (replicas of one service, on one or several machines)
// can share a journal.PostgresStore and act as the same account. A flow
// runs under its key's lock, which dies with the process (its database
// session); ResumeAll claims each unfinished flow without waiting
// (journal.Claim), so replicas calling it periodically divide the
// unfinished work, finish what a dead replica left, and never run one key
// twice at once. The journal's compare-and-swap fences a replica that lost
// its lock without noticing (a broken database connection): its next
// journal write, which precedes every transaction it sends, is refused.
package assets

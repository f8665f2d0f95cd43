// Package devnode is a Go node that speaks the Ocean Node ≥1 HTTP dialect
// for local development and tests: the provider routes (nonce, encrypt,
// encryptFile, decrypt, fileInfo, initialize, download, auth tokens), an indexer of the
// data NFTs' metadata events with the Aquarius-compatible routes,
// compute-to-data on a local executor (environments, initializeCompute,
// paid start through the Escrow contract, free start, stop, status,
// results, streamable logs), and directCommand status.
//
// It answers as Ocean Node v3.1.0 does (status codes, plain-text and
// JSON-string errors, field names and types, the order in which inputs
// are checked; see provider-api.md and ocean-node-observed.md), quirks
// included where a client must cope with them: fileInfo reads only
// MaxChecksumLength (10 MiB) plus one chunk of a file and reports that
// prefix's length and sha256 as the file's, whatever checksum:true asks;
// an origin that answers 404 or refuses the connection is reported valid
// with length "0" and the sha256 of nothing; initialize ignores
// transferTxId and always signs a fresh provider fee; encrypt takes no
// auth token; an order's validity is counted from the original order even
// when a reuseOrder is presented. Signed commands need address + nonce +
// command signatures with strictly increasing nonces (or an auth token
// where Ocean Node takes one), downloads are checked against the order
// transaction on chain, file URLs never appear in any answer, error or
// log, and file URLs that resolve to loopback, private or other special
// addresses are refused unless allowed.
//
// # Where the devnode deliberately differs from Ocean Node v3.1.0
//
// Every known difference, where and why. Anything not listed answers as
// Ocean Node v3.1.0 does; a difference found later is a bug or belongs
// here.
//
//	where                     Ocean Node v3.1.0                              devnode                                          why
//	------------------------  ---------------------------------------------  -----------------------------------------------  ------------------------------------------
//	order check (download,    the caller must be the consumer or payer of    same, and also: the reused order must be an      access only for whoever paid: v3.1.0 lets
//	compute start): reuse     an OrderStarted event in the reused tx, of     order of this datatoken and service, and the     a reuse of a cheap datatoken's order open
//	                          any datatoken; the reuse's sender is not       reuse must be sent by that order's consumer or   another one, and anyone "reuse" a paid
//	                          looked at                                      payer                                            order in the caller's name
//	order check: provider     fee expired if now - block time > validUntil   expired when validUntil (an absolute time) is    v3.1.0 compares a duration with a
//	fee expiry                (a duration against a timestamp: never, in     in the past                                      timestamp; the devnode does what the
//	                          practice)                                                                                       contract and ocean.js mean
//	CORS                      Access-Control-Allow-Origin: * on every        "*" only on the public read-only routes          any web page open in the developer's
//	                          answer and preflight                           (GET /, nonce, DDO, metadata, DDO state,         browser could otherwise drive the node
//	                                                                         computeEnvironments, compute status); other      (sign with the public devnet keys, run
//	                                                                         routes name the origin, and only for loopback    compute, spend nonces)
//	                                                                         origins and Config.AllowedOrigins; other
//	                                                                         origins get 403 "Origin not allowed"
//	Host header               any                                            loopback names ("localhost", loopback IPs) and   DNS rebinding: a page whose domain now
//	                                                                         Config.AllowedHostnames, else 403                resolves to 127.0.0.1 is refused
//	                                                                         "Invalid Host header"
//	listen address            all interfaces, no host setting                a loopback IP only                               development node on a developer machine
//	compute environments      a Docker engine (isolated containers)          none unless Config.AllowLocalCompute; with it,   no container engine here; running code
//	                                                                         one local executor running jobs as child         sent over HTTP as the developer's user
//	                                                                         processes, unsandboxed (see below)               must be an explicit choice
//	compute payment field     {chainId, token, lockTx, claimTx, cancelTx,    the same, plus lockAmount and claimedAmount      the amounts the tests and tools check
//	of a job                  cost}                                          (base units) and claimError
//	job DIDs in the status    did, inputDID, algoDID null (its docker        the job's dataset and algorithm DIDs             tests and tools read which job ran what;
//	route                     engine stores none)                            (filters on them are the client's: the query     the provider client filters by DID on
//	                                                                         by agreementId matches no job, as there)         either answer
//	stop a job (PUT compute)  every failure 500 "Internal Server Error",     authentication failures 401 with the nonce or    clients re-sign on a rejected nonce; a
//	                          authentication failures included               token message, as on the other signed routes     500 would hide why
//	computeResult with an     200 with an empty body                         404 "No result with index N"                     an empty 200 reads as an empty result
//	index the job does not
//	have
//	encrypt, encryptFile      read (up to 25 MiB) before authenticating      authenticated first, then read (up to 25 MiB);   an unauthenticated client cannot make
//	body                                                                     a body announced larger is refused 413 unread    the node read 25 MiB
//	encryptFile answer        the ciphertext is read into a string           the ciphertext bytes, streamed (AES); ECIES      the ciphertext is the point: v3.1.0's
//	                          (streamToString: UTF-8 decoding, invalid       held whole (eciesjs cannot stream; fetched       answer cannot be decrypted, and
//	                          bytes become U+FFFD) and sent as text: binary  content capped at 64 MiB)                        provider.EncryptFile detects it by the
//	                          ciphertext arrives corrupted, longer                                                            length and fails instead
//	download of content       served as stored (ciphertext): the key         decrypted while streaming when encryptedBy is    what the fields are for (ocean-node
//	with encryptedBy /        manager's decryptStream and the storage's      this node's id and encryptMethod AES or ECIES    issue 263, open); without it the
//	encryptMethod             canDecrypt exist but nothing calls them        (AES streams, ECIES is held whole, 64 MiB        consumer gets bytes only the node can
//	                                                                         cap); 200 without Content-Length, Range not      decrypt. A file another node encrypted
//	                                                                         forwarded; content that does not decrypt         is served as stored, as v3.1.0 does
//	                                                                         breaks the connection
//	request bodies,           no limits but Express defaults                 a body must arrive within a minute; answers      slow-body and slow-reader connections
//	answers                                                                  get 2 minutes, streamed ones 2 minutes plus      cannot hold the node
//	                                                                         1 s per MiB (at least 1 MiB/s); idle
//	                                                                         connections close after 2 minutes
//	file URLs (SSRF)          UNSAFE_URLS patterns (127.0.0.1 by default)    loopback (unless AllowLoopback or listed in      the node fetches URLs chosen by
//	                                                                         AllowedHosts), private, link-local,              publishers
//	                                                                         multicast, unspecified, 0.0.0.0/8,
//	                                                                         100.64.0.0/10, 192.0.0.0/24, 198.18.0.0/15,
//	                                                                         240.0.0.0/4, 64:ff9b::/96, 64:ff9b:1::/48
//	                                                                         refused, checked on the resolved address at
//	                                                                         every dial and redirect
//	storage types             url, ipfs, arweave, s3, …                      url only                                         enough for development
//	downloads                 the origin is read twice (a full read for      read once, streamed; Range is forwarded          memory and time flat in the file size
//	                          length and checksum, then the stream)
//	download order check      on chain, then the origin is opened            the origin is opened while the order is          the chain reads leave the first byte's
//	                                                                         checked; nothing reaches the consumer (and an    path; the origin may see a request for
//	                                                                         order failure is the answer) unless the order    an order that then fails
//	                                                                         is valid
//	routes                    44 in serviceEndpoints: P2P, logs, admin,      the 24 served here (provider, Aquarius,          the rest needs P2P, a policy server, an
//	                          policy server, persistent storage, …           compute incl. computeDelete, which answers       admin or storage backends
//	                                                                         404 "Not yet implemented!" as in v3.1.0)
//	auth tokens               JWT {address, nonce, createdAt, iat}, no exp   JWT {address, nonce, createdAt, jti, exp}        same checks; exp mirrors validUntil
//	validateDDO errors        the first failure, as ddo-js words it          every schema violation                           more useful to publishers
//	directCommand status      friendlyName a humanhash of the key,           friendlyName "devnode", platform from the Go     —
//	                          platform from Node.js                          runtime; version NodeVersion ("3.1.0")
//	orderable states          ACTIVE or UNLISTED via JS `in` on an array,    ACTIVE and UNLISTED, the same 500 answer for     the intended rule
//	                          which tests indices: 0 and 1 pass, UNLISTED    every other state
//	                          (5) is refused
//	MetadataState event       indexedMetadata.nft becomes {state}: name,     only the state changes; name, owner, … are       fields stay complete
//	                          owner, … are dropped (ACTIVE→REVOKED or        still read from the chain (the short document
//	                          DEPRECATED: the short "deprecated" document)   as in v3.1.0)
//	metadata/query            Typesense (v3.1.0): only bool.filter and       Elasticsearch-style answer; text (query_string,  indexer.Client.Search applies text and
//	                          must_not are translated; text in must,         …), filters, sort, from and size honoured        paging itself on a Typesense answer
//	                          from and size are ignored (per_page 250,
//	                          page 1)
//	state                     SQLite and a search database                   in memory                                        a development node
//	indexing latency          the indexer polls the chain (INDEXER_INTERVAL  polls every Config.IndexInterval (25 ms), and    publish → resolvable within the block of
//	                          per network); until its next pass the DDO      a route that looks up a DID not indexed yet      the metadata transaction (design.md §7);
//	                          answers 404 and initialize/download refuse     (DDO, initialize, download, compute) first       clients must still wait out v3.1.0's 404s
//	                          the DID                                        indexes up to the chain's head, then looks       (assets.Publish polls until served)
//	                                                                         again
//
// The public read-only routes keep "*" because their answers are public
// data (published DDOs, on-chain state, nonces) and they change nothing.
//
// # Compute executor: development only, no isolation, off by default
//
// With Config.AllowLocalCompute (devnet.Options.AllowLocalCompute,
// "ocean devnet --allow-local-compute") compute jobs run as child
// processes of the node, with the node's user, file system, network and
// environment: the executor isolates nothing, and anyone who can reach the
// node may send it raw algorithm code to run. Without it the node has no
// compute environment: computeEnvironments is [], starts answer 500
// "Invalid C2D Environment", as an Ocean Node without a compute engine.
// Each job gets a directory laid out as Compute-to-Data lays out /data:
// data/inputs/<did>/<index> (the datasets' files),
// data/inputs/algoCustomData.json (the consumer parameters),
// data/ddos/<did>, data/transformations/algorithm, data/outputs and
// data/logs. The paths are under the job directory, not /data: the
// algorithm runs with data/ as its working directory, and the environment
// variables DATA_DIR, ALGO, DIDS and TRANSFORMATION_DID point at them. The
// container's entrypoint ("python $ALGO", "node $ALGO", "sh $ALGO")
// selects the interpreter found on PATH; the image is ignored. The job's
// maxJobDuration is enforced by killing the process group. Results are the
// algorithm log (stdout and stderr) and outputs.tar (data/outputs). Paid
// jobs lock the price (1 OCEAN per CPU-minute) in the Escrow contract at
// start and claim the minutes actually used at the end.
//
// The node keeps its state in memory; it is not meant to run a public
// network.
package devnode

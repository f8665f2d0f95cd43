// Package indexer reads the metadata an Ocean indexer serves: an Ocean
// Node's Aquarius-compatible routes (/api/aquarius/...), or a classic
// Aquarius.
//
// One *Client per indexer URL, safe for concurrent use:
//
//	c, err := indexer.New("https://node.example")
//	asset, err := c.Resolve(ctx, "did:op:...")          // the DDO + indexedMetadata
//	res, err := c.Search(ctx, indexer.Search{Text: "weather", ChainIDs: []int64{8996}})
//	st, err := c.State(ctx, did)                         // was the last event indexed, or refused?
//	r, err := c.Validate(ctx, ddoJSON)                   // the indexer's verdict and signed hash
//
// # Waiting for the indexer
//
// An indexer serves a DDO some time after its setMetaData transaction is
// mined: about one block on the devnet, 3–4 s on an Ocean Node with its
// default 2 s interval. WaitIndexed polls with exponential backoff and
// jitter until the DDO is served and, with WaitOptions.TxHash, until the
// indexer has processed that very transaction — so an update is not taken
// for done because the previous version is still served. Not-found,
// unavailable and rate-limited answers are waited out; any other error
// ends the wait. When ctx ends first, the *WaitError says how often the
// indexer was asked, what it answered last and, when the indexer refused
// the DDO (invalid document, metadata hash mismatch, undecryptable), its
// reason from the state route.
//
// # Queries
//
// Query sends any body to the query route and reads the answer in the
// envelope of whichever database the indexer uses: Elasticsearch (what
// Aquarius and ocean.js expect), Typesense (one page per collection) or a
// plain array. Search builds the Elasticsearch-style body ocean.js sends
// for the common case (text, chains, type, owner, tags, paging).
//
// # Errors
//
// Requests go through the HTTP core the provider client uses too (package
// nodehttp): New takes its options, and every failed request returns a
// *nodehttp.Error with the status and the indexer's message (plain text or
// JSON), matching nodehttp.ErrNotFound, ErrInvalidRequest, ErrRateLimited
// and ErrUnavailable (502, 503, 504) with errors.Is; a body that cannot be
// decoded matches nodehttp.ErrInvalidResponse. Reads are retried on
// transport errors, 429 (honouring Retry-After) and 500, 502, 503, 504, a
// custom *http.Client included.
package indexer

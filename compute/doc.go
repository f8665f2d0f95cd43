// Package compute runs compute-to-data jobs on an Ocean Node: it lists
// environments, asks what a job costs, pays for it (dataset and algorithm
// orders, escrow), starts it, watches it to its end, stops it, and
// streams its results and logs.
//
// # Creating a client
//
// A Client works for one consumer on one node and chain, and is safe for
// concurrent use:
//
//	account, err := compute.NewAccount(signer, tm) // provider.Signer, *transact.Manager
//	c, err := compute.New(compute.Config{
//		Provider: prov, // *provider.Client of the node
//		Account:  account,
//		ChainID:  chainID,
//	})
//
// An Account is the consumer: the signer of its node requests and the
// transaction manager that pays (Pay reads the chain through the
// manager's backend). NewAccount checks that both act for the same
// address (*AccountMismatchError). A signer-only account,
// NewAccount(signer, nil), runs free jobs and observes any job of the
// consumer, but cannot pay (ErrNoChain). The assets flows and the root
// package's Client take the same Account.
//
// # Running a job
//
// The steps are separate so that a caller can record each one:
//
//	reqs, err := c.Initialize(ctx, spec)  // read-only: orders and escrow needed
//	paid, err := c.Pay(ctx, reqs)         // transactions; Payment lists their hashes
//	job, err := c.Start(ctx, reqs, paid)  // not idempotent: one call, one job
//	st, err := c.Wait(ctx, job.ID, compute.WatchOptions{})
//	_, err = c.Output(ctx, job.ID, w)     // the outputs, streamed
//
// Run does the first three in one call. A Spec names the datasets (DID and
// service), the algorithm (a published asset or raw code in a container),
// the environment, and for paid environments the duration, resources and
// payment token. Free jobs (Spec.Free) use the environment's free tier:
// no orders, no escrow.
//
// # Paying, and not paying twice
//
// Initialize sends initializeCompute: for each dataset and a published
// algorithm the node answers whether the order given as Asset.OrderTx is
// still valid (nothing to pay), valid with an expired provider fee
// (reuseOrder), or absent (startOrder with the node's signed fee); for a
// paid environment it also names the escrow contract, the token and the
// amount the node will lock at start. Pay checks the datatoken balances
// first, places the orders, deposits only the shortfall of the consumer's
// available escrow funds and raises the node's authorization only when
// it does not cover the job.
//
// What is safe to repeat: Initialize, Pay's escrow steps (they compare
// with the chain first), Status, Watch, Wait, Result, Logs, Stop.
// What is not: Pay's orders (each startOrder spends a datatoken) and
// Start (the node has no idempotency key). A resumable caller journals
// Payment (or configures the client with a manager from
// transact.Manager.WithBeforeBroadcast to record every transaction before
// it is broadcast), puts the order ids back with
// Payment.Apply, and initializes again: paid orders come back as valid
// and Pay leaves them alone. It journals the job ID as soon as Start
// returns; Spec.Metadata can carry a correlation id that Jobs lists, to
// find a job whose start answer was lost.
//
// # Watching
//
// Watch returns an iter.Seq2[*Status, error] that yields each status
// change once and ends with the terminal status. It is an iterator, not a
// channel: it owns no goroutine, so nothing leaks when the caller breaks
// out; it polls only when the caller asks for the next value; and errors
// arrive with the values instead of on a second channel. Polling starts
// every 3 s and slows to every 30 s while nothing changes, below Ocean
// Node's default limit of 30 requests per minute and client IP
// (WatchOptions tunes both, and how many transient failures in a row are
// tolerated). Transient failures — transport errors, 5xx, 429 and 403
// "Rate limit exceeded" (waiting at least the server's Retry-After),
// undecodable answers — are retried with exponential backoff; after
// MaxFailures in a row Watch ends with a *WatchError.
//
// Status codes are StatusCode values with names (StatusRunning,
// StatusAlgorithmFailed, StatusFinished, StatusSettling, ...). A job
// succeeds when it finishes (70) or settles its payment (71) with a zero
// (or unreported) exit code; every failure code, a non-zero exit of the
// algorithm and a stop end the watch with a *JobFailedError (ErrJobFailed;
// ErrJobStopped for stops) that carries the final status.
//
// # Results and logs
//
// Result streams one result file to an io.Writer and ResultReader returns
// it as an io.ReadCloser; Output picks the "output" result (a tar of the
// algorithm's outputs folder). Logs follows the live log of a running job
// and falls back to the log result of an ended one. Nothing is held in
// memory.
//
// # Errors
//
// Sentinels: ErrJobFailed, ErrJobStopped, ErrJobNotFound, ErrNoEnvironment,
// ErrInvalidSpec, ErrNoChain, ErrEscrowMismatch, ErrNoResult. Node errors
// are *nodehttp.Error (nodehttp.ErrRateLimited, ...), chain errors the
// datatoken package's (datatoken.ErrInsufficientBalance, *transact.RevertError).
// Run wraps the failing step in a *StepError with the Payment so far.
//
// # Testing
//
// The tests run on the devnet: free and escrow-paid jobs with published
// shell algorithms (trusted by the dataset), raw algorithms, a failing
// algorithm, a job stopped while it runs, results and live logs, and
// paying again after a resume. Watch's fault handling (5xx, garbage, 429
// with Retry-After, giving up, ctx) is tested against httptest servers.
package compute

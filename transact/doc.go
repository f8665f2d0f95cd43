// Package transact sends the transactions of one account on one chain: a
// Manager owns the account's nonces, prices with EIP-1559 fees, replaces
// transactions that stay unmined and waits for receipts. Every transacting
// method of the nft, datatoken and accesslist packages goes through one,
// and so can any other transaction:
//
//	auth := bind.NewKeyedTransactor(key, chainID) // or a keystore, Clef, KMS signer
//	m, err := transact.New(client, auth.From, auth.Signer, transact.Options{})
//	tx, err := m.Send(ctx, transact.Call{To: contract, Data: calldata})
//	receipt, err := m.Wait(ctx, tx)
//
// Share one Manager between every handle and goroutine that sends from the
// account.
//
// # Nonces
//
// A Manager reads the account's pending nonce once (PendingNonceAt) and then
// counts itself. Signing and submission happen under one lock, in nonce
// order, and the counter only advances when the node accepted the
// transaction, so concurrent goroutines never collide and never leave gaps.
// Gas estimation runs outside the lock, concurrently. When the node answers
// "nonce too low" (another process used the account) or refuses a
// "replacement" of a transaction the manager did not send, the manager
// re-reads the pending nonce and retries, twice at most. An ambiguous send
// error (a timeout) is checked with TransactionByHash before the nonce is
// reused.
//
// # Fees
//
// EIP-1559: tip = the node's suggestion (at least Options.MinTip), fee cap =
// latest base fee × (1 + BaseFeeMargin%) + tip, bounded by Options.MaxFeeCap.
// Chains without a base fee get a legacy gas price. Gas limits are the
// estimate plus Options.GasMargin percent.
//
// The head and the suggestion are reused by the sends of the next
// Options.FeeMaxAge (3s by default), and every head the manager reads while
// waiting for receipts refreshes the base fee, so a send after a Wait
// usually asks for neither. The base-fee margin absorbs the few blocks of
// drift this allows; replacements always ask for current fees.
//
// # Dependencies
//
// Gas estimation runs against the latest block, which does not include this
// account's unmined transactions. A call whose estimation reverts (or whose
// target has no code yet) while earlier transactions of the manager are
// unmined waits for them and estimates again; Call.After names explicit
// dependencies.
//
// The code check asks the node once per contract. Contracts that emitted
// logs in one of the manager's successful receipts count as having code
// once a head the manager read includes that receipt's block (a data NFT
// the transaction created, once Wait returned), and so do
// addresses passed to NoteCode (wrappers call it when a read returned
// data).
//
// # Stuck transactions
//
// A background monitor (running only while transactions are pending) polls
// receipts of the lowest pending nonces. Each check is a request, so the
// first one after a send waits about as long as the manager's recent
// transactions took from send to receipt (a millisecond until it has seen
// one; shortened whenever a first check already finds the transaction), and
// later ones back off from a quarter of that to Options.PollInterval. When
// the lowest pending nonce has waited Options.StuckAfter (counted from its
// send, or from the moment the previous nonce was mined), it is re-signed
// with the same nonce and tip and fee cap raised by Options.BumpPercent (at
// least 10%, go-ethereum's replacement rule) or to the current market fees
// if higher. Wait returns the receipt of whichever version was mined; its
// TxHash is then the replacement's hash.
//
// # Waiting
//
// Wait returns once the receipt is there and the node's head includes its
// block (geth serves a receipt a moment before it publishes the head that
// calls read), so a call or estimate made right after Wait sees the
// transaction's effects. A head the manager has already read that high
// answers without a request.
//
// # Journaling
//
// A caller that must know every transaction it sent, even across a crash,
// gives Send a BeforeBroadcast hook: it receives each signed version (the
// original, a re-signed one after a nonce resync, each replacement) before
// the node does, and an error from it stops the broadcast. For the
// transactions of wrappers (a datatoken order, an NFT creation), hand the
// wrapper a view from WithBeforeBroadcast: it shares the manager's nonces
// and hooks everything sent through it.
//
// # Logging
//
// Options.Logger receives what the manager does on its own, with the
// account, nonce and hashes as attributes: replacements of stuck
// transactions (Info), replacements that failed (Warn, with the reason and
// the node's answer), nonce resyncs after another sender used the account
// (Warn), a pending nonce taken by a foreign transaction (Error), nonce
// reads (Debug). A nil Logger discards.
//
// # Errors
//
// Reverts (in estimation, or of a mined transaction, decoded by replaying
// the call at its block) are *RevertError. Node refusals and
// waiting failures are *TxError with the transaction hash once signed, and
// match ErrUnderpriced, ErrNonceTooLow, ErrNonceTooHigh,
// ErrInsufficientFunds, ErrNotMined or ErrClosed with errors.Is.
//
// # Budgets
//
// Budget is a small ledger of allowance promised to in-flight transactions,
// so that concurrent orders spending the same ERC-20 allowance top it up
// correctly before earlier orders are mined.
package transact

// Package txm is ocean.go's transaction manager: every transacting call of
// the nft and datatoken packages goes through a Manager, one per account and
// chain.
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
// # Dependencies
//
// Gas estimation runs against the latest block, which does not include this
// account's unmined transactions. A call whose estimation reverts (or whose
// target has no code yet) while earlier transactions of the manager are
// unmined waits for them and estimates again; Call.After names explicit
// dependencies.
//
// # Stuck transactions
//
// A background monitor (running only while transactions are pending) polls
// receipts of the lowest pending nonces, starting a millisecond after a send
// and backing off to Options.PollInterval. When the lowest pending nonce has
// waited Options.StuckAfter (counted from its send, or from the moment the
// previous nonce was mined), it is re-signed with the same nonce and tip and
// fee cap raised by Options.BumpPercent (at least 10%, go-ethereum's
// replacement rule) or to the current market fees if higher. Wait returns
// the receipt of whichever version was mined; its TxHash is then the
// replacement's hash.
//
// # Errors
//
// Reverts (in estimation, or of a mined transaction, decoded by replaying
// the call at its block) are *contracts.RevertError. Node refusals and
// waiting failures are *TxError with the transaction hash once signed, and
// match ErrUnderpriced, ErrNonceTooLow, ErrNonceTooHigh,
// ErrInsufficientFunds, ErrNotMined or ErrClosed with errors.Is.
//
// # Budgets
//
// Budget is a small ledger of allowance promised to in-flight transactions,
// so that concurrent orders spending the same ERC-20 allowance top it up
// correctly before earlier orders are mined.
package txm

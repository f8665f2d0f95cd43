// Package datatoken wraps Ocean Protocol's datatokens and the contracts that
// price and pay with them: ERC20Template and ERC20TemplateEnterprise
// datatokens (balances, roles, mint, startOrder and reuseOrder with provider
// and market fees), the FixedRateExchange, the Dispenser and the Escrow used
// for compute payments, plus plain ERC-20 tokens such as OCEAN.
//
// # Handles and backends
//
// New, NewERC20, NewFixedRateExchange, NewDispenser and NewEscrow return
// handles that do no I/O until a method is called. They read through any
// go-ethereum bind.ContractBackend at the latest block — an
// *ethclient.Client dialled to a node, the devnet's in-process client or a
// JSON-RPC endpoint — so the three are interchangeable. Handles are safe
// for concurrent use.
//
// # Sending transactions
//
// Transacting methods go through a *transact.Manager, one per account and
// chain, shared by every handle (including the nft package's) that sends
// from that account:
//
//	auth := bind.NewKeyedTransactor(key, chainID) // or a keystore, Clef, KMS signer
//	tm, err := transact.New(client, auth.From, auth.Signer, transact.Options{})
//	dt, err := datatoken.New(client, datatokenAddress, tm)
//	tx, err := dt.Mint(ctx, consumer, big.NewInt(1e18))
//	receipt, err := tm.Wait(ctx, tx)
//
// The manager assigns nonces itself, so any number of goroutines may send
// at once; prices transactions with EIP-1559 fees plus a margin; replaces a
// transaction that stays unmined with higher fees; and waits for receipts
// with the caller's ctx. Methods return the submitted transaction at once;
// Manager.Wait returns the receipt. When the manager replaced a
// transaction, the receipt's TxHash is the replacement's: use it as the
// order id. A nil manager makes a handle read-only (ErrReadOnly).
//
// Private keys never enter this package: signing is the bind.SignerFn given
// to transact.New.
//
// # Orders and fees
//
// StartOrder spends one datatoken for access to a service and pays three
// optional fees: the publishing market's (set on the datatoken), the
// consume market's and the provider's (signed by the provider in its
// initialize response, passed unchanged as a ddo.ProviderFee). StartOrder
// verifies the provider fee signature locally first and returns
// ErrInvalidProviderFee instead of sending a transaction that would revert.
// It then approves the datatoken for each fee token with a non-zero amount,
// exactly, accounting for approvals other in-flight orders of the same
// manager rely on, so concurrent orders never starve each other's
// allowance. Programs placing many orders can approve a large allowance once
// (ERC20.Approve); StartOrder then sends no approval at all. ReuseOrder
// extends an order with a new provider fee.
//
// # Pricing
//
// Token.CreateFixedRate and Token.CreateDispenser attach an exchange or a
// dispenser to a datatoken (nft.Factory.Create can do it at publication).
// FixedRateExchange quotes (CalcBaseInGivenOutDT), buys and sells,
// approving the base token or datatoken it spends; its owner changes the
// rate and toggles the exchange. Dispenser hands out free datatokens within
// MaxTokens and MaxBalance.
//
// # Escrow
//
// Escrow holds a payer's deposits for compute: Deposit (approving the
// escrow), Authorize a payee (a compute node) with limits, Funds and Locks
// to inspect, Withdraw what is not locked. The payee side (CreateLock,
// ClaimLock, CancelExpiredLock) is there for nodes written in Go.
//
// # Errors
//
// Reverts are *transact.RevertError, with the decoded reason and, for a
// mined transaction, its hash. Node refusals and
// waiting failures are *transact.TxError. Both work with errors.Is against the
// sentinels: ErrMissingRole, ErrInsufficientBalance, ErrInsufficientAllowance,
// ErrCapExceeded, ErrInvalidProviderFee, ErrDispenserInactive,
// ErrExchangeInactive (contract conditions, also detected before sending
// where cheap), ErrReadOnly and ErrInvalidParams; transact.ErrReverted
// matches every revert, and the transaction conditions are the transact
// package's (transact.ErrUnderpriced, ErrNonceTooLow, ErrInsufficientFunds,
// ErrNotMined).
//
// # Testing
//
// The package's tests run every operation against the real Ocean contracts
// on an in-process development chain, once in-process and once over
// JSON-RPC; the devnet package offers the same chain to programs.
package datatoken

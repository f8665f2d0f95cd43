package datatoken

import (
	"errors"

	"github.com/oceango/ocean.go/internal/contracts"
)

// Sentinels callers can test with errors.Is. The contract-level ones match a
// *transact.RevertError whose reason says so, and are also returned for failures
// detected before sending; they are the same values as the nft package's.
var (
	// ErrMissingRole: the sender lacks the role the call needs (minter,
	// ERC20 deployer, NFT owner or manager, exchange or dispenser owner,
	// publishing market).
	ErrMissingRole = contracts.ErrMissingRole
	// ErrInsufficientBalance: a token balance or escrow funds are too low
	// (including "Not enough datatokens to start Order").
	ErrInsufficientBalance = contracts.ErrInsufficientBalance
	// ErrInsufficientAllowance: the spender is not approved for the amount.
	ErrInsufficientAllowance = contracts.ErrInsufficientAllowance
	// ErrCapExceeded: minting would exceed the datatoken's cap.
	ErrCapExceeded = contracts.ErrCapExceeded
	// ErrInvalidProviderFee: the provider fee signature does not recover to
	// its providerFeeAddress. StartOrder and ReuseOrder check it locally and
	// return it without sending.
	ErrInvalidProviderFee = contracts.ErrInvalidProviderFee
	// ErrDispenserInactive: the datatoken's dispenser is inactive or absent.
	ErrDispenserInactive = contracts.ErrDispenserInactive
	// ErrExchangeInactive: the fixed-rate exchange is inactive or absent.
	ErrExchangeInactive = contracts.ErrExchangeInactive

	// ErrReadOnly: a transacting method was called on a handle created
	// without a transact.Manager.
	ErrReadOnly = errors.New("datatoken: handle has no transaction manager (read-only)")
	// ErrInvalidParams: a params struct failed validation.
	ErrInvalidParams = errors.New("datatoken: invalid parameters")
	// ErrEventNotFound: a receipt lacks the event being decoded.
	ErrEventNotFound = errors.New("datatoken: event not found in receipt")
)

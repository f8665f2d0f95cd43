package nft

import (
	"errors"

	"github.com/oceango/ocean.go/datatoken"
)

// Sentinels for errors.Is; the same values as the datatoken package's.
var (
	// ErrMissingRole: the sender lacks the NFT ownership or role (manager,
	// ERC20 deployer, metadata updater, store updater) the call needs.
	ErrMissingRole = datatoken.ErrMissingRole
	// ErrInsufficientBalance: a token balance is too low.
	ErrInsufficientBalance = datatoken.ErrInsufficientBalance
	// ErrInsufficientAllowance: a spender is not approved for the amount.
	ErrInsufficientAllowance = datatoken.ErrInsufficientAllowance
	// ErrReadOnly: a transacting method was called on a handle created
	// without a transact.Manager.
	ErrReadOnly = datatoken.ErrReadOnly
	// ErrInvalidParams: a params struct failed validation.
	ErrInvalidParams = datatoken.ErrInvalidParams
	// ErrEventNotFound: a receipt lacks the event being decoded.
	ErrEventNotFound = datatoken.ErrEventNotFound
	// ErrNotTransferable: the data NFT was created non-transferable.
	ErrNotTransferable = errors.New("nft: data NFT is not transferable")
)

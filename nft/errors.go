package nft

import (
	"errors"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/datatoken"
)

// RevertError is a contract execution that reverted (in a call, gas
// estimation or a mined transaction, then with TxHash). It is the same type
// as datatoken.RevertError.
type RevertError = datatoken.RevertError

// TxError is a failure to get a transaction accepted or mined that is not a
// revert; the same type as datatoken.TxError.
type TxError = datatoken.TxError

// TxManager sends the transactions of one account; the same type as
// datatoken.TxManager, so one manager serves both packages' handles. See
// datatoken.TxManager.
type TxManager = datatoken.TxManager

// TxOptions tunes a TxManager; see datatoken.TxOptions.
type TxOptions = datatoken.TxOptions

// NewTxManager returns a TxManager sending from the account from, signed
// by sign; see datatoken.NewTxManager.
func NewTxManager(backend bind.Backend, from common.Address, sign bind.SignerFn, opts TxOptions) (*TxManager, error) {
	return datatoken.NewTxManager(backend, from, sign, opts)
}

// Sentinels for errors.Is; the same values as the datatoken package's.
var (
	// ErrReverted matches every *RevertError.
	ErrReverted = datatoken.ErrReverted
	// ErrMissingRole: the sender lacks the NFT ownership or role (manager,
	// ERC20 deployer, metadata updater, store updater) the call needs.
	ErrMissingRole = datatoken.ErrMissingRole
	// ErrInsufficientBalance: a token balance is too low.
	ErrInsufficientBalance = datatoken.ErrInsufficientBalance
	// ErrInsufficientAllowance: a spender is not approved for the amount.
	ErrInsufficientAllowance = datatoken.ErrInsufficientAllowance
	// ErrUnderpriced: the node refused the transaction's fees.
	ErrUnderpriced = datatoken.ErrUnderpriced
	// ErrNonceTooLow: the nonce was used by another transaction.
	ErrNonceTooLow = datatoken.ErrNonceTooLow
	// ErrInsufficientFunds: the sender cannot pay gas and value.
	ErrInsufficientFunds = datatoken.ErrInsufficientFunds
	// ErrNotMined: waiting ended before the transaction was mined.
	ErrNotMined = datatoken.ErrNotMined
	// ErrReadOnly: a transacting method was called on a handle created
	// without a TxManager.
	ErrReadOnly = datatoken.ErrReadOnly
	// ErrInvalidParams: a params struct failed validation.
	ErrInvalidParams = datatoken.ErrInvalidParams
	// ErrEventNotFound: a receipt lacks the event being decoded.
	ErrEventNotFound = datatoken.ErrEventNotFound
	// ErrNotTransferable: the data NFT was created non-transferable.
	ErrNotTransferable = errors.New("nft: data NFT is not transferable")
)

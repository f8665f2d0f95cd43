package accesslist

import (
	"errors"

	"github.com/oceango/ocean.go/datatoken"
)

// Sentinels for errors.Is. The contract and transaction ones are the same
// values as the datatoken package's.
var (
	// ErrMissingRole: the sender is not the list's owner (adding members,
	// transferring ownership) nor the token's holder (burning it).
	ErrMissingRole = datatoken.ErrMissingRole
	// ErrReadOnly: a transacting method was called on a handle created
	// without a transact.Manager.
	ErrReadOnly = errors.New("accesslist: handle has no transaction manager (read-only)")
	// ErrInvalidParams: the parameters failed validation (nothing sent).
	ErrInvalidParams = errors.New("accesslist: invalid parameters")
	// ErrEventNotFound: a receipt lacks the event being decoded.
	ErrEventNotFound = errors.New("accesslist: event not found in receipt")
	// ErrNotMember: the address holds no token of the list.
	ErrNotMember = errors.New("accesslist: address is not a member of the list")
	// ErrNotFactoryList: the factory did not deploy the list (isSoulBound
	// on a foreign address).
	ErrNotFactoryList = errors.New("accesslist: list not deployed by this factory")
)

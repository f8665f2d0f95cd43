package compute

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// Account is one address acting on Ocean: the signer of its node requests
// and, optionally, the transaction manager that sends its transactions.
// NewAccount checks once that both act for the same address, so a client
// given an Account never checks again. compute declares it because it is
// the lowest package that needs both halves; assets and the root package
// take the same value.
//
// An Account is immutable and safe for concurrent use. It does not own
// the transaction manager: whoever created the manager closes it.
type Account struct {
	signer provider.Signer
	tm     *transact.Manager
}

// AccountMismatchError is returned by NewAccount when the node request
// signer and the transaction manager act for different addresses.
type AccountMismatchError struct {
	// Signer is the address the node requests would be signed by.
	Signer common.Address
	// TxManager is the address the transactions would be sent from.
	TxManager common.Address
}

func (e *AccountMismatchError) Error() string {
	return fmt.Sprintf("compute: account mismatch: node requests signed by %s, transactions sent from %s",
		e.Signer.Hex(), e.TxManager.Hex())
}

// NewAccount returns the account of signer and tm. tm may be nil: the
// account then signs node requests only, enough for a compute client that
// runs free jobs and observes jobs (Pay returns ErrNoChain), not for the
// assets flows. It fails with an *AccountMismatchError when tm sends from
// another address than signer signs for.
func NewAccount(signer provider.Signer, tm *transact.Manager) (*Account, error) {
	if signer == nil {
		return nil, errors.New("compute: nil signer")
	}
	if tm != nil && tm.From() != signer.Address() {
		return nil, &AccountMismatchError{Signer: signer.Address(), TxManager: tm.From()}
	}
	return &Account{signer: signer, tm: tm}, nil
}

// Address returns the account's address: the owner of its compute jobs,
// the sender of its transactions.
func (a *Account) Address() common.Address { return a.signer.Address() }

// Signer returns the signer of the account's node requests.
func (a *Account) Signer() provider.Signer { return a.signer }

// TxManager returns the manager sending the account's transactions, nil
// for a signer-only account.
func (a *Account) TxManager() *transact.Manager { return a.tm }

package datatoken

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/transact"
)

// Escrow is a handle on Ocean's Escrow contract, which holds a payer's
// deposits for compute jobs: the payer deposits and authorizes payees
// (compute nodes); a payee locks an amount for a job and later claims what
// the job cost, or the lock expires and is cancelled. Creating the handle
// does no I/O. Safe for concurrent use.
type Escrow struct {
	c contractcall.Contract
	e *escrow.Escrow
}

// NewEscrow returns a handle on the escrow contract at address. tm may be
// nil for a read-only handle.
func NewEscrow(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*Escrow, error) {
	e := escrowABI()
	c, err := contractcall.New(calls(), backend, address, e.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &Escrow{c: c, e: e}, nil
}

// Address returns the escrow contract's address.
func (e *Escrow) Address() common.Address { return e.c.Addr }

// Funds are a payer's escrowed funds in one token.
type Funds struct {
	// Available can be withdrawn or locked.
	Available *big.Int
	// Locked is held by payees' locks.
	Locked *big.Int
}

// Funds returns payer's funds in token.
func (e *Escrow) Funds(ctx context.Context, payer, token common.Address) (Funds, error) {
	data, err := e.e.TryPackGetUserFunds(payer, token)
	out, err := contractcall.Call(ctx, &e.c, "funds", data, err, e.e.UnpackGetUserFunds)
	if err != nil {
		return Funds{}, err
	}
	return Funds{Available: out.Available, Locked: out.Locked}, nil
}

// Tokens lists the tokens payer has funds in.
func (e *Escrow) Tokens(ctx context.Context, payer common.Address) ([]common.Address, error) {
	data, err := e.e.TryPackGetUserTokens(payer)
	return contractcall.Call(ctx, &e.c, "user tokens", data, err, e.e.UnpackGetUserTokens)
}

// Authorization is what a payer allows one payee to lock.
type Authorization struct {
	Payee common.Address
	// MaxLockedAmount bounds what the payee may hold locked at once.
	MaxLockedAmount *big.Int
	// CurrentLockedAmount is what it holds locked now (read only).
	CurrentLockedAmount *big.Int
	// MaxLockSeconds bounds a lock's duration.
	MaxLockSeconds *big.Int
	// MaxLockCounts bounds how many locks it may hold at once.
	MaxLockCounts *big.Int
	// CurrentLocks is how many it holds now (read only).
	CurrentLocks *big.Int
}

// Authorizations returns payer's authorizations in token, for payee or
// (zero payee) for every payee.
func (e *Escrow) Authorizations(ctx context.Context, token, payer, payee common.Address) ([]Authorization, error) {
	data, err := e.e.TryPackGetAuthorizations(token, payer, payee)
	out, err := contractcall.Call(ctx, &e.c, "authorizations", data, err, e.e.UnpackGetAuthorizations)
	if err != nil {
		return nil, err
	}
	auths := make([]Authorization, len(out))
	for i, a := range out {
		auths[i] = Authorization{Payee: a.Payee, MaxLockedAmount: a.MaxLockedAmount, CurrentLockedAmount: a.CurrentLockedAmount,
			MaxLockSeconds: a.MaxLockSeconds, MaxLockCounts: a.MaxLockCounts, CurrentLocks: a.CurrentLocks}
	}
	return auths, nil
}

// Lock is funds a payee locked for a job.
type Lock struct {
	JobID  *big.Int
	Payer  common.Address
	Amount *big.Int
	// Expiry is the unix time after which the lock can be cancelled.
	Expiry *big.Int
	Token  common.Address
}

// Locks returns the locks payee holds on payer's funds in token. All three
// are required (the 2.6.0 contract reverts on a zero payee; Locks returns
// ErrInvalidParams instead). The contract's own filter matches on token and
// payee but not payer, so Locks also filters on payer.
func (e *Escrow) Locks(ctx context.Context, token, payer, payee common.Address) ([]Lock, error) {
	if token == (common.Address{}) || payer == (common.Address{}) || payee == (common.Address{}) {
		return nil, fmt.Errorf("datatoken: locks: %w: token, payer and payee are required", ErrInvalidParams)
	}
	data, err := e.e.TryPackGetLocks(token, payer, payee)
	out, err := contractcall.Call(ctx, &e.c, "locks", data, err, e.e.UnpackGetLocks)
	if err != nil {
		return nil, err
	}
	var locks []Lock
	for _, l := range out {
		if l.Token != token || l.Payer != payer {
			continue
		}
		locks = append(locks, Lock{JobID: l.JobId, Payer: l.Payer, Amount: l.Amount, Expiry: l.Expiry, Token: l.Token})
	}
	return locks, nil
}

// Deposit moves amount of token from the sender into the escrow, approving
// the escrow first (and waiting for the approval) when needed. A balance
// too low fails with ErrInsufficientBalance.
func (e *Escrow) Deposit(ctx context.Context, token common.Address, amount *big.Int) (*types.Transaction, error) {
	if e.c.TM == nil {
		return nil, fmt.Errorf("datatoken: deposit: %w", ErrReadOnly)
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("datatoken: deposit: %w: amount must be positive", ErrInvalidParams)
	}
	data, err := e.e.TryPackDeposit(token, amount)
	if err != nil {
		return nil, fmt.Errorf("datatoken: deposit: %w: %w", ErrInvalidParams, err)
	}
	rs, err := approveAll(ctx, e.c.Backend, e.c.TM, e.c.Addr, map[common.Address]*big.Int{token: amount})
	if err != nil {
		return nil, e.c.Fail("deposit", err)
	}
	tx, err := e.c.Send(ctx, "deposit", data, nil)
	if err != nil {
		rs.release()
		return nil, err
	}
	rs.bind(tx)
	return tx, nil
}

// Withdraw takes amount of the sender's available funds in token back. The
// contract silently skips a withdrawal larger than the available funds, so
// Withdraw checks first and returns ErrInsufficientBalance instead.
func (e *Escrow) Withdraw(ctx context.Context, token common.Address, amount *big.Int) (*types.Transaction, error) {
	from, err := e.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("datatoken: withdraw: %w", err)
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, fmt.Errorf("datatoken: withdraw: %w: amount must be positive", ErrInvalidParams)
	}
	funds, err := e.Funds(ctx, from, token)
	if err != nil {
		return nil, err
	}
	if funds.Available.Cmp(amount) < 0 {
		return nil, fmt.Errorf("datatoken: withdraw: %w: %s available, %s requested", ErrInsufficientBalance, funds.Available, amount)
	}
	data, err := e.e.TryPackWithdraw([]common.Address{token}, []*big.Int{amount})
	return e.c.Send(ctx, "withdraw", data, err)
}

// Authorize lets payee lock the sender's funds in token within a's limits
// (Payee and the Max fields; the Current fields are ignored). Authorizing
// an authorized payee again replaces its limits.
func (e *Escrow) Authorize(ctx context.Context, token common.Address, a Authorization) (*types.Transaction, error) {
	if a.Payee == (common.Address{}) || token == (common.Address{}) {
		return nil, fmt.Errorf("datatoken: authorize: %w: token and payee are required", ErrInvalidParams)
	}
	data, err := e.e.TryPackAuthorize(token, a.Payee, nonNil(a.MaxLockedAmount), nonNil(a.MaxLockSeconds), nonNil(a.MaxLockCounts))
	return e.c.Send(ctx, "authorize", data, err)
}

// CreateLock (payee side) locks amount of payer's funds in token for jobID
// (positive, unique per payer and payee) for expirySeconds. It fails with
// ErrInsufficientBalance when the payer's available funds are too low, and
// with a *transact.RevertError ("No auth found", "Exceeds maxLockedAmount", ...)
// when the payer's authorization does not allow it.
func (e *Escrow) CreateLock(ctx context.Context, jobID *big.Int, token, payer common.Address, amount *big.Int, expirySeconds uint64) (*types.Transaction, error) {
	data, err := e.e.TryPackCreateLock(jobID, token, payer, amount, new(big.Int).SetUint64(expirySeconds))
	return e.c.Send(ctx, "create lock", data, err)
}

// ClaimLock (payee side) takes amount (at most the locked amount) of the
// lock for jobID with a proof of the work; the rest returns to the payer.
func (e *Escrow) ClaimLock(ctx context.Context, jobID *big.Int, token, payer common.Address, amount *big.Int, proof []byte) (*types.Transaction, error) {
	data, err := e.e.TryPackClaimLock(jobID, token, payer, amount, proof)
	return e.c.Send(ctx, "claim lock", data, err)
}

// CancelExpiredLock returns an expired lock's funds to the payer (anyone may
// call once it expired).
func (e *Escrow) CancelExpiredLock(ctx context.Context, jobID *big.Int, token, payer, payee common.Address) (*types.Transaction, error) {
	data, err := e.e.TryPackCancelExpiredLock(jobID, token, payer, payee)
	return e.c.Send(ctx, "cancel expired lock", data, err)
}

// Package contractcall is the read and send path shared by the contract
// wrappers of packages nft, datatoken and accesslist: calls through
// go-ethereum's bind v2 with reverts decoded, and sends through one
// account's transact.Manager, every error prefixed with the wrapper
// package's name and matching its sentinels.
package contractcall

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/transact"
)

// Package names the wrapper package a Contract belongs to and the
// sentinels its errors wrap.
type Package struct {
	// Name prefixes every error ("nft: ...").
	Name string
	// ErrReadOnly is returned by Send and Sender without a manager.
	ErrReadOnly error
	// ErrInvalidParams wraps arguments that fail to pack and a nil backend
	// or zero address given to New.
	ErrInvalidParams error
	// Decode lists more ABIs whose custom errors Send decodes in
	// estimation reverts (besides the contract's own).
	Decode []*abi.ABI
}

// Contract is one wrapped contract: its address, the backend it reads
// through and the manager it sends with (nil: read-only).
type Contract struct {
	pkg     Package
	Backend bind.ContractBackend
	Addr    common.Address
	ABI     *abi.ABI
	TM      *transact.Manager
	bound   *bind.BoundContract
	decode  []*abi.ABI
}

// New binds the contract at addr with ABI a. tm may be nil.
func New(pkg Package, backend bind.ContractBackend, addr common.Address, a abi.ABI, tm *transact.Manager) (Contract, error) {
	if backend == nil {
		return Contract{}, fmt.Errorf("%s: %w: nil backend", pkg.Name, pkg.ErrInvalidParams)
	}
	if addr == (common.Address{}) {
		return Contract{}, fmt.Errorf("%s: %w: zero contract address", pkg.Name, pkg.ErrInvalidParams)
	}
	return Contract{
		pkg:     pkg,
		Backend: backend,
		Addr:    addr,
		ABI:     &a,
		TM:      tm,
		bound:   bind.NewBoundContract(addr, a, backend, backend, backend),
		decode:  append([]*abi.ABI{&a}, pkg.Decode...),
	}, nil
}

// Fail wraps err with the package name and op, decoding a revert with the
// contract's ABI when err is not one already.
func (c *Contract) Fail(op string, err error) error {
	var re *transact.RevertError
	if !errors.As(err, &re) {
		if decoded, ok := transact.AsRevert(err, c.ABI); ok {
			err = decoded
		}
	}
	return fmt.Errorf("%s: %s: %w", c.pkg.Name, op, err)
}

// Call reads through the contract at the latest block: data is the packed
// call (packErr the packing error, if any) and unpack decodes the answer.
// A call that returned data tells the manager the contract has code, so
// later sends to it skip the code check.
func Call[T any](ctx context.Context, c *Contract, op string, data []byte, packErr error, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	if packErr != nil {
		return zero, fmt.Errorf("%s: %s: %w: %w", c.pkg.Name, op, c.pkg.ErrInvalidParams, packErr)
	}
	returned := false
	out, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx}, data, func(b []byte) (T, error) {
		returned = len(b) > 0
		return unpack(b)
	})
	if err != nil {
		return zero, c.Fail(op, err)
	}
	if returned && c.TM != nil {
		c.TM.NoteCode(c.Addr)
	}
	return out, nil
}

// Send submits data to the contract through the manager once the after
// transactions are mined, and returns the transaction without waiting.
func (c *Contract) Send(ctx context.Context, op string, data []byte, packErr error, after ...*types.Transaction) (*types.Transaction, error) {
	if c.TM == nil {
		return nil, fmt.Errorf("%s: %s: %w", c.pkg.Name, op, c.pkg.ErrReadOnly)
	}
	if packErr != nil {
		return nil, fmt.Errorf("%s: %s: %w: %w", c.pkg.Name, op, c.pkg.ErrInvalidParams, packErr)
	}
	tx, err := c.TM.Send(ctx, transact.Call{To: c.Addr, Data: data, After: after, ABIs: c.decode})
	if err != nil {
		return nil, c.Fail(op, err)
	}
	return tx, nil
}

// Sender returns the manager's account, or the package's ErrReadOnly.
func (c *Contract) Sender() (common.Address, error) {
	if c.TM == nil {
		return common.Address{}, c.pkg.ErrReadOnly
	}
	return c.TM.From(), nil
}

package accesslist

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/accesslist"
	"github.com/oceango/ocean.go/internal/contracts/accesslistfactory"
	"github.com/oceango/ocean.go/transact"
)

// The parsed ABIs are computed once and only read afterwards.
var (
	listABI    = sync.OnceValue(accesslist.NewAccessList)
	factoryABI = sync.OnceValue(accesslistfactory.NewAccessListFactory)
)

// contract is the address, read path and send path of a wrapped contract.
type contract struct {
	backend bind.ContractBackend
	addr    common.Address
	abi     *abi.ABI
	bound   *bind.BoundContract
	tm      *TxManager
}

func newContract(backend bind.ContractBackend, addr common.Address, a abi.ABI, tm *TxManager) (contract, error) {
	if backend == nil {
		return contract{}, fmt.Errorf("%w: nil backend", ErrInvalidParams)
	}
	if addr == (common.Address{}) {
		return contract{}, fmt.Errorf("%w: zero contract address", ErrInvalidParams)
	}
	return contract{backend: backend, addr: addr, abi: &a, bound: bind.NewBoundContract(addr, a, backend, backend, backend), tm: tm}, nil
}

// fail wraps err with the operation, decoding reverts.
func (c *contract) fail(op string, err error) error {
	var re *RevertError
	if !errors.As(err, &re) {
		if decoded, ok := contracts.AsRevert(err, c.abi); ok {
			err = decoded
		}
	}
	return fmt.Errorf("accesslist: %s: %w", op, err)
}

func call[T any](ctx context.Context, c *contract, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return zero, c.fail(op, err)
	}
	return out, nil
}

func (c *contract) send(ctx context.Context, op string, data []byte, packErr error) (*types.Transaction, error) {
	if c.tm == nil {
		return nil, fmt.Errorf("accesslist: %s: %w", op, ErrReadOnly)
	}
	if packErr != nil {
		return nil, fmt.Errorf("accesslist: %s: %w: %w", op, ErrInvalidParams, packErr)
	}
	tx, err := c.tm.Send(ctx, transact.Call{To: c.addr, Data: data, ABIs: []*abi.ABI{c.abi}})
	if err != nil {
		return nil, c.fail(op, err)
	}
	return tx, nil
}

func (c *contract) sender() (common.Address, error) {
	if c.tm == nil {
		return common.Address{}, ErrReadOnly
	}
	return c.tm.From(), nil
}

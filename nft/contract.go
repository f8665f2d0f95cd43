package nft

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
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/transact"
)

// The parsed ABIs are computed once and only read afterwards. Metadata
// events are decoded with the ERC721Template ABI: the IERC721Template
// interface declares MetadataCreated/Updated with other topics.
var (
	factoryABI  = sync.OnceValue(erc721factory.NewNFTFactory)
	templateABI = sync.OnceValue(erc721template.NewERC721Template)
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
		return contract{}, fmt.Errorf("nft: nil backend")
	}
	if addr == (common.Address{}) {
		return contract{}, fmt.Errorf("nft: zero contract address")
	}
	return contract{backend: backend, addr: addr, abi: &a, bound: bind.NewBoundContract(addr, a, backend, backend, backend), tm: tm}, nil
}

func (c *contract) fail(op string, err error) error {
	var re *RevertError
	if !errors.As(err, &re) {
		if decoded, ok := contracts.AsRevert(err, c.abi); ok {
			err = decoded
		}
	}
	return fmt.Errorf("nft: %s: %w", op, err)
}

func call[T any](ctx context.Context, c *contract, op string, data []byte, packErr error, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	if packErr != nil {
		return zero, fmt.Errorf("nft: %s: %w: %w", op, ErrInvalidParams, packErr)
	}
	out, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return zero, c.fail(op, err)
	}
	return out, nil
}

func (c *contract) send(ctx context.Context, op string, data []byte, packErr error) (*types.Transaction, error) {
	if c.tm == nil {
		return nil, fmt.Errorf("nft: %s: %w", op, ErrReadOnly)
	}
	if packErr != nil {
		return nil, fmt.Errorf("nft: %s: %w: %w", op, ErrInvalidParams, packErr)
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

package datatoken

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/transact"
)

// ERC20 is a handle on any ERC-20 token (OCEAN, a fee or base token, or a
// datatoken's plain ERC-20 side). Creating it does no I/O. Reads go through
// the backend at the latest block; transacting methods need the transact.Manager
// given to NewERC20 (nil makes the handle read-only: ErrReadOnly). Safe for
// concurrent use.
type ERC20 struct {
	c   contractcall.Contract
	erc *erc20template.ERC20Template
}

// NewERC20 returns a handle on the token at address. tm may be nil for a
// read-only handle.
func NewERC20(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*ERC20, error) {
	erc := erc20ABI()
	c, err := contractcall.New(calls(), backend, address, erc.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &ERC20{c: c, erc: erc}, nil
}

// Address returns the token's address.
func (t *ERC20) Address() common.Address { return t.c.Addr }

// Name returns the token's name.
func (t *ERC20) Name(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &t.c, "name", t.erc.PackName(), nil, t.erc.UnpackName)
}

// Symbol returns the token's symbol.
func (t *ERC20) Symbol(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &t.c, "symbol", t.erc.PackSymbol(), nil, t.erc.UnpackSymbol)
}

// Decimals returns the token's decimals (18 for every datatoken).
func (t *ERC20) Decimals(ctx context.Context) (uint8, error) {
	return contractcall.Call(ctx, &t.c, "decimals", t.erc.PackDecimals(), nil, t.erc.UnpackDecimals)
}

// TotalSupply returns the minted supply in base units.
func (t *ERC20) TotalSupply(ctx context.Context) (*big.Int, error) {
	return contractcall.Call(ctx, &t.c, "total supply", t.erc.PackTotalSupply(), nil, t.erc.UnpackTotalSupply)
}

// Balance returns owner's balance in base units.
func (t *ERC20) Balance(ctx context.Context, owner common.Address) (*big.Int, error) {
	data, err := t.erc.TryPackBalanceOf(owner)
	return contractcall.Call(ctx, &t.c, "balance", data, err, t.erc.UnpackBalanceOf)
}

// Allowance returns how much spender may still pull from owner.
func (t *ERC20) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	data, err := t.erc.TryPackAllowance(owner, spender)
	return contractcall.Call(ctx, &t.c, "allowance", data, err, t.erc.UnpackAllowance)
}

// Approve sets spender's allowance over the sender's tokens to amount.
//
// The order, exchange and escrow methods of this package approve what they
// spend themselves and account for each other's in-flight approvals; mixing
// them with manual approvals of the same spender can overwrite an allowance
// an unmined transaction relies on.
func (t *ERC20) Approve(ctx context.Context, spender common.Address, amount *big.Int) (*types.Transaction, error) {
	data, err := t.erc.TryPackApprove(spender, amount)
	return t.c.Send(ctx, "approve", data, err)
}

// Transfer sends amount base units from the sender to to. A balance too low
// fails with ErrInsufficientBalance.
func (t *ERC20) Transfer(ctx context.Context, to common.Address, amount *big.Int) (*types.Transaction, error) {
	data, err := t.erc.TryPackTransfer(to, amount)
	return t.c.Send(ctx, "transfer", data, err)
}

// TransferFrom moves amount from from to to using the sender's allowance;
// a missing allowance fails with ErrInsufficientAllowance.
func (t *ERC20) TransferFrom(ctx context.Context, from, to common.Address, amount *big.Int) (*types.Transaction, error) {
	data, err := t.erc.TryPackTransferFrom(from, to, amount)
	return t.c.Send(ctx, "transfer from", data, err)
}

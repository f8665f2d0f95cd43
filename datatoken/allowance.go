package datatoken

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/dispenser"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc20templateenterprise"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/internal/contracts/fixedrateexchange"
	"github.com/oceango/ocean.go/transact"
)

// calls is how this package's contracts read and send. A Token's ABI is
// the Standard template's; the Enterprise one names (and decodes the errors
// of) the calls only it has, in estimates.
func calls() contractcall.Package {
	e := enterpriseABI().GetABI()
	return contractcall.Package{Name: "datatoken", ErrReadOnly: ErrReadOnly, ErrInvalidParams: ErrInvalidParams,
		Decode: []*abi.ABI{&e}}
}

// nonNil returns v, or 0 when v is nil.
func nonNil(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// allowanceKey names the Budget of (token, spender) allowances.
func allowanceKey(token, spender common.Address) string {
	return "allowance:" + token.Hex() + ":" + spender.Hex()
}

// reservations are the Budget reservations one call made.
type reservations []*transact.Reservation

func (rs reservations) bind(tx *types.Transaction) {
	for _, r := range rs {
		r.Bind(tx)
	}
}

func (rs reservations) release() {
	for _, r := range rs {
		r.Release()
	}
}

// ensureAllowance makes sure spender may pull amount of token from the
// manager's account on top of what in-flight transactions of the same
// manager were promised, approving (and waiting for the approval) when the
// allowance at the latest block does not cover both. The returned
// reservation must be bound to the spending transaction, or released.
//
// Approvals are exact (the outstanding promises plus amount), never
// unlimited. An approval may leave a little allowance behind when a
// promised spender was mined before it; it never leaves too little.
func ensureAllowance(ctx context.Context, backend bind.ContractBackend, tm *transact.Manager, token, spender common.Address, amount *big.Int) (*transact.Reservation, error) {
	b := tm.Budget(allowanceKey(token, spender))
	b.Lock()
	defer b.Unlock()
	need := new(big.Int).Add(b.Outstanding(), amount)
	erc := erc20ABI()
	have, err := bind.Call(erc.Instance(backend, token), &bind.CallOpts{Context: ctx},
		erc.PackAllowance(tm.From(), spender), erc.UnpackAllowance)
	if err != nil {
		if re, ok := transact.AsRevert(err); ok {
			err = re
		}
		return nil, fmt.Errorf("allowance of %s: %w", token.Hex(), err)
	}
	if have.Cmp(need) < 0 {
		data, err := erc.TryPackApprove(spender, need)
		if err != nil {
			return nil, err
		}
		// Earlier unmined spenders may take the allowance to zero before
		// this approval runs, which makes its storage write a set (20,000
		// gas) rather than the reset the estimate saw.
		ercABI := erc20ABI().GetABI()
		tx, err := tm.Send(ctx, transact.Call{To: token, Data: data, ExtraGas: approvalExtraGas, ABIs: []*abi.ABI{&ercABI}})
		if err != nil {
			return nil, fmt.Errorf("approve %s for %s: %w", token.Hex(), spender.Hex(), err)
		}
		if _, err := tm.Wait(ctx, tx); err != nil {
			return nil, fmt.Errorf("approve %s for %s: %w", token.Hex(), spender.Hex(), err)
		}
	}
	return b.Reserve(amount), nil
}

// approvalExtraGas covers an allowance slot going from reset to set
// between estimation and execution (EIP-2200: 20,000 vs 2,900).
const approvalExtraGas = 20_000

// approveAll ensures allowances for every (token → amount) pair, releasing
// what it reserved when one fails.
func approveAll(ctx context.Context, backend bind.ContractBackend, tm *transact.Manager, spender common.Address, amounts map[common.Address]*big.Int) (reservations, error) {
	var rs reservations
	for token, amount := range amounts {
		r, err := ensureAllowance(ctx, backend, tm, token, spender, amount)
		if err != nil {
			rs.release()
			return nil, err
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// addFee adds a fee to the per-token amounts when it is payable (non-zero
// amount, token and recipient), as the templates' startOrder does.
func addFee(amounts map[common.Address]*big.Int, recipient, token common.Address, amount *big.Int) {
	if amount == nil || amount.Sign() <= 0 || token == (common.Address{}) || recipient == (common.Address{}) {
		return
	}
	if amounts[token] == nil {
		amounts[token] = new(big.Int)
	}
	amounts[token].Add(amounts[token], amount)
}

// The parsed ABIs are computed once and only read afterwards.
var (
	erc20ABI      = sync.OnceValue(erc20template.NewERC20Template)
	enterpriseABI = sync.OnceValue(erc20templateenterprise.NewERC20TemplateEnterprise)
	freABI        = sync.OnceValue(fixedrateexchange.NewFixedRateExchange)
	dispenserABI  = sync.OnceValue(dispenser.NewDispenser)
	escrowABI     = sync.OnceValue(escrow.NewEscrow)
)

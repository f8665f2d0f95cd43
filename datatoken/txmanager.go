package datatoken

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/dispenser"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc20templateenterprise"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/internal/contracts/fixedrateexchange"
	"github.com/oceango/ocean.go/transact"
)

// TxManager sends the transactions of one account on one chain: it assigns
// nonces so concurrent goroutines never collide, prices with EIP-1559 fees
// plus a margin, replaces transactions that stay unmined, waits for
// receipts and decodes reverts. Share one TxManager between every handle
// (nft and datatoken alike: nft.TxManager is the same type) that sends from
// the account. It is safe for concurrent use.
//
// Its methods: Wait(ctx, tx) returns the receipt (of the mined version,
// whose TxHash differs from tx.Hash() when a replacement was mined) or a
// *RevertError / *TxError; From() is the sending account; Pending() counts
// unmined transactions; Close() stops watching them. DryRun() returns a
// manager that estimates instead of sending (see TxEstimate).
type TxManager = transact.Manager

// TxEstimate is what sending one transaction would take, found without
// sending it: the contract and method, the gas limit, the fee cap and the
// most it can cost in the chain's coin (MaxCost), or Depends when it needs
// an earlier transaction's effect to be simulated. TxManager.Estimate
// returns one for a call; a dry-run manager (TxManager.DryRun) records one
// per transaction a wrapper or a flow would send (TxManager.Estimates)
// and sends nothing.
type TxEstimate = transact.Estimate

// DependentGas is the gas limit of a TxEstimate that Depends on an
// earlier transaction: above what any single Ocean call takes.
const DependentGas = transact.DependentGas

// TxOptions tunes a TxManager (fee margins, fee cap, when a transaction
// counts as stuck, how much replacements bump fees, polling, how long fee
// data is reused). The zero value gives sensible defaults for public
// networks.
type TxOptions = transact.Options

// NewTxManager returns a TxManager sending from the account from, signed by
// sign: bind.NewKeyedTransactor(key, chainID).Signer, a keystore's or a
// remote signer's SignerFn. sign must be safe for concurrent use. Private
// keys never enter ocean.go's option structs.
func NewTxManager(backend bind.Backend, from common.Address, sign bind.SignerFn, opts TxOptions) (*TxManager, error) {
	return transact.New(backend, from, sign, opts)
}

// contract is what every wrapper holds: where the contract lives, how to
// read it and (optionally) how to send to it.
type contract struct {
	pkg     string // error prefix
	backend bind.ContractBackend
	addr    common.Address
	abi     *abi.ABI
	bound   *bind.BoundContract
	tm      *TxManager
}

func newContract(pkg string, backend bind.ContractBackend, addr common.Address, a abi.ABI, tm *TxManager) (contract, error) {
	if backend == nil {
		return contract{}, fmt.Errorf("%s: nil backend", pkg)
	}
	if addr == (common.Address{}) {
		return contract{}, fmt.Errorf("%s: zero contract address", pkg)
	}
	return contract{pkg: pkg, backend: backend, addr: addr, abi: &a,
		bound: bind.NewBoundContract(addr, a, backend, backend, backend), tm: tm}, nil
}

// fail wraps err with the package and operation, decoding reverts.
func (c *contract) fail(op string, err error) error {
	var re *RevertError
	if !errors.As(err, &re) {
		if decoded, ok := contracts.AsRevert(err, c.abi); ok {
			err = decoded
		}
	}
	return fmt.Errorf("%s: %s: %w", c.pkg, op, err)
}

// call reads through the contract; packErr is the TryPack error.
func call[T any](ctx context.Context, c *contract, op string, data []byte, packErr error, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	if packErr != nil {
		return zero, fmt.Errorf("%s: %s: %w: %w", c.pkg, op, ErrInvalidParams, packErr)
	}
	returned := false
	out, err := bind.Call(c.bound, &bind.CallOpts{Context: ctx}, data, func(b []byte) (T, error) {
		returned = len(b) > 0
		return unpack(b)
	})
	if err != nil {
		return zero, c.fail(op, err)
	}
	if returned && c.tm != nil {
		// Only code returns data: later sends to it skip the code check.
		c.tm.NoteCode(c.addr)
	}
	return out, nil
}

// send submits calldata to the contract through the manager.
func (c *contract) send(ctx context.Context, op string, data []byte, packErr error, after ...*types.Transaction) (*types.Transaction, error) {
	if c.tm == nil {
		return nil, fmt.Errorf("%s: %s: %w", c.pkg, op, ErrReadOnly)
	}
	if packErr != nil {
		return nil, fmt.Errorf("%s: %s: %w: %w", c.pkg, op, ErrInvalidParams, packErr)
	}
	abis := []*abi.ABI{c.abi}
	if c.abi != nil && c.pkg == "datatoken" {
		// A Token's ABI is the Standard template's; the Enterprise one names
		// (and decodes the errors of) the calls only it has, in estimates.
		e := enterpriseABI().GetABI()
		abis = append(abis, &e)
	}
	tx, err := c.tm.Send(ctx, transact.Call{To: c.addr, Data: data, After: after, ABIs: abis})
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
func ensureAllowance(ctx context.Context, backend bind.ContractBackend, tm *TxManager, token, spender common.Address, amount *big.Int) (*transact.Reservation, error) {
	b := tm.Budget(allowanceKey(token, spender))
	b.Lock()
	defer b.Unlock()
	need := new(big.Int).Add(b.Outstanding(), amount)
	erc := erc20ABI()
	have, err := bind.Call(erc.Instance(backend, token), &bind.CallOpts{Context: ctx},
		erc.PackAllowance(tm.From(), spender), erc.UnpackAllowance)
	if err != nil {
		if re, ok := contracts.AsRevert(err); ok {
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
func approveAll(ctx context.Context, backend bind.ContractBackend, tm *TxManager, spender common.Address, amounts map[common.Address]*big.Int) (reservations, error) {
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

// BeforeSendFunc is called with each signed transaction just before it is
// submitted (see WithBeforeSend).
type BeforeSendFunc = transact.BeforeSendFunc

// WithBeforeSend returns a copy of ctx that makes every transacting method
// of this package and of package nft called with it invoke f with each
// signed transaction just before submitting it: the original, and every
// replacement the TxManager later sends for it. An error from f stops the
// submission. Use it to journal a transaction (the raw signed bytes) before
// it can be mined, so a crash never leaves an unknown transaction behind.
// f must not send through the same TxManager.
func WithBeforeSend(ctx context.Context, f BeforeSendFunc) context.Context {
	return transact.WithBeforeSend(ctx, f)
}

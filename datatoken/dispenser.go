package datatoken

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/dispenser"
	"github.com/oceango/ocean.go/transact"
)

// DispenserParams describes a dispenser to attach to a datatoken, with the
// factory (nft.Create) or Token.CreateDispenser.
type DispenserParams struct {
	// Dispenser is the Dispenser contract; required.
	Dispenser common.Address
	// MaxTokens is the most one dispense call hands out; required.
	MaxTokens *big.Int
	// MaxBalance: a destination holding this much or more gets nothing;
	// required.
	MaxBalance *big.Int
	// WithMint lets the dispenser mint (otherwise it hands out what it holds).
	WithMint bool
	// AllowedSwapper restricts callers to one address; zero lets anyone.
	AllowedSwapper common.Address
}

// Validate checks the required fields.
func (p DispenserParams) Validate() error {
	switch {
	case p.Dispenser == (common.Address{}):
		return fmt.Errorf("%w: dispenser: contract is required", ErrInvalidParams)
	case p.MaxTokens == nil || p.MaxTokens.Sign() < 0:
		return fmt.Errorf("%w: dispenser: MaxTokens is required", ErrInvalidParams)
	case p.MaxBalance == nil || p.MaxBalance.Sign() < 0:
		return fmt.Errorf("%w: dispenser: MaxBalance is required", ErrInvalidParams)
	}
	return nil
}

// Dispenser is a handle on a Dispenser contract, which hands out free
// datatokens. Creating it does no I/O. Safe for concurrent use.
type Dispenser struct {
	c contractcall.Contract
	d *dispenser.Dispenser
}

// NewDispenser returns a handle on the dispenser contract at address. tm
// may be nil for a read-only handle.
func NewDispenser(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*Dispenser, error) {
	d := dispenserABI()
	c, err := contractcall.New(calls(), backend, address, d.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &Dispenser{c: c, d: d}, nil
}

// Address returns the dispenser contract's address.
func (d *Dispenser) Address() common.Address { return d.c.Addr }

// DispenserStatus is the dispenser state of one datatoken.
type DispenserStatus struct {
	Active bool
	// Owner may activate, deactivate and withdraw. With the factory bundle
	// it is the factory; the NFT owner and ERC20 deployers manage it too.
	Owner common.Address
	// IsMinter: the dispenser may mint.
	IsMinter   bool
	MaxTokens  *big.Int
	MaxBalance *big.Int
	// Balance is what the dispenser holds.
	Balance        *big.Int
	AllowedSwapper common.Address
}

// Status returns the dispenser state of datatoken (a zero status when it
// has none).
func (d *Dispenser) Status(ctx context.Context, datatoken common.Address) (*DispenserStatus, error) {
	data, err := d.d.TryPackStatus(datatoken)
	out, err := contractcall.Call(ctx, &d.c, "dispenser status", data, err, d.d.UnpackStatus)
	if err != nil {
		return nil, err
	}
	return &DispenserStatus{Active: out.Active, Owner: out.Owner, IsMinter: out.IsMinter, MaxTokens: out.MaxTokens,
		MaxBalance: out.MaxBalance, Balance: out.Balance, AllowedSwapper: out.AllowedSwapper}, nil
}

// Dispense hands amount of datatoken to destination. An inactive dispenser
// fails with ErrDispenserInactive; amount above MaxTokens or a destination
// at MaxBalance fail with a *transact.RevertError giving the reason.
func (d *Dispenser) Dispense(ctx context.Context, datatoken common.Address, amount *big.Int, destination common.Address) (*types.Transaction, error) {
	data, err := d.d.TryPackDispense(datatoken, amount, destination)
	return d.c.Send(ctx, "dispense", data, err)
}

// Activate (re)activates the dispenser of datatoken with new limits.
func (d *Dispenser) Activate(ctx context.Context, datatoken common.Address, maxTokens, maxBalance *big.Int) (*types.Transaction, error) {
	data, err := d.d.TryPackActivate(datatoken, maxTokens, maxBalance)
	return d.c.Send(ctx, "activate dispenser", data, err)
}

// Deactivate stops the dispenser of datatoken (its owner, the NFT owner or
// an ERC20 deployer; ErrMissingRole otherwise).
func (d *Dispenser) Deactivate(ctx context.Context, datatoken common.Address) (*types.Transaction, error) {
	data, err := d.d.TryPackDeactivate(datatoken)
	return d.c.Send(ctx, "deactivate dispenser", data, err)
}

// SetAllowedSwapper restricts who may dispense (zero: anyone).
func (d *Dispenser) SetAllowedSwapper(ctx context.Context, datatoken, swapper common.Address) (*types.Transaction, error) {
	data, err := d.d.TryPackSetAllowedSwapper(datatoken, swapper)
	return d.c.Send(ctx, "set allowed swapper", data, err)
}

// OwnerWithdraw sends the datatokens the dispenser holds back to its owner.
func (d *Dispenser) OwnerWithdraw(ctx context.Context, datatoken common.Address) (*types.Transaction, error) {
	data, err := d.d.TryPackOwnerWithdraw(datatoken)
	return d.c.Send(ctx, "owner withdraw", data, err)
}

// TokensDispensed is a Dispenser's TokensDispensed event.
type TokensDispensed struct {
	Datatoken common.Address
	To        common.Address
	Amount    *big.Int
}

// TokensDispensedEvents decodes the TokensDispensed events of a receipt.
func TokensDispensedEvents(r *types.Receipt) []TokensDispensed {
	d := dispenserABI()
	var out []TokensDispensed
	for _, l := range r.Logs {
		if ev, err := d.UnpackTokensDispensedEvent(l); err == nil {
			out = append(out, TokensDispensed{Datatoken: ev.DatatokenAddress, To: ev.UserAddress, Amount: ev.Amount})
		}
	}
	return out
}

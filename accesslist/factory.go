package accesslist

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/accesslistfactory"
	"github.com/oceango/ocean.go/transact"
)

// Factory is a handle on the AccessListFactory, which deploys access
// lists. Creating it does no I/O. Safe for concurrent use.
type Factory struct {
	c contractcall.Contract
	f *accesslistfactory.AccessListFactory
}

// NewFactory returns a handle on the factory at address (the network's
// AccessListFactory). tm may be nil for a read-only handle.
func NewFactory(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*Factory, error) {
	f := factoryABI()
	c, err := contractcall.New(calls(), backend, address, f.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &Factory{c: c, f: f}, nil
}

// Address returns the factory's address.
func (f *Factory) Address() common.Address { return f.c.Addr }

// CreateParams describe a new access list.
type CreateParams struct {
	// Name and Symbol of the list's ERC-721; required.
	Name, Symbol string
	// Transferable lets members transfer their tokens; false (the usual
	// choice, and ocean.js's) makes the list soul-bound: a token stays
	// with the address it was minted to until burnt.
	Transferable bool
	// Owner may add and remove members; zero means the sender.
	Owner common.Address
	// Members get one token each at creation (may be empty).
	Members []common.Address
	// TokenURIs, when not nil, gives each member's token its URI (same
	// length as Members); nil gives every token the URI "".
	TokenURIs []string
}

// Validate checks the required fields.
func (p CreateParams) Validate() error {
	switch {
	case p.Name == "" || p.Symbol == "":
		return fmt.Errorf("%w: name and symbol are required", ErrInvalidParams)
	case p.TokenURIs != nil && len(p.TokenURIs) != len(p.Members):
		return fmt.Errorf("%w: %d token URIs for %d members", ErrInvalidParams, len(p.TokenURIs), len(p.Members))
	}
	for i, m := range p.Members {
		if m == (common.Address{}) {
			return fmt.Errorf("%w: member %d is the zero address", ErrInvalidParams, i)
		}
	}
	return nil
}

// uris returns the token URIs to send for n members.
func uris(given []string, n int) []string {
	if given != nil {
		return given
	}
	return make([]string, n)
}

// Create deploys the list p describes (deployAccessListContract) and
// returns the transaction without waiting. ParseCreated decodes the new
// list's address from the receipt; CreateAndWait does both.
func (f *Factory) Create(ctx context.Context, p CreateParams) (*types.Transaction, error) {
	from, err := f.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("accesslist: create: %w", err)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("accesslist: create: %w", err)
	}
	owner := p.Owner
	if owner == (common.Address{}) {
		owner = from
	}
	members := p.Members
	if members == nil {
		members = []common.Address{}
	}
	data, err := f.f.TryPackDeployAccessListContract(p.Name, p.Symbol, p.Transferable, owner, members, uris(p.TokenURIs, len(members)))
	return f.c.Send(ctx, "create", data, err)
}

// Created is a list the factory deployed, as its NewAccessList event
// tells.
type Created struct {
	List  common.Address
	Owner common.Address
}

// ParseCreated returns the list a Create receipt deployed.
func ParseCreated(r *types.Receipt) (Created, error) {
	f := factoryABI()
	for _, l := range r.Logs {
		if ev, err := f.UnpackNewAccessListEvent(l); err == nil {
			return Created{List: ev.ContractAddress, Owner: ev.Owner}, nil
		}
	}
	return Created{}, fmt.Errorf("%w: no NewAccessList event in %s", ErrEventNotFound, r.TxHash.Hex())
}

// CreateAndWait is Create, then Manager.Wait, then ParseCreated; it
// returns the new list's address.
func (f *Factory) CreateAndWait(ctx context.Context, p CreateParams) (common.Address, error) {
	tx, err := f.Create(ctx, p)
	if err != nil {
		return common.Address{}, err
	}
	r, err := f.c.TM.Wait(ctx, tx)
	if err != nil {
		return common.Address{}, fmt.Errorf("accesslist: create: %w", err)
	}
	c, err := ParseCreated(r)
	if err != nil {
		return common.Address{}, err
	}
	return c.List, nil
}

// IsDeployed reports whether the factory deployed the list at address.
func (f *Factory) IsDeployed(ctx context.Context, address common.Address) (bool, error) {
	return contractcall.Call(ctx, &f.c, "is deployed", f.f.PackIsDeployed(address), nil, f.f.UnpackIsDeployed)
}

// IsSoulBound reports whether the factory's list at address is
// non-transferable; ErrNotFactoryList when the factory did not deploy it.
func (f *Factory) IsSoulBound(ctx context.Context, address common.Address) (bool, error) {
	ok, err := f.IsDeployed(ctx, address)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, fmt.Errorf("accesslist: is soul-bound: %w: %s", ErrNotFactoryList, address.Hex())
	}
	return contractcall.Call(ctx, &f.c, "is soul-bound", f.f.PackIsSoulBound(address), nil, f.f.UnpackIsSoulBound)
}

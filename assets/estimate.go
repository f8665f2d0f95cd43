package assets

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// EstimateOrder returns the transactions Order(ctx, p) would send now, in
// order, each with its gas limit, fee cap and most cost in the chain's
// coin (transact.Estimate), without sending anything or writing the
// journal: Order runs with a dry-run transaction manager. Every check of
// Order happens, so ErrSoldOut, ErrPriceTooHigh, ErrInsufficientFunds and
// ErrNotConsumable come back as they would from Order, and a transaction
// that would revert against the current chain state fails with a
// *transact.RevertError carrying the reason. A transaction that needs an
// earlier one's effect (the order that spends the approval before it) is
// returned with Depends set and transact.DependentGas. An order Order
// would reuse without paying returns no transaction. This also estimates
// the order a Download needs.
func (c *Client) EstimateOrder(ctx context.Context, p OrderParams) ([]transact.Estimate, error) {
	d, err := c.dryRun()
	if err != nil {
		return nil, err
	}
	if _, err := d.Order(ctx, p); err != nil {
		return nil, err
	}
	return d.tm.Estimates(), nil
}

// EstimateCompute returns the transactions RunCompute(ctx, p) would send
// before the node starts the job (the dataset's and the algorithm's
// orders, the escrow's approval, deposit and authorization), as
// EstimateOrder does for Order. The node's compute initialize is asked,
// as RunCompute asks it; nothing is sent and no job is started.
func (c *Client) EstimateCompute(ctx context.Context, p RunComputeParams) ([]transact.Estimate, error) {
	d, err := c.dryRun()
	if err != nil {
		return nil, err
	}
	if _, err := d.RunCompute(ctx, p); err != nil && !errors.Is(err, errDryRunEnd) {
		return nil, err
	}
	return d.tm.Estimates(), nil
}

// EstimatePublish returns the transactions Publish(ctx, p) would send, as
// EstimateOrder does for Order. Only the first, which creates the data NFT
// and the first datatoken, can be simulated: every later one calls a
// contract it creates, so they follow with Depends set, a zero To when
// their contract does not exist yet, and transact.DependentGas. The files
// are checked first, as Publish checks them.
func (c *Client) EstimatePublish(ctx context.Context, p PublishParams) ([]transact.Estimate, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	d, err := c.dryRun()
	if err != nil {
		return nil, err
	}
	if _, err := d.Publish(ctx, p); err != nil && !errors.Is(err, errDryRunEnd) {
		return nil, err
	}
	out := d.tm.Estimates()
	if len(out) == 0 {
		return nil, nil // already published under this key
	}
	later := func(method string) {
		fee := out[0].MaxFeePerGas
		out = append(out, transact.Estimate{Method: method, Value: new(big.Int), Gas: transact.DependentGas,
			MaxFeePerGas: fee, MaxCost: new(big.Int).Mul(big.NewInt(transact.DependentGas), fee), Depends: true})
	}
	for i, s := range p.Services {
		pr := s.Pricing
		if i > 0 {
			later("createERC20")
			switch pr.Type {
			case PricingFree:
				later("createDispenser")
			case PricingFixed:
				later("createFixedRate")
			}
		}
		if pr.Cap == nil {
			continue
		}
		if pr.Type != PricingFixed {
			later("mint")
			continue
		}
		if pr.Template == 0 || pr.Template == datatoken.TemplateEnterprise {
			later("setAllowedSwapper")
		}
		for _, m := range []string{"approve", "buyDT", "approve", "sellDT", "toggleMintState", "setRate", "setAllowedSwapper"} {
			later(m)
		}
	}
	later("setMetaData")
	return out, nil
}

// errDryRunEnd stops a flow run by a dry-run client where the rest cannot
// be simulated (the data NFT a publication just "created") or must not
// happen (the job a compute run would start).
var errDryRunEnd = errors.New("assets: end of the dry run")

// dryRun returns a copy of c whose transactions go to a dry-run manager
// and whose journal writes go to memory (reading the done orders of c's
// journal, so that an order Order would reuse is found).
func (c *Client) dryRun() (*Client, error) {
	d := *c
	d.tm = c.tm.DryRun()
	d.dry = true
	d.store = &dryStore{MemoryStore: journal.NewMemory(), real: c.store}
	f, err := nft.NewFactory(c.backend, c.addrs.ERC721Factory, d.tm)
	if err != nil {
		return nil, err
	}
	d.factory = f
	return &d, nil
}

// dryStore is the journal of a dry run: a memory store whose List also
// returns the real journal's entries. Get sees only memory, so the flow's
// own key starts afresh: a dry run never settles (rebroadcasts) the real
// journal's transactions.
type dryStore struct {
	*journal.MemoryStore
	real journal.Store
}

// List returns the memory store's entries, then the real journal's.
func (s *dryStore) List(ctx context.Context, f journal.Filter) ([]*journal.Entry, error) {
	mem, err := s.MemoryStore.List(ctx, f)
	if err != nil {
		return nil, err
	}
	real, err := s.real.List(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("assets: journal: %w", err)
	}
	return append(real, mem...), nil
}

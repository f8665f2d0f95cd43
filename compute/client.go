package compute

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// Config is what New needs.
type Config struct {
	// Provider is the node that runs the jobs; required.
	Provider *provider.Client
	// Account is the consumer; required. Jobs are owned by its address.
	// Its transaction manager (and that manager's backend) pays: Pay and
	// Run for paid jobs read balances and escrow funds and send the order
	// and escrow transactions through it. A signer-only account (no
	// manager) runs free jobs and observes any job of the consumer, and
	// Pay returns ErrNoChain.
	Account *Account
	// ChainID is the chain the assets and payments live on; required.
	ChainID int64
	// Indexer resolves the DDOs of assets to order (for their service
	// index). Nil: the Provider's node, which serves the
	// Aquarius-compatible routes.
	Indexer *indexer.Client
	// Escrow, when set, is the escrow contract payments may go to: Pay
	// refuses to deposit into another contract a node names
	// (ErrEscrowMismatch). Zero trusts the node's answer.
	Escrow common.Address
}

// Client drives compute-to-data jobs on one node for one consumer. It is
// safe for concurrent use and immutable after New.
type Client struct {
	prov    *provider.Client
	acct    *Account
	chainID int64
	backend bind.ContractBackend // the manager's; nil without one
	tm      *transact.Manager    // nil for a signer-only account
	idx     *indexer.Client
	escrow  common.Address

	escrowMu sync.Mutex // serialises Pay's escrow check-and-raise
}

// New checks cfg and returns a client. It does no I/O.
func New(cfg Config) (*Client, error) {
	switch {
	case cfg.Provider == nil:
		return nil, errors.New("compute: Config.Provider is required")
	case cfg.Account == nil:
		return nil, errors.New("compute: Config.Account is required")
	case cfg.ChainID <= 0:
		return nil, errors.New("compute: Config.ChainID is required")
	}
	idx := cfg.Indexer
	if idx == nil {
		var err error
		if idx, err = indexer.New(cfg.Provider.BaseURL()); err != nil {
			return nil, fmt.Errorf("compute: indexer: %w", err)
		}
	}
	c := &Client{prov: cfg.Provider, acct: cfg.Account, chainID: cfg.ChainID, tm: cfg.Account.TxManager(), idx: idx,
		escrow: cfg.Escrow}
	if c.tm != nil {
		c.backend = c.tm.Backend()
	}
	return c, nil
}

// Consumer returns the address that owns the client's jobs.
func (c *Client) Consumer() common.Address { return c.acct.Address() }

// Account returns the consumer's account.
func (c *Client) Account() *Account { return c.acct }

func (c *Client) auth() provider.Auth { return provider.SignedBy(c.acct.Signer()) }

// Environment is a compute environment of the node.
type Environment struct {
	provider.ComputeEnvironment
}

// AllowsFree reports whether the environment runs free jobs (it has a
// "free" section).
func (e *Environment) AllowsFree() bool {
	s := string(e.Free)
	return s != "" && s != "null" && s != "false" && s != "{}"
}

// FeeTokens returns the tokens the environment accepts on chainID, in the
// node's order.
func (e *Environment) FeeTokens(chainID int64) []common.Address {
	var out []common.Address
	for _, f := range e.Fees[strconv.FormatInt(chainID, 10)] {
		out = append(out, f.FeeToken)
	}
	return out
}

// Price returns the price per minute of one unit of resource ("cpu",
// "ram", ...) in token on chainID, as the node lists it, and whether it is
// listed.
func (e *Environment) Price(chainID int64, token common.Address, resource string) (float64, bool) {
	for _, f := range e.Fees[strconv.FormatInt(chainID, 10)] {
		if f.FeeToken != token {
			continue
		}
		for _, p := range f.Prices {
			if p.ID == resource {
				return p.Price, true
			}
		}
	}
	return 0, false
}

// Environments lists the node's compute environments for the client's
// chain. A node without compute answers an empty list (or, classic
// providers, nodehttp.ErrNotFound).
func (c *Client) Environments(ctx context.Context) ([]Environment, error) {
	envs, err := c.prov.ComputeEnvironments(ctx, c.chainID)
	if err != nil {
		return nil, fmt.Errorf("compute: environments: %w", err)
	}
	out := make([]Environment, len(envs))
	for i, e := range envs {
		out[i] = Environment{e}
	}
	return out, nil
}

// environment returns the environment id, or picks the first one that
// fits (free jobs need a free section).
func (c *Client) environment(ctx context.Context, id string, free bool) (*Environment, error) {
	envs, err := c.Environments(ctx)
	if err != nil {
		return nil, err
	}
	for i := range envs {
		e := &envs[i]
		if (id == "" || e.ID == id) && (!free || e.AllowsFree()) {
			return e, nil
		}
	}
	if id != "" {
		return nil, fmt.Errorf("%w: %s is not offered (free: %v)", ErrNoEnvironment, id, free)
	}
	return nil, fmt.Errorf("%w on chain %d (free: %v)", ErrNoEnvironment, c.chainID, free)
}

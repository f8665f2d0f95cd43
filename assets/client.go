package assets

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/internal/httpx"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// Backend is the chain access the flows need: the contract calls and
// transactions of bind.Backend, plus looking up a transaction by hash and
// an account's mined nonce, with which Resume reconciles journaled
// transactions. *ethclient.Client satisfies it.
type Backend interface {
	bind.Backend
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Config is what New needs. Every field is required except Indexer (then
// Publish does not wait for the DDO to be indexed and Order and Download
// need the asset passed in).
type Config struct {
	// Provider is the node that encrypts, initializes and serves downloads;
	// its URL is the service endpoint and metadata decryptor of what
	// Publish publishes.
	Provider *provider.Client
	// Indexer resolves DIDs (usually the same node).
	Indexer *indexer.Client
	// Backend reads the chain.
	Backend Backend
	// Account is the account the client acts as (publisher or consumer):
	// its signer signs the node requests, its transaction manager (which
	// it must have) sends the transactions.
	Account *compute.Account
	// Journal records every flow; journal.Open gives the durable default.
	Journal journal.Store
	// ChainID is the chain the contracts live on (never asked for again).
	ChainID int64
	// Contracts are the network's Ocean contracts (a devnet's Contracts(),
	// an address file's entry). ERC721Factory is required. The flows use
	// FixedRateExchange and Dispenser to price datatokens, Ocean as the
	// default base token of fixed-rate pricing and Escrow for jobs in
	// paid compute environments; a flow that needs one of these where it
	// is zero fails with a *MissingContractError before sending anything.
	Contracts addresses.Contracts
	// Network names the network in errors (MissingContractError);
	// optional.
	Network string
}

// Client runs the multi-step flows for one account. It is safe for
// concurrent use; two flows with the same key never run at once (the
// journal's lock, across processes sharing the store).
type Client struct {
	prov     *provider.Client
	idx      *indexer.Client
	backend  Backend
	tm       *transact.Manager
	signer   provider.Signer
	store    journal.Store
	chainID  int64
	network  string
	addrs    addresses.Contracts
	factory  *nft.Factory
	compute  *compute.Client
	opts     options
	from     common.Address
	bigChain *big.Int
	dry      bool // a dry run's copy (estimate.go): tm sends nothing
}

type options struct {
	pollMin, pollMax time.Duration
	logger           *slog.Logger
	afterStep        func(key, point string)
	keepDone         time.Duration
	lookback         uint64
	originAlways     bool
	originHTTP       *http.Client
	indexWait        time.Duration
}

// Option configures New.
type Option func(*options) error

// WithPollInterval sets the bounds of the backoff used while waiting for
// receipts and for the indexer (defaults 5 ms and 1 s).
func WithPollInterval(min, max time.Duration) Option {
	return func(o *options) error {
		if min <= 0 || max < min {
			return errors.New("assets: poll interval bounds must be positive and ordered")
		}
		o.pollMin, o.pollMax = min, max
		return nil
	}
}

// WithLogger logs flow steps at debug level. Default: silent.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) error {
		if l == nil {
			return errors.New("assets: nil logger")
		}
		o.logger = l
		return nil
	}
}

// WithAfterStep calls f after every journal write of a flow, with the
// flow's key and the point reached: the new status ("NFT_CREATING",
// "METADATA_SET", ...), or the status followed by "/broadcast" once a
// journaled transaction has been submitted. It runs synchronously on the
// flow's goroutine. It exists for observability and for crash tests, which
// kill the process at a chosen point.
func WithAfterStep(f func(key, point string)) Option {
	return func(o *options) error {
		o.afterStep = f
		return nil
	}
}

// WithRetention sets how long a finished flow's entry stays in the journal
// (its ExpiresAt; default 30 days, negative: forever). Order uses finished
// order entries to reuse still-valid orders.
func WithRetention(d time.Duration) Option {
	return func(o *options) error {
		o.keepDone = d
		return nil
	}
}

// WithOriginHashing sets how Publish and AddService check file URLs
// before their first transaction. always: the publisher fetches every URL
// file itself, streamed, and publishes its own length and sha256 (with
// Checksum) — a file the publisher cannot fetch is then refused. Without
// it (the default) the publisher fetches a file only when the node's
// answer cannot be trusted: a checksum is wanted and the node's does not
// cover the whole file (Ocean Node hashes at most 10 MiB), or the node
// reports an empty file, as Ocean Node v3.1.0 reports a dead URL. hc, when
// not nil, sends those requests (proxies, TLS, timeouts); the default has
// dial and header timeouts and no overall one (ctx is the deadline).
func WithOriginHashing(always bool, hc *http.Client) Option {
	return func(o *options) error {
		o.originAlways = always
		if hc != nil {
			o.originHTTP = hc
		}
		return nil
	}
}

// WithLookback sets how many blocks back from the head Resume searches
// the chain for events when a journaled transaction's fate cannot be read
// from receipts (default 100,000).
func WithLookback(blocks uint64) Option {
	return func(o *options) error {
		o.lookback = blocks
		return nil
	}
}

// WithIndexWait bounds how long Publish and Update wait for the indexer to
// serve what they set on chain (default 5 minutes; 0: until ctx ends).
// When it runs out the flow fails with an error wrapping
// context.DeadlineExceeded, its chain work done and journaled: Resume, or
// the same call with the same key, waits again without sending anything.
func WithIndexWait(d time.Duration) Option {
	return func(o *options) error {
		if d < 0 {
			return errors.New("assets: negative index wait")
		}
		o.indexWait = d
		return nil
	}
}

// New returns a client acting as cfg.Account. It does no I/O.
func New(cfg Config, opts ...Option) (*Client, error) {
	switch {
	case cfg.Provider == nil:
		return nil, errors.New("assets: nil provider client")
	case cfg.Backend == nil:
		return nil, errors.New("assets: nil backend")
	case cfg.Account == nil:
		return nil, errors.New("assets: nil account")
	case cfg.Account.TxManager() == nil:
		return nil, errors.New("assets: the account has no transaction manager")
	case cfg.Journal == nil:
		return nil, errors.New("assets: nil journal store")
	case cfg.ChainID <= 0:
		return nil, errors.New("assets: chain id must be positive")
	case cfg.Contracts.ERC721Factory == (common.Address{}):
		return nil, errors.New("assets: ERC721Factory address required")
	}
	o := options{pollMin: 5 * time.Millisecond, pollMax: time.Second, keepDone: 30 * 24 * time.Hour, lookback: 100_000,
		indexWait: 5 * time.Minute}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if o.originHTTP == nil {
		o.originHTTP = &http.Client{Transport: httpx.NewTransport(0)}
	}
	tm := cfg.Account.TxManager()
	f, err := nft.NewFactory(cfg.Backend, cfg.Contracts.ERC721Factory, tm)
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	cc, err := compute.New(compute.Config{Provider: cfg.Provider, Account: cfg.Account, ChainID: cfg.ChainID,
		Indexer: cfg.Indexer, Escrow: cfg.Contracts.Escrow})
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	return &Client{prov: cfg.Provider, idx: cfg.Indexer, backend: cfg.Backend, tm: tm,
		signer: cfg.Account.Signer(), store: cfg.Journal, chainID: cfg.ChainID, network: cfg.Network, addrs: cfg.Contracts,
		factory: f, compute: cc, opts: o, from: cfg.Account.Address(), bigChain: big.NewInt(cfg.ChainID)}, nil
}

// Compute returns the compute client RunCompute uses, acting as the same
// account: watch, wait for, stop a job and read its results and logs with
// it.
func (c *Client) Compute() *compute.Client { return c.compute }

// Address returns the address of the account the client acts as.
func (c *Client) Address() common.Address { return c.from }

// Journal returns the client's journal store.
func (c *Client) Journal() journal.Store { return c.store }

func (c *Client) auth() provider.Auth { return provider.SignedBy(c.signer) }

// missing returns the *MissingContractError of a feature needing contract.
func (c *Client) missing(contract, feature string) error {
	return &MissingContractError{Network: c.network, Contract: contract, Feature: feature}
}

// checkPricing returns a *MissingContractError when pr needs a contract
// the network lacks.
func (c *Client) checkPricing(pr Pricing) error {
	zero := common.Address{}
	switch {
	case pr.Type == PricingFree && c.addrs.Dispenser == zero:
		return c.missing("Dispenser", FeatureFreePricing)
	case pr.Type == PricingFixed && c.addrs.FixedRateExchange == zero:
		return c.missing("FixedPrice", FeatureFixedPricing)
	case pr.Type == PricingFixed && pr.BaseToken == zero && c.addrs.Ocean == zero:
		return c.missing("Ocean", FeatureOceanPricing)
	}
	return nil
}

func (c *Client) debug(msg string, args ...any) {
	if c.opts.logger != nil {
		c.opts.logger.Debug(msg, args...)
	}
}

package ocean

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// ErrMissingConfig reports a required Config value that is neither set nor
// given by the network preset (RPC URL, node URL, contract addresses): a
// *MissingConfigError.
var ErrMissingConfig = errors.New("ocean: missing configuration")

// MissingConfigError reports a setting Dial or New needs that neither the
// Config nor the network's preset gives. Its text says what is missing in
// words a command line or a service's configuration can show as they
// are; Field and Env name where a Go program and ConfigFromEnv take it.
// It matches ErrMissingConfig.
type MissingConfigError struct {
	// Network is the network's name or chain id, empty when none was
	// named.
	Network string
	// Setting is what is missing: SettingRPCURL, SettingNodeURL or
	// SettingContracts.
	Setting string
	// Field is the Config field that gives it ("RPCURL", "NodeURL",
	// "AddressFile"; Contracts too for the addresses).
	Field string
	// Env is the environment variable ConfigFromEnv reads it from.
	Env string
}

// Settings a MissingConfigError reports.
const (
	SettingRPCURL    = "RPC URL"            // the chain's JSON-RPC endpoint
	SettingNodeURL   = "node URL"           // an Ocean node serving the chain
	SettingContracts = "contract addresses" // an address file with the network's entry
)

func (e *MissingConfigError) Error() string {
	network := "the network"
	if e.Network != "" {
		network = fmt.Sprintf("network %q", e.Network)
	}
	switch e.Setting {
	case SettingRPCURL:
		return fmt.Sprintf("ocean: no RPC URL for %s: it has no public endpoint preset; give the JSON-RPC URL of a node or RPC provider for the chain", network)
	case SettingNodeURL:
		return fmt.Sprintf("ocean: no node URL for %s: give the URL of an Ocean node that serves the chain", network)
	case SettingContracts:
		return fmt.Sprintf("ocean: no contract addresses for %s: give an address file (address.json) with its entry", network)
	}
	return fmt.Sprintf("ocean: %s: missing %s", network, e.Setting)
}

// Is makes errors.Is(err, ErrMissingConfig) true.
func (e *MissingConfigError) Is(target error) bool { return target == ErrMissingConfig }

// ChainMismatchError reports an RPC endpoint whose chain is not the
// configured network's.
type ChainMismatchError struct {
	Network string // the configured network
	Want    int64  // its chain id
	Got     int64  // the endpoint's chain id
}

func (e *ChainMismatchError) Error() string {
	return fmt.Sprintf("ocean: the RPC endpoint serves chain %d, network %q is chain %d", e.Got, e.Network, e.Want)
}

// Backend is the chain access a Client needs: what the assets flows
// need (assets.Backend: contract calls, transactions, receipts, an
// account's nonce, which include everything the contract handles and the
// transaction manager use) and the chain id. *ethclient.Client and
// ethclient/simulated's Client satisfy it; so does any wrapper embedding
// one (to count or instrument calls).
type Backend interface {
	assets.Backend
	ethereum.ChainIDReader
}

// Client is one network's set of clients, fixed at construction: the chain
// (Eth), the Ocean node (Provider, Indexer), the contracts (Factory,
// FixedRate, Dispenser, Escrow, Ocean, AccessLists), the account (its
// signers and transaction manager), the flows' journal, the flows
// themselves (Assets) and compute-to-data (Compute). Each is the ordinary
// client of its package, safe for concurrent use, and usable directly.
type Client struct {
	// Network is the resolved preset, with Contracts as used.
	Network Network
	// Eth is the chain client: the Backend given to New, or the
	// *ethclient.Client Dial made.
	Eth Backend
	// Provider talks to the Ocean node's provider routes.
	Provider *provider.Client
	// Indexer talks to the node's (or IndexerURL's) Aquarius routes.
	Indexer *indexer.Client
	// Journal keeps the flows' state.
	Journal journal.Store
	// Account is the account the client acts as: Config.Signers' node
	// signer, and the transaction manager New built on their Tx signer
	// (Account.TxManager(); share it with every handle created for the
	// account, the Client closes it). Nil for a read-only client.
	Account *compute.Account
	// Factory is the ERC721Factory (publishing data NFTs and datatokens).
	Factory *nft.Factory
	// FixedRate, Dispenser and Escrow are nil where the network has no
	// such contract. Ocean is the OCEAN token, nil where it has none.
	FixedRate *datatoken.FixedRateExchange
	Dispenser *datatoken.Dispenser
	Escrow    *datatoken.Escrow
	Ocean     *datatoken.ERC20
	// AccessLists is the AccessListFactory (creating access lists), nil
	// where the network has none. AccessList opens a list.
	AccessLists *accesslist.Factory
	// Assets runs the journaled flows (Publish, Order, Download,
	// RunCompute, Resume, ...) as the account; nil for a read-only client.
	Assets *assets.Client
	// Compute drives the account's compute-to-data jobs (environments,
	// initialize, pay, start, watch, wait, stop, results, logs); it is the
	// client Assets.RunCompute uses. Nil for a read-only client.
	Compute *compute.Client

	closers []func() error
}

// Dial connects to cfg's network: it dials the RPC endpoint (Config.RPCURL
// or the preset's public one) and continues as New, and Close closes the
// connection too. It fails with a *ChainMismatchError when the endpoint
// serves another chain than cfg.Network, with an *UnknownNetworkError for a
// network without preset or address file, and with a *MissingConfigError
// (ErrMissingConfig) when no RPC URL, node URL or contract addresses are
// known.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	url := cfg.RPCURL
	if url == "" && cfg.Network != "" {
		n, err := LookupNetwork(cfg.Network)
		switch {
		case err == nil:
			url = n.RPCURL
		case cfg.AddressFile == "" && cfg.Contracts == nil:
			return nil, err // an unknown or retired network says so first
		}
	}
	if url == "" {
		return nil, &MissingConfigError{Network: cfg.Network, Setting: SettingRPCURL, Field: "RPCURL", Env: EnvRPCURL}
	}
	var opts []rpc.ClientOption
	if cfg.HTTPClient != nil {
		opts = append(opts, rpc.WithHTTPClient(cfg.HTTPClient))
	}
	rc, err := rpc.DialOptions(ctx, url, opts...)
	if err != nil {
		return nil, fmt.Errorf("ocean: dial RPC endpoint: %w", err)
	}
	eth := ethclient.NewClient(rc)
	c, err := New(ctx, eth, cfg)
	if err != nil {
		eth.Close()
		return nil, err
	}
	c.closers = append(c.closers, func() error { eth.Close(); return nil })
	return c, nil
}

// New builds a Client over an existing chain client (the devnet's
// in-process client, a client dialled with custom options, a simulated
// backend's client, a wrapper of any of these); Close leaves eth open. It
// checks eth's chain id against cfg.Network (see Dial for the errors).
func New(ctx context.Context, eth Backend, cfg Config) (c *Client, err error) {
	if eth == nil {
		return nil, errors.New("ocean: nil chain backend")
	}
	id, err := eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("ocean: chain id: %w", err)
	}
	if !id.IsInt64() {
		return nil, fmt.Errorf("ocean: chain id %s does not fit an int64", id)
	}
	chainID := id.Int64()
	network, err := resolveNetwork(cfg, chainID)
	if err != nil {
		return nil, err
	}
	c = &Client{Network: network, Eth: eth}
	built := c // the error returns below set c to nil before this runs
	defer func() {
		if err != nil {
			_ = built.Close()
			c = nil
		}
	}()

	nodeURL := cfg.NodeURL
	if nodeURL == "" {
		nodeURL = network.NodeURL
	}
	if nodeURL == "" {
		return nil, &MissingConfigError{Network: network.Name, Setting: SettingNodeURL, Field: "NodeURL", Env: EnvNodeURL}
	}
	indexerURL := cfg.IndexerURL
	if indexerURL == "" {
		indexerURL = nodeURL
	}
	if c.Provider, c.Indexer, err = httpClients(cfg, nodeURL, indexerURL); err != nil {
		return nil, err
	}

	signers := cfg.Signers
	if signers == nil && !cfg.Key.IsZero() {
		if signers, err = LoadSigners(cfg.Key, chainID); err != nil {
			return nil, err
		}
	}
	if signers != nil {
		if err := c.account(eth, signers, cfg.TxOptions); err != nil {
			return nil, err
		}
	}

	if err := c.openJournal(ctx, cfg); err != nil {
		return nil, err
	}
	if err := c.contractHandles(); err != nil {
		return nil, err
	}
	if c.Account != nil {
		if err := c.assetsClient(cfg, chainID); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// account builds the transaction manager on s.Tx and the Account of it
// and s.Node; the Client closes the manager.
func (c *Client) account(eth Backend, s *Signers, opts transact.Options) error {
	if s.Node == nil {
		return errors.New("ocean: Signers.Node is nil")
	}
	tm, err := transact.New(eth, s.Address, s.Tx, opts)
	if err != nil {
		return fmt.Errorf("ocean: transaction manager: %w", err)
	}
	c.closers = append(c.closers, func() error { tm.Close(); return nil })
	if c.Account, err = compute.NewAccount(s.Node, tm); err != nil {
		return fmt.Errorf("ocean: %w", err)
	}
	return nil
}

// txManager returns the account's transaction manager, nil for a
// read-only client (the contract handles are then read-only).
func (c *Client) txManager() *transact.Manager {
	if c.Account == nil {
		return nil
	}
	return c.Account.TxManager()
}

// assetsClient wires the flows, and their compute client, for the account.
func (c *Client) assetsClient(cfg Config, chainID int64) error {
	ct := c.Network.Contracts
	opts := cfg.AssetsOptions
	if cfg.Logger != nil {
		opts = append([]assets.Option{assets.WithLogger(cfg.Logger)}, opts...)
	}
	a, err := assets.New(assets.Config{
		Provider:  c.Provider,
		Indexer:   c.Indexer,
		Backend:   c.Eth,
		Account:   c.Account,
		Journal:   c.Journal,
		ChainID:   chainID,
		Network:   c.Network.Name,
		Contracts: ct,
	}, opts...)
	if err != nil {
		return fmt.Errorf("ocean: assets: %w", err)
	}
	c.Assets, c.Compute = a, a.Compute()
	return nil
}

// resolveNetwork finds the preset for cfg, applies the address file and
// the contract override, and checks the chain id.
func resolveNetwork(cfg Config, chainID int64) (Network, error) {
	var fromFile []Network
	if cfg.AddressFile != "" {
		b, err := os.ReadFile(cfg.AddressFile)
		if err != nil {
			return Network{}, fmt.Errorf("ocean: address file: %w", err)
		}
		if fromFile, err = ParseAddressFile(b); err != nil {
			return Network{}, err
		}
	}
	want := cfg.Network
	if want == "" {
		want = fmt.Sprint(chainID)
	}
	network, err := pick(fromFile, want)
	if err != nil {
		if network, err = LookupNetwork(want); err != nil && cfg.Contracts == nil {
			return Network{}, err
		}
		if err != nil { // an unknown chain with explicit contracts
			network = Network{Name: want, ChainID: chainID}
		}
	}
	if network.ChainID != chainID {
		return Network{}, &ChainMismatchError{Network: network.Name, Want: network.ChainID, Got: chainID}
	}
	if cfg.Contracts != nil {
		network.Contracts = *cfg.Contracts
	}
	if network.Contracts.ERC721Factory == (common.Address{}) {
		return Network{}, &MissingConfigError{Network: network.Name, Setting: SettingContracts, Field: "AddressFile", Env: EnvAddressFile}
	}
	return network, nil
}

// pick finds a network by name or decimal chain id in ns.
func pick(ns []Network, nameOrChainID string) (Network, error) {
	for _, n := range ns {
		if n.Name == nameOrChainID || fmt.Sprint(n.ChainID) == nameOrChainID {
			if preset, err := LookupNetwork(n.Name); err == nil {
				n.RPCURL, n.NodeURL = preset.RPCURL, preset.NodeURL
			}
			return n, nil
		}
	}
	return Network{}, &UnknownNetworkError{Network: nameOrChainID}
}

func httpClients(cfg Config, nodeURL, indexerURL string) (*provider.Client, *indexer.Client, error) {
	// One set of options for both: they share the HTTP core.
	var opts []nodehttp.Option
	if cfg.HTTPClient != nil {
		opts = append(opts, nodehttp.WithHTTPClient(cfg.HTTPClient))
	}
	if cfg.Logger != nil {
		opts = append(opts, nodehttp.WithLogger(cfg.Logger))
	}
	opts = append(opts, cfg.HTTPOptions...)
	p, err := provider.New(nodeURL, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("ocean: node: %w", err)
	}
	ix, err := indexer.New(indexerURL, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("ocean: indexer: %w", err)
	}
	return p, ix, nil
}

func (c *Client) openJournal(ctx context.Context, cfg Config) error {
	switch {
	case cfg.Journal != nil:
		c.Journal = cfg.Journal
	case cfg.JournalURL != "":
		s, err := journal.OpenURL(ctx, cfg.JournalURL)
		if err != nil {
			return fmt.Errorf("ocean: journal: %w", err)
		}
		c.Journal = s
		c.closers = append(c.closers, s.Close)
	case cfg.JournalDir != "":
		fs, err := journal.Open(cfg.JournalDir)
		if err != nil {
			return fmt.Errorf("ocean: %w", err)
		}
		c.Journal = fs
		c.closers = append(c.closers, fs.Close)
	default:
		m := journal.NewMemory()
		c.Journal = m
		c.closers = append(c.closers, m.Close)
	}
	return nil
}

// contractHandles creates the handles of the network's contracts.
func (c *Client) contractHandles() error {
	ct := c.Network.Contracts
	tm := c.txManager()
	var err error
	if c.Factory, err = nft.NewFactory(c.Eth, ct.ERC721Factory, tm); err != nil {
		return fmt.Errorf("ocean: factory: %w", err)
	}
	zero := common.Address{}
	if ct.FixedRateExchange != zero {
		if c.FixedRate, err = datatoken.NewFixedRateExchange(c.Eth, ct.FixedRateExchange, tm); err != nil {
			return fmt.Errorf("ocean: fixed-rate exchange: %w", err)
		}
	}
	if ct.Dispenser != zero {
		if c.Dispenser, err = datatoken.NewDispenser(c.Eth, ct.Dispenser, tm); err != nil {
			return fmt.Errorf("ocean: dispenser: %w", err)
		}
	}
	if ct.Escrow != zero {
		if c.Escrow, err = datatoken.NewEscrow(c.Eth, ct.Escrow, tm); err != nil {
			return fmt.Errorf("ocean: escrow: %w", err)
		}
	}
	if ct.Ocean != zero {
		if c.Ocean, err = datatoken.NewERC20(c.Eth, ct.Ocean, tm); err != nil {
			return fmt.Errorf("ocean: OCEAN token: %w", err)
		}
	}
	if ct.AccessListFactory != zero {
		if c.AccessLists, err = accesslist.NewFactory(c.Eth, ct.AccessListFactory, tm); err != nil {
			return fmt.Errorf("ocean: access list factory: %w", err)
		}
	}
	return nil
}

// Datatoken returns a handle on the datatoken at address, sending through
// the account's TxManager (read-only without an account).
func (c *Client) Datatoken(address common.Address) (*datatoken.Token, error) {
	return datatoken.New(c.Eth, address, c.txManager())
}

// AccessList returns a handle on the access list at address, sending
// through the account's TxManager (read-only without an account).
func (c *Client) AccessList(address common.Address) (*accesslist.List, error) {
	return accesslist.New(c.Eth, address, c.txManager())
}

// NFT returns a handle on the data NFT at address, sending through the
// account's TxManager (read-only without an account).
func (c *Client) NFT(address common.Address) (*nft.NFT, error) {
	return nft.New(c.Eth, address, c.txManager())
}

// Close stops the transaction manager, closes the journal it opened and the
// RPC connection Dial opened. It is safe to call more than once.
func (c *Client) Close() error {
	var errs []error
	for i := len(c.closers) - 1; i >= 0; i-- {
		errs = append(errs, c.closers[i]())
	}
	c.closers = nil
	return errors.Join(errs...)
}

package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/oceango/ocean.go/internal/addresses"
	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/devchain"
)

// ChainID is the chain id of the devnet, the one Ocean's tools treat as
// "development".
const ChainID = devchain.DefaultChainID

// Mnemonic is the public Barge test mnemonic the accounts are derived from.
const Mnemonic = devchain.BargeMnemonic

// NetworkName is the key under which AddressFile lists the devnet, the name
// ocean.js looks up for chain 8996.
const NetworkName = addresses.Development

// ErrContractsNotInstalled is returned by Start when the
// @oceanprotocol/contracts npm package cannot be found.
var ErrContractsNotInstalled = contracts.ErrArtifactsNotFound

// Options configures Start. The zero value starts an in-process network
// with ten funded accounts and no listening sockets.
type Options struct {
	// RPCAddr serves the chain's JSON-RPC over HTTP on this loopback address
	// ("127.0.0.1:8545", or port 0 for a free port). Empty: in-process only.
	RPCAddr string
	// Accounts is how many accounts are derived and funded; default 10.
	Accounts int
	// ContractsDir is the installed @oceanprotocol/contracts package folder.
	// Empty: node_modules is searched from the working directory upwards.
	ContractsDir string
}

// Account is a funded devnet account. Its key is public knowledge.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Contracts are the addresses of the deployed Ocean contracts.
type Contracts struct {
	Ocean                    common.Address // the OCEAN token
	OPFCommunityFeeCollector common.Address
	Router                   common.Address // FactoryRouter
	FixedRateExchange        common.Address
	Dispenser                common.Address
	ERC721Factory            common.Address
	ERC721Template           common.Address
	// ERC20Templates maps template index to address: 1 is ERC20Template,
	// 2 is ERC20TemplateEnterprise.
	ERC20Templates    map[int]common.Address
	Escrow            common.Address
	AccessListFactory common.Address
	// StartBlock is the first block after the deployment, where indexers
	// start.
	StartBlock uint64
}

// Network is a running devnet. Its methods are safe for concurrent use.
type Network struct {
	chain *devchain.Chain
}

// Start boots the network and returns when the contracts are usable.
// Cancelling ctx aborts the start; it does not stop a started network:
// call Close.
func Start(ctx context.Context, opts Options) (*Network, error) {
	chain, err := devchain.Start(ctx, devchain.Options{
		HTTPAddr:     opts.RPCAddr,
		Accounts:     opts.Accounts,
		ContractsDir: opts.ContractsDir,
	})
	if err != nil {
		return nil, err
	}
	return &Network{chain: chain}, nil
}

// ChainID returns the chain id (ChainID).
func (n *Network) ChainID() *big.Int { return n.chain.ChainID() }

// Client returns an in-process client of the chain. It satisfies the
// go-ethereum bind backend interfaces. Do not close it; Close does.
func (n *Network) Client() *ethclient.Client { return n.chain.Client() }

// RPCURL is the chain's JSON-RPC endpoint, or "" without Options.RPCAddr.
func (n *Network) RPCURL() string { return n.chain.RPCURL() }

// Accounts returns the funded accounts in derivation order.
func (n *Network) Accounts() []Account {
	accs := n.chain.Accounts()
	out := make([]Account, len(accs))
	for i, a := range accs {
		out[i] = Account{Address: a.Address, Key: a.Key}
	}
	return out
}

// Contracts returns the deployed contract addresses.
func (n *Network) Contracts() Contracts {
	d := n.chain.Deployment()
	return Contracts{
		Ocean:                    d.Ocean,
		OPFCommunityFeeCollector: d.OPFCommunityFeeCollector,
		Router:                   d.Router,
		FixedRateExchange:        d.FixedRateExchange,
		Dispenser:                d.Dispenser,
		ERC721Factory:            d.ERC721Factory,
		ERC721Template:           d.ERC721Template,
		ERC20Templates:           map[int]common.Address{1: d.ERC20Template, 2: d.ERC20TemplateEnterprise},
		Escrow:                   d.Escrow,
		AccessListFactory:        d.AccessListFactory,
		StartBlock:               d.StartBlock,
	}
}

// AddressFile returns the deployment as an @oceanprotocol/contracts
// address.json document with the single network key NetworkName, so that
// ocean.js and other Ocean tools can use the devnet unchanged.
func (n *Network) AddressFile() ([]byte, error) {
	file := addresses.File{NetworkName: n.chain.Deployment().Network(n.chain.ChainID().Uint64())}
	return json.MarshalIndent(file, "", "  ")
}

// Close stops the network. It is safe to call more than once.
func (n *Network) Close() error { return n.chain.Close() }

// OceanBalance returns the OCEAN (in wei) account i received at start.
func OceanBalance(i int) *big.Int {
	owner, other := devchain.OceanBalances()
	if i == 0 {
		return owner
	}
	return other
}

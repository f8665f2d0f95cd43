package ocean

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/internal/addresses"
)

// Development is the network name of a local development chain (chain id
// DevChainID), the key ocean.js, ocean.py, barge and the devnet use.
const Development = addresses.Development

// DevChainID is the chain id of the development network.
const DevChainID = 8996

// Network is a network preset: its name, chain id, the Ocean contracts
// deployed on it and, where a public endpoint is documented, a default RPC
// URL.
type Network struct {
	// Name is the key of the network in Ocean's address file ("mainnet",
	// "polygon", "sepolia", "oasis_sapphire", "development", ...).
	Name string
	// ChainID is the EIP-155 chain id.
	ChainID uint64
	// RPCURL is a public JSON-RPC endpoint documented by the chain's
	// maintainers (rate-limited: fine to try things, use your own for
	// production). Empty when none is known: Config.RPCURL is required.
	RPCURL string
	// NodeURL is the default Ocean node; only the development network has
	// one (the devnet's foreground port). Empty: Config.NodeURL is required.
	NodeURL string
	// Contracts are the Ocean contracts on the network. The development
	// preset has none: its addresses come from Config.AddressFile or
	// Config.Contracts.
	Contracts Contracts
}

// Contracts are the addresses of the Ocean contracts on one network. A zero
// address means the contract is not deployed there.
type Contracts struct {
	Ocean                    common.Address // the OCEAN token
	OPFCommunityFeeCollector common.Address
	Router                   common.Address // FactoryRouter
	ERC721Factory            common.Address
	FixedRateExchange        common.Address
	// FixedRateExchangeEnterprise is the exchange of enterprise datatokens.
	FixedRateExchangeEnterprise common.Address
	Dispenser                   common.Address
	Escrow                      common.Address // compute payments
	EnterpriseFeeCollector      common.Address
	AccessListFactory           common.Address
	// ERC721Templates and ERC20Templates map template index to address
	// (ERC20: 1 is ERC20Template, 2 ERC20TemplateEnterprise, ...).
	ERC721Templates map[int]common.Address
	ERC20Templates  map[int]common.Address
	// StartBlock is the block of the deployment, where indexers start.
	StartBlock uint64
}

// publicRPC lists the public JSON-RPC endpoints documented by each chain's
// maintainers, by chain id.
func publicRPC(chainID uint64) string {
	switch chainID {
	case 10:
		return "https://mainnet.optimism.io"
	case 137:
		return "https://polygon-rpc.com"
	case 8453:
		return "https://mainnet.base.org"
	case 23294:
		return "https://sapphire.oasis.io"
	case 23295:
		return "https://testnet.sapphire.oasis.io"
	case 11155420:
		return "https://sepolia.optimism.io"
	case DevChainID:
		return "http://127.0.0.1:8545"
	}
	return ""
}

// contractsOf converts one address file entry.
func contractsOf(n addresses.Network) Contracts {
	return Contracts{
		Ocean:                       n.Ocean,
		OPFCommunityFeeCollector:    n.OPFCommunityFeeCollector,
		Router:                      n.Router,
		ERC721Factory:               n.ERC721Factory,
		FixedRateExchange:           n.FixedPrice,
		FixedRateExchangeEnterprise: n.FixedPriceEnterprise,
		Dispenser:                   n.Dispenser,
		Escrow:                      n.Escrow,
		EnterpriseFeeCollector:      n.EnterpriseFeeCollector,
		AccessListFactory:           n.AccessListFactory,
		ERC721Templates:             indexed(n.ERC721Template),
		ERC20Templates:              indexed(n.ERC20Template),
		StartBlock:                  n.StartBlock,
	}
}

func indexed(m map[string]common.Address) map[int]common.Address {
	if len(m) == 0 {
		return nil
	}
	out := make(map[int]common.Address, len(m))
	for k, v := range m {
		if i, err := strconv.Atoi(k); err == nil {
			out[i] = v
		}
	}
	return out
}

func networkOf(name string, n addresses.Network) Network {
	net := Network{Name: name, ChainID: n.ChainID, RPCURL: publicRPC(n.ChainID), Contracts: contractsOf(n)}
	if n.ChainID == DevChainID {
		net.NodeURL = "http://127.0.0.1:8001"
	}
	return net
}

// devNetwork is the development preset without contracts.
func devNetwork() Network {
	return Network{Name: Development, ChainID: DevChainID, RPCURL: publicRPC(DevChainID), NodeURL: "http://127.0.0.1:8001"}
}

// Networks returns every preset, sorted by name: the networks of the
// address file shipped with the SDK (from @oceanprotocol/contracts) and
// the development network.
func Networks() []Network {
	file := addresses.Embedded()
	out := []Network{devNetwork()}
	for _, name := range file.Names() {
		if name != Development {
			out = append(out, networkOf(name, file[name]))
		}
	}
	slices.SortFunc(out, func(a, b Network) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// LookupNetwork returns the preset named nameOrChainID, or the one whose
// chain id is nameOrChainID written in decimal. It returns an
// *UnknownNetworkError when there is none.
func LookupNetwork(nameOrChainID string) (Network, error) {
	id, err := strconv.ParseUint(nameOrChainID, 10, 64)
	isID := err == nil
	for _, n := range Networks() {
		if n.Name == nameOrChainID || (isID && n.ChainID == id) {
			return n, nil
		}
	}
	return Network{}, &UnknownNetworkError{Network: nameOrChainID}
}

// UnknownNetworkError reports a network name or chain id without preset.
type UnknownNetworkError struct {
	Network string
}

func (e *UnknownNetworkError) Error() string {
	var names []string
	for _, n := range Networks() {
		names = append(names, n.Name)
	}
	return fmt.Sprintf("ocean: unknown network %q: use one of %s, or a chain id; for other chains set Config.AddressFile or Config.Contracts",
		e.Network, strings.Join(names, ", "))
}

// ParseAddressFile reads a file in the shape of @oceanprotocol/contracts'
// address.json (as the devnet and barge write it) and returns its networks,
// sorted by name.
func ParseAddressFile(b []byte) ([]Network, error) {
	file, err := addresses.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("ocean: address file: %w", err)
	}
	var out []Network
	for _, name := range file.Names() {
		out = append(out, networkOf(name, file[name]))
	}
	return out, nil
}

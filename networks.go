package ocean

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
)

// Network is a network preset: its name, chain id, the Ocean contracts
// deployed on it and, where a public endpoint is documented, a default RPC
// URL.
type Network struct {
	// Name is the key of the network in Ocean's address file ("mainnet",
	// "polygon", "sepolia", "oasis_sapphire", addresses.Development, ...).
	Name string
	// ChainID is the EIP-155 chain id.
	ChainID int64
	// RPCURL is a keyless public JSON-RPC endpoint Ocean names for the
	// chain (rate-limited: fine to try things, use your own for
	// production). Empty when there is none (mainnet, sepolia, polygon):
	// Config.RPCURL is required.
	RPCURL string
	// NodeURL is the default Ocean node; only the development network has
	// one (the devnet's foreground port). Ocean runs no public node for
	// the SDK to default to: Config.NodeURL is required elsewhere.
	NodeURL string
	// Contracts are the Ocean contracts on the network. The development
	// preset has none: its addresses come from Config.AddressFile or
	// Config.Contracts.
	Contracts addresses.Contracts
}

// publicRPC returns the keyless public JSON-RPC endpoint of a chain, by
// chain id, where Ocean names one: ocean.js's ConfigHelper (8.0.0) and
// Ocean's networks page, with Oasis's current testnet domain (Oasis's
// network page). Ethereum mainnet, Sepolia and Polygon have none there
// (ocean.js points them at Infura, which needs a key).
func publicRPC(chainID int64) string {
	switch chainID {
	case 10:
		return "https://mainnet.optimism.io"
	case 56:
		return "https://bsc-dataseed.binance.org"
	case 246:
		return "https://rpc.energyweb.org"
	case 1285:
		return "https://moonriver.api.onfinality.io/public"
	case 8453:
		return "https://mainnet.base.org"
	case 23294:
		return "https://sapphire.oasis.io"
	case 23295:
		return "https://testnet.sapphire.oasis.io"
	case 32456:
		return "https://rpc.dev.pontus-x.eu"
	case 11155420:
		return "https://sepolia.optimism.io"
	case addresses.DevChainID:
		return "http://127.0.0.1:8545"
	}
	return ""
}

// retired says why a network of the contracts package's address file has
// no preset: its chain is shut down or no longer live. Looking one up
// returns an *UnknownNetworkError with the reason; an address file naming
// it (Config.AddressFile) still works.
func retired(name string) (reason string, ok bool) {
	switch name {
	case "goerli":
		return "Görli was shut down in 2024; sepolia is Ethereum's testnet", true
	case "mumbai":
		return "Polygon Mumbai was shut down in 2024", true
	case "filecointestnet":
		return "Filecoin Hyperspace (chain 3141) was shut down in 2023", true
	case "alfajores":
		return "the Celo Alfajores deployment is no longer live", true
	case "polygonedge":
		return "the Polygon Edge test chain is no longer live", true
	case "gaiaxtestnet":
		return "the Gaia-X test chain is no longer live", true
	case "gen-x-testnet":
		return "the GEN-X test chain is no longer live; chain id 100 is Gnosis Chain's", true
	}
	return "", false
}

// MissingContractError is assets.MissingContractError: a flow needs an
// Ocean contract the network does not have. It matches
// assets.ErrMissingContract.
type MissingContractError = assets.MissingContractError

// Missing returns what the SDK cannot do on the network for want of a
// contract, one *MissingContractError per feature, in a fixed order
// (publishing, fixed-rate pricing, fixed-rate pricing in OCEAN, free
// pricing, paid compute, access lists); empty when everything works. The
// flows return the same errors, before sending anything, when asked for
// one of these features. For example polygon has no Escrow (paid compute)
// and no AccessListFactory, and base no OCEAN token. The development
// preset has no addresses at all: ask the Client's Network, whose
// contracts come from the address file.
func (n Network) Missing() []*MissingContractError {
	ct := n.Contracts
	var out []*MissingContractError
	for _, m := range []struct {
		addr              common.Address
		contract, feature string
	}{
		{ct.ERC721Factory, "ERC721Factory", assets.FeaturePublish},
		{ct.FixedRateExchange, "FixedPrice", assets.FeatureFixedPricing},
		{ct.Ocean, "Ocean", assets.FeatureOceanPricing},
		{ct.Dispenser, "Dispenser", assets.FeatureFreePricing},
		{ct.Escrow, "Escrow", assets.FeaturePaidCompute},
		{ct.AccessListFactory, "AccessListFactory", assets.FeatureAccessLists},
	} {
		if m.addr == (common.Address{}) {
			out = append(out, &MissingContractError{Network: n.Name, Contract: m.contract, Feature: m.feature})
		}
	}
	return out
}

func networkOf(name string, n addresses.Entry) Network {
	net := Network{Name: name, ChainID: n.ChainID, RPCURL: publicRPC(n.ChainID), Contracts: n.Contracts}
	if n.ChainID == addresses.DevChainID {
		net.NodeURL = "http://127.0.0.1:8001"
	}
	return net
}

// devNetwork is the development preset without contracts.
func devNetwork() Network {
	return Network{Name: addresses.Development, ChainID: addresses.DevChainID, RPCURL: publicRPC(addresses.DevChainID),
		NodeURL: "http://127.0.0.1:8001"}
}

// Networks returns every preset, sorted by name: the live networks of the
// address file shipped with the SDK (from @oceanprotocol/contracts; the
// networks of shut-down chains it still lists, goerli, mumbai and others,
// are left out) and the development network.
func Networks() []Network {
	file := addresses.Embedded()
	out := []Network{devNetwork()}
	for _, name := range file.Names() {
		if _, dead := retired(name); name != addresses.Development && !dead {
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
	id, err := strconv.ParseInt(nameOrChainID, 10, 64)
	isID := err == nil
	for _, n := range Networks() {
		if n.Name == nameOrChainID || (isID && n.ChainID == id) {
			return n, nil
		}
	}
	reason, _ := retired(nameOrChainID)
	return Network{}, &UnknownNetworkError{Network: nameOrChainID, Retired: reason}
}

// UnknownNetworkError reports a network name or chain id without preset.
type UnknownNetworkError struct {
	// Network is the name or chain id asked for.
	Network string
	// Retired, when not empty, says why a network Ocean's address file
	// still lists has no preset: its chain is shut down.
	Retired string
}

func (e *UnknownNetworkError) Error() string {
	if e.Retired != "" {
		return fmt.Sprintf("ocean: network %q is retired (%s); use one of %s", e.Network, e.Retired, strings.Join(e.Valid(), ", "))
	}
	return fmt.Sprintf("ocean: unknown network %q: use one of %s, or a chain id; for another chain give an address file (address.json) with its contract addresses",
		e.Network, strings.Join(e.Valid(), ", "))
}

// Valid returns the names of the presets, sorted.
func (e *UnknownNetworkError) Valid() []string {
	var names []string
	for _, n := range Networks() {
		names = append(names, n.Name)
	}
	return names
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

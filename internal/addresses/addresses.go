// Package addresses holds the per-network addresses of the Ocean contracts,
// extracted from the address file of the @oceanprotocol/contracts npm package
// (see NOTICE) and embedded. The same shape describes a local deployment, so
// a dev chain can write a file that Ocean tools read unchanged.
package addresses

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

//go:embed address.json
var embedded []byte

// Development is the network key Ocean tools (ocean.js, ocean.py, barge)
// use for a local chain with chain id 8996.
const Development = "development"

// Network is the address set of one network, in the address.json shape.
// Keys missing from a network's entry are zero.
type Network struct {
	ChainID                  uint64                    `json:"chainId"`
	StartBlock               uint64                    `json:"startBlock,omitempty"`
	Ocean                    common.Address            `json:"Ocean,omitzero"`
	OPFCommunityFeeCollector common.Address            `json:"OPFCommunityFeeCollector,omitzero"`
	Router                   common.Address            `json:"Router,omitzero"`
	FixedPrice               common.Address            `json:"FixedPrice,omitzero"`
	FixedPriceEnterprise     common.Address            `json:"FixedPriceEnterprise,omitzero"`
	Dispenser                common.Address            `json:"Dispenser,omitzero"`
	ERC721Factory            common.Address            `json:"ERC721Factory,omitzero"`
	ERC20Template            map[string]common.Address `json:"ERC20Template,omitempty"`
	ERC721Template           map[string]common.Address `json:"ERC721Template,omitempty"`
	Escrow                   common.Address            `json:"Escrow,omitzero"`
	EnterpriseFeeCollector   common.Address            `json:"EnterpriseFeeCollector,omitzero"`
	AccessListFactory        common.Address            `json:"AccessListFactory,omitzero"`
	// Extra keeps every other key of the entry (veOCEAN, DFRewards, ...) as
	// raw JSON so that nothing is lost when an entry is written back.
	Extra map[string]json.RawMessage `json:"-"`
}

// knownKeys are the address.json keys that have a typed field in Network.
var knownKeys = map[string]bool{
	"chainId": true, "startBlock": true, "Ocean": true, "OPFCommunityFeeCollector": true,
	"Router": true, "FixedPrice": true, "FixedPriceEnterprise": true, "Dispenser": true,
	"ERC721Factory": true, "ERC20Template": true, "ERC721Template": true, "Escrow": true,
	"EnterpriseFeeCollector": true, "AccessListFactory": true,
}

type plainNetwork Network

// UnmarshalJSON decodes one address.json entry, keeping unknown keys in Extra.
func (n *Network) UnmarshalJSON(b []byte) error {
	var p plainNetwork
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	for k, v := range all {
		if !knownKeys[k] {
			if p.Extra == nil {
				p.Extra = make(map[string]json.RawMessage)
			}
			p.Extra[k] = v
		}
	}
	*n = Network(p)
	return nil
}

// MarshalJSON encodes the entry in the address.json shape, Extra included.
func (n Network) MarshalJSON() ([]byte, error) {
	typed, err := json.Marshal(plainNetwork(n))
	if err != nil {
		return nil, err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(typed, &all); err != nil {
		return nil, err
	}
	// Addresses are written EIP-55 checksummed, as the npm file has them.
	for k, v := range all {
		all[k] = checksummed(v)
	}
	for k, v := range n.Extra {
		if !knownKeys[k] {
			all[k] = v
		}
	}
	return json.Marshal(all)
}

// ERC20TemplateAddress returns the datatoken template registered under index
// (1 = ERC20Template, 2 = ERC20TemplateEnterprise, ...).
func (n Network) ERC20TemplateAddress(index int) (common.Address, bool) {
	a, ok := n.ERC20Template[strconv.Itoa(index)]
	return a, ok
}

// File is a parsed address file: network name to address set.
type File map[string]Network

// Parse decodes an address file in the @oceanprotocol/contracts shape.
func Parse(b []byte) (File, error) {
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("addresses: %w", err)
	}
	return f, nil
}

// Embedded returns the address file shipped with the SDK (a fresh copy on
// each call, so callers may modify it).
func Embedded() File {
	f, err := Parse(embedded)
	if err != nil {
		// The embedded file is checked by tests and the drift test.
		panic(err)
	}
	return f
}

// Names returns the network names of f, sorted.
func (f File) Names() []string {
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ByChainID returns the network whose chainId is id. When several entries
// share a chain id the alphabetically first name wins.
func (f File) ByChainID(id uint64) (string, Network, bool) {
	for _, name := range f.Names() {
		if f[name].ChainID == id {
			return name, f[name], true
		}
	}
	return "", Network{}, false
}

// checksummed rewrites a JSON address string, or an object of them, in EIP-55 form.
func checksummed(v json.RawMessage) json.RawMessage {
	var s string
	if json.Unmarshal(v, &s) == nil && common.IsHexAddress(s) {
		out, _ := json.Marshal(common.HexToAddress(s).Hex())
		return out
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(v, &m) == nil {
		for k, e := range m {
			m[k] = checksummed(e)
		}
		out, _ := json.Marshal(m)
		return out
	}
	return v
}

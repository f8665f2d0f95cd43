// Package addresses declares the Ocean contract addresses of a network
// (Contracts), the chain id and name of the local development network
// (DevChainID, Development), and reads and writes address files in the
// shape of the @oceanprotocol/contracts npm package's address.json (File).
//
// The address file shipped with that package (see NOTICE) is embedded:
// Embedded returns it. The same shape describes a local deployment, so the
// devnet writes a file that Ocean tools (ocean.js, ocean.py, barge) read
// unchanged, and its Contracts are what the assets and ocean packages take.
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

// Development is the network name Ocean tools (ocean.js, ocean.py, barge,
// the devnet) use for a local chain with chain id DevChainID.
const Development = "development"

// DevChainID is the EIP-155 chain id of the development network.
const DevChainID int64 = 8996

// Contracts are the addresses of the Ocean contracts on one network. A zero
// address means the contract is not deployed there; the packages that need
// one say so with a typed error (assets.MissingContractError).
type Contracts struct {
	Ocean                    common.Address // the OCEAN token
	OPFCommunityFeeCollector common.Address
	Router                   common.Address // FactoryRouter
	ERC721Factory            common.Address
	// FixedRateExchange is the exchange of fixed-rate pricing
	// (address.json key "FixedPrice").
	FixedRateExchange common.Address
	// FixedRateExchangeEnterprise is the exchange of enterprise datatokens
	// ("FixedPriceEnterprise").
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

// Entry is one network of an address file: its chain id, its contracts,
// and the keys without a typed field.
type Entry struct {
	// ChainID is the EIP-155 chain id ("chainId").
	ChainID   int64
	Contracts Contracts
	// Extra keeps every other key of the entry (veOCEAN, DFRewards, ...)
	// as raw JSON so that nothing is lost when an entry is written back.
	Extra map[string]json.RawMessage
}

// wireEntry is an entry in the address.json shape.
type wireEntry struct {
	ChainID                  int64                     `json:"chainId"`
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
}

// knownKeys are the address.json keys that have a typed field.
var knownKeys = map[string]bool{
	"chainId": true, "startBlock": true, "Ocean": true, "OPFCommunityFeeCollector": true,
	"Router": true, "FixedPrice": true, "FixedPriceEnterprise": true, "Dispenser": true,
	"ERC721Factory": true, "ERC20Template": true, "ERC721Template": true, "Escrow": true,
	"EnterpriseFeeCollector": true, "AccessListFactory": true,
}

// UnmarshalJSON decodes one address.json entry, keeping unknown keys in
// Extra. Template keys that are not decimal indexes are left out (the npm
// file has one, "1:", in a retired network's entry).
func (e *Entry) UnmarshalJSON(b []byte) error {
	var w wireEntry
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	out := Entry{ChainID: w.ChainID, Contracts: Contracts{
		Ocean:                       w.Ocean,
		OPFCommunityFeeCollector:    w.OPFCommunityFeeCollector,
		Router:                      w.Router,
		ERC721Factory:               w.ERC721Factory,
		FixedRateExchange:           w.FixedPrice,
		FixedRateExchangeEnterprise: w.FixedPriceEnterprise,
		Dispenser:                   w.Dispenser,
		Escrow:                      w.Escrow,
		EnterpriseFeeCollector:      w.EnterpriseFeeCollector,
		AccessListFactory:           w.AccessListFactory,
		ERC721Templates:             indexed(w.ERC721Template),
		ERC20Templates:              indexed(w.ERC20Template),
		StartBlock:                  w.StartBlock,
	}}
	for k, v := range all {
		if !knownKeys[k] {
			if out.Extra == nil {
				out.Extra = make(map[string]json.RawMessage)
			}
			out.Extra[k] = v
		}
	}
	*e = out
	return nil
}

// MarshalJSON encodes the entry in the address.json shape, Extra included,
// addresses EIP-55 checksummed as the npm file has them.
func (e Entry) MarshalJSON() ([]byte, error) {
	c := e.Contracts
	typed, err := json.Marshal(wireEntry{
		ChainID:                  e.ChainID,
		StartBlock:               c.StartBlock,
		Ocean:                    c.Ocean,
		OPFCommunityFeeCollector: c.OPFCommunityFeeCollector,
		Router:                   c.Router,
		FixedPrice:               c.FixedRateExchange,
		FixedPriceEnterprise:     c.FixedRateExchangeEnterprise,
		Dispenser:                c.Dispenser,
		ERC721Factory:            c.ERC721Factory,
		ERC20Template:            keyed(c.ERC20Templates),
		ERC721Template:           keyed(c.ERC721Templates),
		Escrow:                   c.Escrow,
		EnterpriseFeeCollector:   c.EnterpriseFeeCollector,
		AccessListFactory:        c.AccessListFactory,
	})
	if err != nil {
		return nil, err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(typed, &all); err != nil {
		return nil, err
	}
	for k, v := range all {
		all[k] = checksummed(v)
	}
	for k, v := range e.Extra {
		if !knownKeys[k] {
			all[k] = v
		}
	}
	return json.Marshal(all)
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

func keyed(m map[int]common.Address) map[string]common.Address {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]common.Address, len(m))
	for k, v := range m {
		out[strconv.Itoa(k)] = v
	}
	return out
}

// File is a parsed address file: network name to entry.
type File map[string]Entry

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

// ByChainID returns the network whose chain id is id. When several entries
// share a chain id the alphabetically first name wins.
func (f File) ByChainID(id int64) (string, Entry, bool) {
	for _, name := range f.Names() {
		if f[name].ChainID == id {
			return name, f[name], true
		}
	}
	return "", Entry{}, false
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

package provider

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/internal/httpx"
)

// Dialect is the request dialect a server speaks: how requests are signed
// and shaped (provider-api.md §3).
type Dialect int

const (
	// DialectAuto detects the dialect from the root document: software
	// "Ocean-Node" or a nodeId means Ocean Node ≥1, anything else classic.
	DialectAuto Dialect = iota
	// DialectNode is Ocean Node 1.0 and later: signatures over
	// address + nonce + command, plain-text errors, escrow-paid compute.
	DialectNode
	// DialectClassic is the Python Provider v2: route-specific signed
	// messages, JSON errors, provider-fee compute.
	DialectClassic
)

// String names the dialect.
func (d Dialect) String() string {
	switch d {
	case DialectNode:
		return "ocean-node"
	case DialectClassic:
		return "classic"
	}
	return "auto"
}

// Endpoint is one entry of a server's endpoint table.
type Endpoint struct {
	Method string
	Path   string
}

// Info is the provider's root document (GET /).
type Info struct {
	Software string
	Version  string
	// NodeID is the libp2p peer id of an Ocean Node ("" for classic).
	NodeID string
	// ChainIDs lists the chains served.
	ChainIDs []int64
	// ProviderAddress is the single provider address (Ocean Node, old
	// classic); ProviderAddresses the per-chain ones (classic v2).
	ProviderAddress   common.Address
	ProviderAddresses map[int64]common.Address
	// NodePublicKey is the node's secp256k1 public key from nodePublicKey
	// (Ocean Node serialises the 33-byte compressed key as an object
	// {"0":3,"1":194,…}; a hex string is accepted too), nil when the
	// document has none or it is not a valid key. EncryptForNode uses it
	// when it belongs to the provider address.
	NodePublicKey *ecdsa.PublicKey
	// Endpoints maps endpoint names, as the server spells them, to method
	// and path.
	Endpoints map[string]Endpoint
	// Dialect is the dialect requests use.
	Dialect Dialect
	// Raw is the document as received.
	Raw json.RawMessage
}

// aliases groups endpoint names that mean the same operation across server
// generations; lookups try every name of the group, case-insensitively.
var aliases = [][]string{
	{"fileinfo", "fileInfo"},
	{"create_auth_token", "generateAuthToken", "createAuthToken"},
	{"delete_auth_token", "invalidateAuthToken", "deleteAuthToken"},
	{"computeStart", "compute"},
	{"freeCompute", "freeComputeStart"},
	{"computeStreamableLogs", "computeLogs"},
}

// Endpoint looks name up in the endpoint table, ignoring case and
// accepting the other generation's name for the same operation
// ("fileinfo" finds a node's "fileInfo", "create_auth_token" its
// "generateAuthToken").
func (i *Info) Endpoint(name string) (Endpoint, bool) {
	names := []string{name}
	for _, g := range aliases {
		for _, a := range g {
			if strings.EqualFold(a, name) {
				names = append(names, g...)
			}
		}
	}
	for _, n := range names {
		if ep, ok := i.Endpoints[n]; ok {
			return ep, true
		}
	}
	keys := make([]string, 0, len(i.Endpoints))
	for k := range i.Endpoints {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic when two keys differ only in case
	for _, n := range names {
		for _, k := range keys {
			if strings.EqualFold(k, n) {
				return i.Endpoints[k], true
			}
		}
	}
	return Endpoint{}, false
}

// Address returns the provider address for chainID: the per-chain entry,
// else the single provider address.
func (i *Info) Address(chainID int64) (common.Address, bool) {
	if a, ok := i.ProviderAddresses[chainID]; ok {
		return a, true
	}
	if i.ProviderAddress != (common.Address{}) {
		return i.ProviderAddress, true
	}
	return common.Address{}, false
}

type rootDoc struct {
	Software          string                     `json:"software"`
	Version           string                     `json:"version"`
	NodeID            string                     `json:"nodeId"`
	ChainIDs          []httpx.Flex               `json:"chainIds"`
	ChainID           *httpx.Flex                `json:"chainId"`
	ProviderAddress   string                     `json:"providerAddress"`
	ProviderAddresses map[string]string          `json:"providerAddresses"`
	ServiceEndpoints  map[string]json.RawMessage `json:"serviceEndpoints"`
	NodePublicKey     json.RawMessage            `json:"nodePublicKey"`
}

// parseNodeKey decodes nodePublicKey: an object of byte values indexed
// "0", "1", … (how Ocean Node serialises a Uint8Array) or a hex string,
// holding a compressed (33 bytes) or uncompressed (65 bytes) key. It
// returns nil for anything else.
func parseNodeKey(raw json.RawMessage) *ecdsa.PublicKey {
	if len(raw) == 0 {
		return nil
	}
	var b []byte
	var s string
	var obj map[string]int
	switch {
	case json.Unmarshal(raw, &s) == nil:
		var err error
		if b, err = hex.DecodeString(strings.TrimPrefix(s, "0x")); err != nil {
			return nil
		}
	case json.Unmarshal(raw, &obj) == nil:
		if len(obj) != 33 && len(obj) != 65 {
			return nil
		}
		b = make([]byte, len(obj))
		for k, v := range obj {
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(b) || v < 0 || v > 255 {
				return nil
			}
			b[i] = byte(v)
		}
	default:
		return nil
	}
	var key *ecdsa.PublicKey
	var err error
	switch len(b) {
	case 33:
		key, err = crypto.DecompressPubkey(b)
	case 65:
		key, err = crypto.UnmarshalPubkey(b)
	default:
		return nil
	}
	if err != nil {
		return nil
	}
	return key
}

// parseInfo decodes a root document. It requires a provider address (as
// ocean.py's is_valid_provider does) and an endpoint table.
func parseInfo(data []byte, forced Dialect) (*Info, error) {
	var doc rootDoc
	if err := httpx.UnmarshalJSON(data, &doc); err != nil {
		return nil, err
	}
	info := &Info{
		Software:          doc.Software,
		Version:           doc.Version,
		NodeID:            doc.NodeID,
		ProviderAddresses: map[int64]common.Address{},
		Endpoints:         map[string]Endpoint{},
		Raw:               append(json.RawMessage(nil), data...),
		NodePublicKey:     parseNodeKey(doc.NodePublicKey),
	}
	for _, f := range doc.ChainIDs {
		n, err := f.Int64()
		if err != nil {
			return nil, fmt.Errorf("chainIds: %v", err)
		}
		info.ChainIDs = append(info.ChainIDs, n)
	}
	if doc.ChainID != nil && len(info.ChainIDs) == 0 {
		n, err := doc.ChainID.Int64()
		if err != nil {
			return nil, fmt.Errorf("chainId: %v", err)
		}
		info.ChainIDs = append(info.ChainIDs, n)
	}
	if doc.ProviderAddress != "" {
		if !common.IsHexAddress(doc.ProviderAddress) {
			return nil, fmt.Errorf("providerAddress is not an address")
		}
		info.ProviderAddress = common.HexToAddress(doc.ProviderAddress)
	}
	for k, v := range doc.ProviderAddresses {
		id, err := strconv.ParseInt(k, 10, 64)
		if err != nil || !common.IsHexAddress(v) {
			return nil, fmt.Errorf("providerAddresses: bad entry")
		}
		info.ProviderAddresses[id] = common.HexToAddress(v)
	}
	if info.ProviderAddress == (common.Address{}) && len(info.ProviderAddresses) == 0 {
		return nil, fmt.Errorf("not a provider: no providerAddress or providerAddresses")
	}
	if len(doc.ServiceEndpoints) == 0 {
		return nil, fmt.Errorf("not a provider: no serviceEndpoints")
	}
	for name, raw := range doc.ServiceEndpoints {
		var pair []string
		if err := json.Unmarshal(raw, &pair); err != nil || len(pair) < 2 {
			continue // not a [METHOD, path] pair: ignore, like unknown fields
		}
		info.Endpoints[name] = Endpoint{Method: strings.ToUpper(pair[0]), Path: pair[1]}
	}
	info.Dialect = forced
	if forced == DialectAuto {
		info.Dialect = DialectClassic
		if strings.EqualFold(doc.Software, "Ocean-Node") || doc.NodeID != "" {
			info.Dialect = DialectNode
		}
	}
	return info, nil
}

// Info returns the server's root document, fetched on first use and then
// cached for the life of the client. A failed fetch is not cached.
// Concurrent first callers share one fetch; each waits only as long as its
// own ctx allows.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	for {
		c.infoMu.Lock()
		if c.info != nil {
			info := c.info
			c.infoMu.Unlock()
			return info, nil
		}
		call := c.infoCall
		leader := call == nil
		if leader {
			call = &infoCall{done: make(chan struct{})}
			c.infoCall = call
		}
		c.infoMu.Unlock()
		if leader {
			call.info, call.err = c.fetchInfo(ctx)
			c.infoMu.Lock()
			if call.err == nil {
				c.info = call.info
			}
			c.infoCall = nil
			c.infoMu.Unlock()
			close(call.done)
			return call.info, call.err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("provider: root document: %w", ctx.Err())
		case <-call.done:
		}
		if call.err == nil {
			return call.info, nil
		}
		if ctx.Err() != nil {
			return nil, call.err
		}
		// The leader failed (perhaps its ctx ended): try ourselves.
	}
}

type infoCall struct {
	done chan struct{}
	info *Info
	err  error
}

func (c *Client) fetchInfo(ctx context.Context) (*Info, error) {
	if c.dialect < DialectAuto || c.dialect > DialectClassic {
		return nil, fmt.Errorf("%w: unknown dialect %d", ErrUnsupported, c.dialect)
	}
	u := *c.base
	u.Path = strings.TrimRight(u.Path, "/") + "/"
	resp, err := c.send(ctx, http.MethodGet, &u, request{})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := httpx.ReadAll(resp.Body, 4<<20)
	if err == nil {
		var info *Info
		if info, err = parseInfo(data, c.dialect); err == nil {
			return info, nil
		}
	}
	return nil, c.badAnswer(request{method: http.MethodGet}, resp, "root document", err)
}

// ProviderAddress returns the provider's address for chainID (the fee
// receiver and fee signer), per ocean.py's get_provider_address.
func (c *Client) ProviderAddress(ctx context.Context, chainID int64) (common.Address, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return common.Address{}, err
	}
	a, ok := info.Address(chainID)
	if !ok {
		return common.Address{}, fmt.Errorf("%w: no provider address for chain %d", ErrUnsupported, chainID)
	}
	return a, nil
}

func (c *Client) dialectOf(ctx context.Context) (Dialect, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return DialectAuto, err
	}
	return info.Dialect, nil
}

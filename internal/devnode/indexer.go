package devnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/dispenser"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/internal/contracts/fixedrateexchange"
	"github.com/oceango/ocean.go/internal/ecies"
)

// Event topics (contracts.md §4; the ERC721Template ABI, not the
// interface's).
var (
	topicMetadataCreated = crypto.Keccak256Hash([]byte("MetadataCreated(address,uint8,string,bytes,bytes,bytes32,uint256,uint256)"))
	topicMetadataUpdated = crypto.Keccak256Hash([]byte("MetadataUpdated(address,uint8,string,bytes,bytes,bytes32,uint256,uint256)"))
	topicMetadataState   = crypto.Keccak256Hash([]byte("MetadataState(address,uint8,uint256,uint256)"))
	topicOrderStarted    = crypto.Keccak256Hash([]byte("OrderStarted(address,address,uint256,uint256,uint256,address,uint256)"))
	topicOrderReused     = crypto.Keccak256Hash([]byte("OrderReused(bytes32,address,uint256,uint256)"))
	topicProviderFee     = crypto.Keccak256Hash([]byte("ProviderFee(address,address,uint256,bytes,uint8,bytes32,bytes32,uint256)"))
)

// Contract ABIs; stateless after construction.
var (
	nftABI       = erc721template.NewERC721Template()
	dtABI        = erc20template.NewERC20Template()
	factoryABI   = erc721factory.NewNFTFactory()
	freABI       = fixedrateexchange.NewFixedRateExchange()
	dispenserABI = dispenser.NewDispenser()
)

// asset is one indexed DDO.
type asset struct {
	did     string
	nft     common.Address
	doc     ddo.Value // the published DDO, as published
	typed   ddo.DDO
	state   ddo.MetadataState
	created string // datetime of MetadataCreated
	event   ddo.EventInfo
	// stub: the indexer replaced the DDO by Ocean Node's short
	// "deprecated" document (the asset was revoked or deprecated).
	stub bool
}

// hidden reports whether Ocean Node's indexer replaces a DDO in state s by
// its short "deprecated" document.
func hidden(s ddo.MetadataState) bool {
	return s == ddo.StateDeprecated || s == ddo.StateRevoked
}

// stubbed returns the short document Ocean Node keeps for a revoked or
// deprecated asset: no metadata, no services.
func stubbed(a *asset, chainID int64, s ddo.MetadataState) *asset {
	typed := ddo.DDO{ID: a.did, Version: "deprecated", ChainID: chainID, NFTAddress: a.typed.NFTAddress}
	if typed.NFTAddress == "" {
		typed.NFTAddress = a.nft.Hex()
	}
	return &asset{did: a.did, nft: a.nft, typed: typed, state: s, created: a.created, event: a.event, stub: true}
}

// ddoState is what /api/aquarius/state/ddo reports for a DID.
type ddoState struct {
	ID      string `json:"id"`
	ChainID int64  `json:"chainId"`
	DID     string `json:"did"`
	NFT     string `json:"nft"`
	TxID    string `json:"txId"`
	Valid   bool   `json:"valid"`
	Error   string `json:"error"`
}

// store holds the indexed assets and the indexer's progress.
type store struct {
	mu      sync.RWMutex
	assets  map[string]*asset // by DID
	order   []string          // DIDs in first-indexed order
	states  map[string]*ddoState
	fromNFT map[common.Address]bool
	head    uint64 // last block processed
}

func newStore() *store {
	return &store{assets: map[string]*asset{}, states: map[string]*ddoState{}, fromNFT: map[common.Address]bool{}}
}

func (s *store) get(did string) *asset {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.assets[did]
}

func (s *store) all() []*asset {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*asset, 0, len(s.order))
	for _, did := range s.order {
		out = append(out, s.assets[did])
	}
	return out
}

func (n *Node) startIndexer(ctx context.Context) error {
	n.idxFrom = n.cfg.Contracts.StartBlock
	ictx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n.idxCtx, n.stopIdx = ictx, cancel
	go func() {
		defer close(n.idxDone)
		t := time.NewTicker(n.cfg.IndexInterval)
		defer t.Stop()
		for {
			if err := n.catchUp(); err != nil && ictx.Err() == nil {
				n.log.Warn("devnode: indexer", "err", err)
			}
			select {
			case <-ictx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return nil
}

// catchUp indexes the blocks since the last pass up to the chain's head.
// The background loop calls it every IndexInterval; a DDO lookup that
// misses calls it too (see findAsset), so that an asset is resolvable as soon
// as its metadata transaction's receipt is, not one polling interval
// later. Passes run one at a time, under the indexer's context (cancelled
// by Close), never a request's: a client that hangs up must not cut a pass
// short.
func (n *Node) catchUp() error {
	n.idxMu.Lock()
	defer n.idxMu.Unlock()
	next, err := n.indexOnce(n.idxCtx, n.idxFrom)
	n.idxFrom = next
	return err
}

// findAsset returns the indexed asset did. When it is not indexed yet, it
// first catches the indexer up to the chain's head and looks again: a
// client that asks right after the metadata transaction was mined finds
// the asset at its first request.
func (n *Node) findAsset(did string) *asset {
	if a := n.store.get(did); a != nil {
		return a
	}
	if err := n.catchUp(); err != nil {
		return nil
	}
	return n.store.get(did)
}

// errRetry marks an event the indexer could not process because the chain
// did not answer; unlike an invalid event, it is processed again.
var errRetry = errors.New("devnode: chain call failed")

// indexOnce processes the metadata events of blocks from..head and returns
// head+1. When an event cannot be processed for want of the chain (see
// errRetry), the pass stops there and returns that event's block, so the
// next pass starts with it: events are never skipped for a transient
// failure, as Ocean Node keeps its last indexed block when a range fails.
// Processing a block's events again gives the same store.
func (n *Node) indexOnce(ctx context.Context, from uint64) (uint64, error) {
	head, err := n.backend.BlockNumber(ctx)
	if err != nil {
		return from, err
	}
	if head < from {
		return from, nil
	}
	logs, err := n.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(head),
		Topics:    [][]common.Hash{{topicMetadataCreated, topicMetadataUpdated, topicMetadataState}},
	})
	if err != nil {
		return from, err
	}
	for i := range logs {
		l := &logs[i]
		err := n.processLog(ctx, l)
		if errors.Is(err, errRetry) || (err != nil && ctx.Err() != nil) {
			if l.BlockNumber > from {
				n.store.mu.Lock()
				n.store.head = l.BlockNumber - 1
				n.store.mu.Unlock()
			}
			return l.BlockNumber, err
		}
		if err != nil {
			n.log.Debug("devnode: skipped metadata event", "tx", l.TxHash, "err", err)
		}
	}
	n.store.mu.Lock()
	n.store.head = head
	n.store.mu.Unlock()
	return head + 1, nil
}

// fromFactory reports whether nft was deployed by the configured factory.
func (n *Node) fromFactory(ctx context.Context, nft common.Address) (bool, error) {
	n.store.mu.RLock()
	ok := n.store.fromNFT[nft]
	n.store.mu.RUnlock()
	if ok {
		return true, nil
	}
	got, err := bind.Call(factoryABI.Instance(n.backend, n.cfg.Contracts.ERC721Factory), &bind.CallOpts{Context: ctx},
		factoryABI.PackErc721List(nft), factoryABI.UnpackErc721List)
	if err != nil {
		return false, err
	}
	if got != nft {
		return false, nil
	}
	n.store.mu.Lock()
	n.store.fromNFT[nft] = true
	n.store.mu.Unlock()
	return true, nil
}

func isoTime(unix *big.Int) string {
	return time.Unix(unix.Int64(), 0).UTC().Format("2006-01-02T15:04:05.000Z")
}

func (n *Node) processLog(ctx context.Context, l *types.Log) error {
	ok, err := n.fromFactory(ctx, l.Address)
	if err != nil {
		return fmt.Errorf("%w: %w", errRetry, err)
	}
	if !ok {
		return errors.New("NFT not deployed by the factory")
	}
	did, err := ddo.DID(l.Address.Hex(), n.cfg.ChainID)
	if err != nil {
		return err
	}
	switch l.Topics[0] {
	case topicMetadataState:
		ev, err := nftABI.UnpackMetadataStateEvent(l)
		if err != nil {
			return err
		}
		s := ddo.MetadataState(ev.State)
		n.store.mu.Lock()
		// Ocean Node: only an ACTIVE asset that becomes REVOKED or
		// DEPRECATED is replaced by the stub; other changes only set
		// the state.
		if a := n.store.assets[did]; a != nil && a.state == ddo.StateActive && hidden(s) {
			n.store.assets[did] = stubbed(a, n.cfg.ChainID, s)
		} else if a != nil {
			a.state = s
		}
		n.store.mu.Unlock()
		return nil
	case topicMetadataCreated, topicMetadataUpdated:
	default:
		return nil
	}
	var (
		by          common.Address
		state       uint8
		flags, data []byte
		hash        [32]byte
		ts          *big.Int
		created     = l.Topics[0] == topicMetadataCreated
	)
	if created {
		ev, err := nftABI.UnpackMetadataCreatedEvent(l)
		if err != nil {
			return err
		}
		by, state, flags, data, hash, ts = ev.CreatedBy, ev.State, ev.Flags, ev.Data, ev.MetaDataHash, ev.Timestamp
	} else {
		ev, err := nftABI.UnpackMetadataUpdatedEvent(l)
		if err != nil {
			return err
		}
		by, state, flags, data, hash, ts = ev.UpdatedBy, ev.State, ev.Flags, ev.Data, ev.MetaDataHash, ev.Timestamp
	}
	if hidden(ddo.MetadataState(state)) {
		// Ocean Node does not decrypt such a document: a known asset
		// becomes the stub, an unknown one is not indexed.
		n.store.mu.Lock()
		defer n.store.mu.Unlock()
		if old := n.store.assets[did]; old != nil {
			n.store.assets[did] = stubbed(old, n.cfg.ChainID, ddo.MetadataState(state))
		}
		return nil
	}
	st := &ddoState{ID: did, ChainID: n.cfg.ChainID, DID: did, NFT: l.Address.Hex(), TxID: l.TxHash.Hex()}
	a, err := n.decodeMetadata(l.Address, did, flags, data, hash)
	if err != nil {
		st.Error = err.Error()
		n.store.mu.Lock()
		n.store.states[did] = st
		n.store.mu.Unlock()
		return err
	}
	st.Valid = true
	a.state = ddo.MetadataState(state)
	a.event = ddo.EventInfo{TxID: l.TxHash.Hex(), Block: int64(l.BlockNumber), From: by.Hex(), Contract: l.Address.Hex(), Datetime: isoTime(ts)}
	n.store.mu.Lock()
	defer n.store.mu.Unlock()
	n.store.states[did] = st
	if old := n.store.assets[did]; old != nil {
		a.created = old.created
	} else {
		n.store.order = append(n.store.order, did)
		a.created = isoTime(ts)
	}
	n.store.assets[did] = a
	return nil
}

// decodeMetadata decrypts and checks a published DDO as Ocean Node's
// indexer does: decrypt with the node key, JSON.parse, recompute the hash
// over JSON.stringify of the result, check DID, NFT and chain.
func (n *Node) decodeMetadata(nft common.Address, did string, flagBytes, data []byte, hash [32]byte) (*asset, error) {
	var flags ddo.Flags
	if len(flagBytes) > 0 {
		flags = ddo.Flags(flagBytes[0])
	}
	plain, err := ddo.DecodeMetadata(flags, data, func(c []byte) ([]byte, error) { return ecies.Decrypt(n.key, c) })
	if err != nil {
		return nil, fmt.Errorf("cannot decrypt metadata: %w", err)
	}
	canonical, err := ddo.Encode(plain)
	if err != nil {
		return nil, errors.New("metadata is not JSON")
	}
	if ddo.MetadataHash(canonical, flags) != ddo.Hash(hash) {
		return nil, errors.New("metadata hash does not match")
	}
	doc, err := ddo.ParseValue(canonical)
	if err != nil {
		return nil, err
	}
	var typed ddo.DDO
	if err := json.Unmarshal(canonical, &typed); err != nil {
		return nil, fmt.Errorf("invalid DDO: %w", err)
	}
	if typed.ID != did {
		return nil, errors.New("DDO id does not match the data NFT")
	}
	if !strings.EqualFold(typed.NFTAddress, nft.Hex()) || typed.ChainID != n.cfg.ChainID {
		return nil, errors.New("DDO nftAddress or chainId does not match")
	}
	if err := ddo.ValidateValue(doc); err != nil {
		return nil, fmt.Errorf("invalid DDO: %w", err)
	}
	return &asset{did: did, nft: nft, doc: doc, typed: typed}, nil
}

// indexed returns the asset as the Aquarius routes serve it: the DDO plus
// indexedMetadata (nft, event, purgatory, stats with prices and order
// counts read from the chain) and datatokens.
func (n *Node) indexed(ctx context.Context, a *asset) (ddo.Value, error) {
	n.store.mu.RLock()
	state, event, created := a.state, a.event, a.created
	n.store.mu.RUnlock()
	if a.stub {
		return ddo.ObjectValue(
			ddo.Member{Key: "id", Value: ddo.StringValue(a.did)},
			ddo.Member{Key: "version", Value: ddo.StringValue("deprecated")},
			ddo.Member{Key: "chainId", Value: ddo.IntValue(a.typed.ChainID)},
			ddo.Member{Key: "nftAddress", Value: ddo.StringValue(a.typed.NFTAddress)},
			ddo.Member{Key: "indexedMetadata", Value: ddo.ObjectValue(
				ddo.Member{Key: "nft", Value: ddo.ObjectValue(ddo.Member{Key: "state", Value: ddo.IntValue(int64(state))})})},
		), nil
	}
	opts := &bind.CallOpts{Context: ctx}
	nftC := nftABI.Instance(n.backend, a.nft)
	name, err := bind.Call(nftC, opts, nftABI.PackName(), nftABI.UnpackName)
	if err != nil {
		return ddo.Value{}, err
	}
	symbol, err := bind.Call(nftC, opts, nftABI.PackSymbol(), nftABI.UnpackSymbol)
	if err != nil {
		return ddo.Value{}, err
	}
	owner, err := bind.Call(nftC, opts, nftABI.PackOwnerOf(big.NewInt(1)), nftABI.UnpackOwnerOf)
	if err != nil {
		return ddo.Value{}, err
	}
	uri, err := bind.Call(nftC, opts, nftABI.PackTokenURI(big.NewInt(1)), nftABI.UnpackTokenURI)
	if err != nil {
		return ddo.Value{}, err
	}
	nftInfo := ddo.ObjectValue(
		ddo.Member{Key: "address", Value: ddo.StringValue(a.nft.Hex())},
		ddo.Member{Key: "name", Value: ddo.StringValue(name)},
		ddo.Member{Key: "symbol", Value: ddo.StringValue(symbol)},
		ddo.Member{Key: "state", Value: ddo.IntValue(int64(state))},
		ddo.Member{Key: "tokenURI", Value: ddo.StringValue(uri)},
		ddo.Member{Key: "owner", Value: ddo.StringValue(owner.Hex())},
		ddo.Member{Key: "created", Value: ddo.StringValue(created)},
	)
	eventInfo := ddo.ObjectValue(
		ddo.Member{Key: "txid", Value: ddo.StringValue(event.TxID)},
		ddo.Member{Key: "from", Value: ddo.StringValue(event.From)},
		ddo.Member{Key: "contract", Value: ddo.StringValue(event.Contract)},
		ddo.Member{Key: "block", Value: ddo.IntValue(event.Block)},
		ddo.Member{Key: "datetime", Value: ddo.StringValue(event.Datetime)},
	)
	var stats, datatokens []ddo.Value
	for i, s := range a.typed.Services {
		if !common.IsHexAddress(s.DatatokenAddress) {
			continue
		}
		dt := common.HexToAddress(s.DatatokenAddress)
		dtC := dtABI.Instance(n.backend, dt)
		dtName, err := bind.Call(dtC, opts, dtABI.PackName(), dtABI.UnpackName)
		if err != nil {
			return ddo.Value{}, err
		}
		dtSymbol, err := bind.Call(dtC, opts, dtABI.PackSymbol(), dtABI.UnpackSymbol)
		if err != nil {
			return ddo.Value{}, err
		}
		orders, err := n.countOrders(ctx, dt, i)
		if err != nil {
			return ddo.Value{}, err
		}
		prices, err := n.prices(ctx, dt)
		if err != nil {
			return ddo.Value{}, err
		}
		stats = append(stats, ddo.ObjectValue(
			ddo.Member{Key: "datatokenAddress", Value: ddo.StringValue(dt.Hex())},
			ddo.Member{Key: "name", Value: ddo.StringValue(dtName)},
			ddo.Member{Key: "symbol", Value: ddo.StringValue(dtSymbol)},
			ddo.Member{Key: "serviceId", Value: ddo.StringValue(s.ID)},
			ddo.Member{Key: "orders", Value: ddo.IntValue(orders)},
			ddo.Member{Key: "prices", Value: ddo.ArrayValue(prices...)},
		))
		datatokens = append(datatokens, ddo.ObjectValue(
			ddo.Member{Key: "address", Value: ddo.StringValue(dt.Hex())},
			ddo.Member{Key: "name", Value: ddo.StringValue(dtName)},
			ddo.Member{Key: "symbol", Value: ddo.StringValue(dtSymbol)},
			ddo.Member{Key: "serviceId", Value: ddo.StringValue(s.ID)},
		))
	}
	im := ddo.ObjectValue(
		ddo.Member{Key: "stats", Value: ddo.ArrayValue(stats...)},
		ddo.Member{Key: "nft", Value: nftInfo},
		ddo.Member{Key: "event", Value: eventInfo},
		ddo.Member{Key: "purgatory", Value: ddo.ObjectValue(ddo.Member{Key: "state", Value: ddo.BoolValue(false)})},
	)
	var members []ddo.Member
	for _, m := range a.doc.Members() {
		if m.Key != "datatokens" && m.Key != "indexedMetadata" {
			members = append(members, m)
		}
	}
	members = append(members,
		ddo.Member{Key: "datatokens", Value: ddo.ArrayValue(datatokens...)},
		ddo.Member{Key: "indexedMetadata", Value: im})
	return ddo.ObjectValue(members...), nil
}

// countOrders counts the OrderStarted events of dt for service index i.
func (n *Node) countOrders(ctx context.Context, dt common.Address, i int) (int64, error) {
	logs, err := n.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(n.cfg.Contracts.StartBlock),
		Addresses: []common.Address{dt},
		Topics:    [][]common.Hash{{topicOrderStarted}},
	})
	if err != nil {
		return 0, err
	}
	var count int64
	for j := range logs {
		ev, err := dtABI.UnpackOrderStartedEvent(&logs[j])
		if err == nil && ev.ServiceIndex.IsInt64() && ev.ServiceIndex.Int64() == int64(i) {
			count++
		}
	}
	return count, nil
}

// prices lists the active fixed-rate exchanges and dispensers of dt.
func (n *Node) prices(ctx context.Context, dt common.Address) ([]ddo.Value, error) {
	opts := &bind.CallOpts{Context: ctx}
	dtC := dtABI.Instance(n.backend, dt)
	var out []ddo.Value
	rates, err := bind.Call(dtC, opts, dtABI.PackGetFixedRates(), dtABI.UnpackGetFixedRates)
	if err != nil {
		return nil, err
	}
	for _, r := range rates {
		ex, err := bind.Call(freABI.Instance(n.backend, r.ContractAddress), opts, freABI.PackGetExchange(r.Id), freABI.UnpackGetExchange)
		if err != nil {
			return nil, err
		}
		if !ex.Active {
			continue
		}
		out = append(out, ddo.ObjectValue(
			ddo.Member{Key: "type", Value: ddo.StringValue("fixedrate")},
			ddo.Member{Key: "price", Value: ddo.StringValue(formatUnits(ex.FixedRate, 18))},
			ddo.Member{Key: "contract", Value: ddo.StringValue(r.ContractAddress.Hex())},
			ddo.Member{Key: "token", Value: ddo.StringValue(ex.BaseToken.Hex())},
			ddo.Member{Key: "exchangeId", Value: ddo.StringValue(common.Hash(r.Id).Hex())},
		))
	}
	disps, err := bind.Call(dtC, opts, dtABI.PackGetDispensers(), dtABI.UnpackGetDispensers)
	if err != nil {
		return nil, err
	}
	for _, d := range disps {
		st, err := bind.Call(dispenserABI.Instance(n.backend, d), opts, dispenserABI.PackStatus(dt), dispenserABI.UnpackStatus)
		if err != nil {
			return nil, err
		}
		if !st.Active {
			continue
		}
		out = append(out, ddo.ObjectValue(
			ddo.Member{Key: "type", Value: ddo.StringValue("dispenser")},
			ddo.Member{Key: "price", Value: ddo.StringValue("0")},
			ddo.Member{Key: "contract", Value: ddo.StringValue(d.Hex())},
			ddo.Member{Key: "token", Value: ddo.StringValue(dt.Hex())},
		))
	}
	return out, nil
}

// formatUnits renders v / 10^decimals as ethers' formatUnits does, which
// Ocean Node uses for indexed prices: trailing zeros dropped but at least
// one fractional digit ("3.0", "0.5").
func formatUnits(v *big.Int, decimals int) string {
	s := new(big.Int).Abs(v).String()
	if len(s) <= decimals {
		s = strings.Repeat("0", decimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	if v.Sign() < 0 {
		whole = "-" + whole
	}
	if frac == "" {
		frac = "0"
	}
	return whole + "." + frac
}

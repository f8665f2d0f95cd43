package nft

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/ddo"
)

// MetadataEvent is a data NFT's MetadataCreated or MetadataUpdated event,
// what indexers read the DDO from.
type MetadataEvent struct {
	// NFT emitted the event.
	NFT common.Address
	// Created is true for MetadataCreated, false for MetadataUpdated.
	Created      bool
	By           common.Address
	State        ddo.MetadataState
	DecryptorURL string
	Flags        []byte
	Data         []byte
	Hash         ddo.Hash
	Timestamp    *big.Int
	BlockNumber  *big.Int
	TxHash       common.Hash
}

// MetadataEvents decodes the MetadataCreated and MetadataUpdated events of
// a receipt, in log order. They are decoded with the ERC721Template ABI
// (the IERC721Template interface declares them with other topics).
func MetadataEvents(r *types.Receipt) []MetadataEvent {
	t := templateABI()
	var out []MetadataEvent
	for _, l := range r.Logs {
		if ev, err := t.UnpackMetadataCreatedEvent(l); err == nil {
			out = append(out, MetadataEvent{NFT: l.Address, Created: true, By: ev.CreatedBy, State: ddo.MetadataState(ev.State),
				DecryptorURL: ev.DecryptorUrl, Flags: ev.Flags, Data: ev.Data, Hash: ev.MetaDataHash,
				Timestamp: ev.Timestamp, BlockNumber: ev.BlockNumber, TxHash: l.TxHash})
		} else if ev, err := t.UnpackMetadataUpdatedEvent(l); err == nil {
			out = append(out, MetadataEvent{NFT: l.Address, By: ev.UpdatedBy, State: ddo.MetadataState(ev.State),
				DecryptorURL: ev.DecryptorUrl, Flags: ev.Flags, Data: ev.Data, Hash: ev.MetaDataHash,
				Timestamp: ev.Timestamp, BlockNumber: ev.BlockNumber, TxHash: l.TxHash})
		}
	}
	return out
}

// MetadataStateEvent is a data NFT's MetadataState event.
type MetadataStateEvent struct {
	NFT         common.Address
	By          common.Address
	State       ddo.MetadataState
	Timestamp   *big.Int
	BlockNumber *big.Int
	TxHash      common.Hash
}

// MetadataStateEvents decodes the MetadataState events of a receipt.
func MetadataStateEvents(r *types.Receipt) []MetadataStateEvent {
	t := templateABI()
	var out []MetadataStateEvent
	for _, l := range r.Logs {
		if ev, err := t.UnpackMetadataStateEvent(l); err == nil {
			out = append(out, MetadataStateEvent{NFT: l.Address, By: ev.UpdatedBy, State: ddo.MetadataState(ev.State),
				Timestamp: ev.Timestamp, BlockNumber: ev.BlockNumber, TxHash: l.TxHash})
		}
	}
	return out
}

// TokenURIEvent is a data NFT's TokenURIUpdate event.
type TokenURIEvent struct {
	NFT         common.Address
	By          common.Address
	TokenURI    string
	Timestamp   *big.Int
	BlockNumber *big.Int
	TxHash      common.Hash
}

// TokenURIEvents decodes the TokenURIUpdate events of a receipt.
func TokenURIEvents(r *types.Receipt) []TokenURIEvent {
	t := templateABI()
	var out []TokenURIEvent
	for _, l := range r.Logs {
		if ev, err := t.UnpackTokenURIUpdateEvent(l); err == nil {
			out = append(out, TokenURIEvent{NFT: l.Address, By: ev.UpdatedBy, TokenURI: ev.TokenURI,
				Timestamp: ev.Timestamp, BlockNumber: ev.BlockNumber, TxHash: l.TxHash})
		}
	}
	return out
}

// DatatokenCreated is the factory's TokenCreated event.
type DatatokenCreated struct {
	Datatoken common.Address
	Template  common.Address
	Name      string
	Symbol    string
	Cap       *big.Int
	Creator   common.Address
}

// CreatedDatatokens decodes the TokenCreated events of a receipt (from
// Factory.Create or NFT.CreateDatatoken).
func CreatedDatatokens(r *types.Receipt) []DatatokenCreated {
	f := factoryABI()
	var out []DatatokenCreated
	for _, l := range r.Logs {
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			out = append(out, DatatokenCreated{Datatoken: ev.NewTokenAddress, Template: ev.TemplateAddress,
				Name: ev.Name, Symbol: ev.Symbol, Cap: ev.Cap, Creator: ev.Creator})
		}
	}
	return out
}

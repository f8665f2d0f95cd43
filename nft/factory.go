package nft

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/transact"
)

// Factory is a handle on the ERC721Factory, which creates data NFTs and
// their datatokens. Creating it does no I/O. Safe for concurrent use.
type Factory struct {
	c contractcall.Contract
	f *erc721factory.NFTFactory
}

// NewFactory returns a handle on the factory at address (the network's
// ERC721Factory). tm may be nil for a read-only handle.
func NewFactory(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*Factory, error) {
	f := factoryABI()
	c, err := contractcall.New(calls(), backend, address, f.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &Factory{c: c, f: f}, nil
}

// Address returns the factory's address.
func (f *Factory) Address() common.Address { return f.c.Addr }

// CreateParams describes what Factory.Create publishes in one transaction:
// a data NFT, optionally with a datatoken, optionally priced by a
// fixed-rate exchange or a dispenser; or a data NFT with its metadata.
type CreateParams struct {
	// Name and Symbol of the data NFT; required.
	Name, Symbol string
	// TemplateIndex is the NFT template; 0 means 1.
	TemplateIndex uint64
	// TokenURI of token 1.
	TokenURI string
	// NonTransferable creates a data NFT that can never change owner.
	NonTransferable bool
	// Owner of the data NFT; zero means the sender.
	Owner common.Address
	// AdditionalERC20Deployer and AdditionalMetadataUpdater get those roles
	// at creation; only for an NFT without datatoken and metadata.
	AdditionalERC20Deployer, AdditionalMetadataUpdater common.Address
	// Datatoken, when set, is created with the NFT.
	Datatoken *datatoken.Params
	// FixedRate, with Datatoken, prices it on a fixed-rate exchange.
	FixedRate *datatoken.FixedRateParams
	// Dispenser, with Datatoken, hands it out for free. Exclusive with FixedRate.
	Dispenser *datatoken.DispenserParams
	// Metadata, without Datatoken, is set on the new NFT
	// (createNftWithMetaData).
	Metadata *Metadata
}

// Validate checks the required fields and which combinations the factory
// supports.
func (p CreateParams) Validate() error {
	switch {
	case p.Name == "" || p.Symbol == "":
		return fmt.Errorf("%w: NFT name and symbol are required", ErrInvalidParams)
	case p.FixedRate != nil && p.Dispenser != nil:
		return fmt.Errorf("%w: a fixed rate and a dispenser cannot be created together", ErrInvalidParams)
	case (p.FixedRate != nil || p.Dispenser != nil) && p.Datatoken == nil:
		return fmt.Errorf("%w: a fixed rate or dispenser needs a datatoken", ErrInvalidParams)
	case p.Metadata != nil && p.Datatoken != nil:
		return fmt.Errorf("%w: the factory creates metadata only with an NFT alone", ErrInvalidParams)
	case (p.AdditionalERC20Deployer != common.Address{} || p.AdditionalMetadataUpdater != common.Address{}) &&
		(p.Datatoken != nil || p.Metadata != nil):
		return fmt.Errorf("%w: additional deployer/updater only for an NFT alone", ErrInvalidParams)
	}
	if p.Datatoken != nil {
		if err := p.Datatoken.Validate(); err != nil {
			return err
		}
	}
	if p.FixedRate != nil {
		if err := p.FixedRate.Validate(); err != nil {
			return err
		}
	}
	if p.Dispenser != nil {
		if err := p.Dispenser.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Create publishes what p describes and returns the transaction without
// waiting. Decode the result with ParseCreated on the receipt
// (Manager.Wait), or use CreateAndWait.
func (f *Factory) Create(ctx context.Context, p CreateParams) (*types.Transaction, error) {
	from, err := f.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("nft: create: %w", err)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("nft: create: %w", err)
	}
	owner := p.Owner
	if owner == (common.Address{}) {
		owner = from
	}
	tmpl := p.TemplateIndex
	if tmpl == 0 {
		tmpl = 1
	}
	nftData := erc721factory.IFactoryNftCreateData{
		Name: p.Name, Symbol: p.Symbol, TemplateIndex: new(big.Int).SetUint64(tmpl),
		TokenURI: p.TokenURI, Transferable: !p.NonTransferable, Owner: owner,
	}
	var (
		data    []byte
		packErr error
	)
	switch {
	case p.Metadata != nil:
		m := p.Metadata
		data, packErr = f.f.TryPackCreateNftWithMetaData(nftData, erc721factory.ERC721FactoryMetaData{
			MetaDataState: uint8(m.State), MetaDataDecryptorUrl: m.DecryptorURL, MetaDataDecryptorAddress: m.DecryptorAddress,
			Flags: m.Flags, Data: m.Data, MetaDataHash: m.Hash, MetadataProofs: factoryProofs(m.Proofs),
		})
	case p.Datatoken == nil:
		data, packErr = f.f.TryPackDeployERC721Contract(p.Name, p.Symbol, new(big.Int).SetUint64(tmpl),
			p.AdditionalERC20Deployer, p.AdditionalMetadataUpdater, p.TokenURI, !p.NonTransferable, owner)
	default:
		strs, addrs, uints := p.Datatoken.Arrays(from)
		erc := erc721factory.IFactoryErcCreateData{TemplateIndex: new(big.Int).SetUint64(p.Datatoken.Template()),
			Strings: strs, Addresses: addrs, Uints: uints, Bytess: [][]byte{}}
		switch {
		case p.FixedRate != nil:
			fr := *p.FixedRate
			if err := fr.Complete(ctx, f.c.Backend, from); err != nil {
				return nil, fmt.Errorf("nft: create: %w", err)
			}
			frAddrs, frUints := fr.Arrays()
			data, packErr = f.f.TryPackCreateNftWithErc20WithFixedRate(nftData, erc,
				erc721factory.IFactoryFixedData{FixedPriceAddress: fr.Exchange, Addresses: frAddrs, Uints: frUints})
		case p.Dispenser != nil:
			d := p.Dispenser
			data, packErr = f.f.TryPackCreateNftWithErc20WithDispenser(nftData, erc, erc721factory.IFactoryDispenserData{
				DispenserAddress: d.Dispenser, MaxTokens: d.MaxTokens, MaxBalance: d.MaxBalance,
				WithMint: d.WithMint, AllowedSwapper: d.AllowedSwapper})
		default:
			data, packErr = f.f.TryPackCreateNftWithErc20(nftData, erc)
		}
	}
	return f.c.Send(ctx, "create", data, packErr)
}

// Created is what a factory transaction created, decoded from its receipt.
type Created struct {
	// NFT is the new data NFT.
	NFT common.Address
	// Datatokens are the new datatokens, in creation order.
	Datatokens []common.Address
	// ExchangeContract and ExchangeID identify the fixed-rate exchange
	// created with the datatoken (zero when none).
	ExchangeContract common.Address
	ExchangeID       [32]byte
	// Dispenser is the dispenser contract the datatoken was attached to
	// (zero when none).
	Dispenser common.Address
	// TxHash is the creating transaction (the mined version).
	TxHash common.Hash
}

// Datatoken returns the first datatoken, or the zero address.
func (c *Created) Datatoken() common.Address {
	if len(c.Datatokens) == 0 {
		return common.Address{}
	}
	return c.Datatokens[0]
}

// ParseCreated decodes the factory events (NFTCreated, TokenCreated,
// NewFixedRate, DispenserCreated) of a receipt. It fails with
// ErrEventNotFound when no NFT was created.
func ParseCreated(r *types.Receipt) (*Created, error) {
	f := factoryABI()
	out := &Created{TxHash: r.TxHash}
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			out.NFT = ev.NewTokenAddress
		} else if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			out.Datatokens = append(out.Datatokens, ev.NewTokenAddress)
		} else if ev, err := f.UnpackNewFixedRateEvent(l); err == nil {
			out.ExchangeContract, out.ExchangeID = ev.ExchangeContract, ev.ExchangeId
		} else if _, err := f.UnpackDispenserCreatedEvent(l); err == nil {
			out.Dispenser = l.Address
		}
	}
	if out.NFT == (common.Address{}) {
		return nil, fmt.Errorf("%w: no NFTCreated event in %s", ErrEventNotFound, r.TxHash.Hex())
	}
	return out, nil
}

// CreateAndWait is Create, then Manager.Wait, then ParseCreated.
func (f *Factory) CreateAndWait(ctx context.Context, p CreateParams) (*Created, error) {
	tx, err := f.Create(ctx, p)
	if err != nil {
		return nil, err
	}
	r, err := f.c.TM.Wait(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("nft: create: %w", err)
	}
	return ParseCreated(r)
}

// NFTCount returns how many data NFTs the factory created.
func (f *Factory) NFTCount(ctx context.Context) (uint64, error) {
	n, err := contractcall.Call(ctx, &f.c, "nft count", f.f.PackGetCurrentNFTCount(), nil, f.f.UnpackGetCurrentNFTCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// DatatokenCount returns how many datatokens the factory created.
func (f *Factory) DatatokenCount(ctx context.Context) (uint64, error) {
	n, err := contractcall.Call(ctx, &f.c, "token count", f.f.PackGetCurrentTokenCount(), nil, f.f.UnpackGetCurrentTokenCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Template is a registered template.
type Template struct {
	Address common.Address
	Active  bool
}

// DatatokenTemplate returns datatoken template index (1-based).
func (f *Factory) DatatokenTemplate(ctx context.Context, index uint64) (Template, error) {
	data, err := f.f.TryPackGetTokenTemplate(new(big.Int).SetUint64(index))
	t, err := contractcall.Call(ctx, &f.c, "token template", data, err, f.f.UnpackGetTokenTemplate)
	return Template{Address: t.TemplateAddress, Active: t.IsActive}, err
}

// NFTTemplate returns NFT template index (1-based).
func (f *Factory) NFTTemplate(ctx context.Context, index uint64) (Template, error) {
	data, err := f.f.TryPackGetNFTTemplate(new(big.Int).SetUint64(index))
	t, err := contractcall.Call(ctx, &f.c, "nft template", data, err, f.f.UnpackGetNFTTemplate)
	return Template{Address: t.TemplateAddress, Active: t.IsActive}, err
}

// IsDatatoken reports whether the factory created token.
func (f *Factory) IsDatatoken(ctx context.Context, token common.Address) (bool, error) {
	data, err := f.f.TryPackErc20List(token)
	return contractcall.Call(ctx, &f.c, "erc20 list", data, err, f.f.UnpackErc20List)
}

// IsNFT reports whether the factory created nft.
func (f *Factory) IsNFT(ctx context.Context, nft common.Address) (bool, error) {
	data, err := f.f.TryPackErc721List(nft)
	got, err := contractcall.Call(ctx, &f.c, "erc721 list", data, err, f.f.UnpackErc721List)
	return err == nil && got == nft, err
}

package nft

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/transact"
)

// tokenID is the one token of a data NFT.
var tokenID = big.NewInt(1)

// NFT is a handle on a data NFT (ERC721Template). Creating it does no I/O;
// reads are at the latest block; transacting methods submit through the
// transact.Manager and return the transaction without waiting. Safe for
// concurrent use.
type NFT struct {
	c contractcall.Contract
	t *erc721template.ERC721Template
}

// New returns a handle on the data NFT at address. tm may be nil for a
// read-only handle.
func New(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*NFT, error) {
	t := templateABI()
	c, err := contractcall.New(calls(), backend, address, t.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &NFT{c: c, t: t}, nil
}

// Address returns the data NFT's address.
func (n *NFT) Address() common.Address { return n.c.Addr }

// Name returns the NFT's name.
func (n *NFT) Name(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &n.c, "name", n.t.PackName(), nil, n.t.UnpackName)
}

// Symbol returns the NFT's symbol.
func (n *NFT) Symbol(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &n.c, "symbol", n.t.PackSymbol(), nil, n.t.UnpackSymbol)
}

// Owner returns the owner of the NFT (of its token 1).
func (n *NFT) Owner(ctx context.Context) (common.Address, error) {
	data, err := n.t.TryPackOwnerOf(tokenID)
	return contractcall.Call(ctx, &n.c, "owner", data, err, n.t.UnpackOwnerOf)
}

// TokenURI returns the URI of token 1.
func (n *NFT) TokenURI(ctx context.Context) (string, error) {
	data, err := n.t.TryPackTokenURI(tokenID)
	return contractcall.Call(ctx, &n.c, "token uri", data, err, n.t.UnpackTokenURI)
}

// Transferable reports whether the NFT may change owner.
func (n *NFT) Transferable(ctx context.Context) (bool, error) {
	return contractcall.Call(ctx, &n.c, "transferable", n.t.PackTransferable(), nil, n.t.UnpackTransferable)
}

// TemplateID returns the NFT template's id.
func (n *NFT) TemplateID(ctx context.Context) (uint8, error) {
	return contractcall.Call(ctx, &n.c, "template id", n.t.PackGetId(), nil, n.t.UnpackGetId)
}

// Metadata is what setMetaData stores and announces: the encrypted or
// plain DDO (Data) with its hash and flags, the decryptor (the provider
// that can decrypt it) and the asset state.
type Metadata struct {
	// State is the asset state (ddo.StateActive, ...).
	State ddo.MetadataState
	// DecryptorURL is the provider URL that can decrypt Data.
	DecryptorURL string
	// DecryptorAddress is that provider's address (ocean.js sends "").
	DecryptorAddress string
	// Flags describe Data ([]byte{0x02}: encrypted by the provider).
	Flags []byte
	// Data is the (encrypted) DDO.
	Data []byte
	// Hash is the metadata hash (sha256 of the DDO JSON; ddo.MetadataHash).
	Hash ddo.Hash
	// Proofs are optional validator signatures of Hash.
	Proofs []MetadataProof
}

// MetadataProof is a validator's signature over the metadata hash.
type MetadataProof struct {
	Validator common.Address
	V         uint8
	R, S      [32]byte
}

func templateProofs(ps []MetadataProof) []erc721template.ERC721TemplatemetaDataProof {
	out := make([]erc721template.ERC721TemplatemetaDataProof, len(ps))
	for i, p := range ps {
		out[i] = erc721template.ERC721TemplatemetaDataProof{ValidatorAddress: p.Validator, V: p.V, R: p.R, S: p.S}
	}
	return out
}

func factoryProofs(ps []MetadataProof) []erc721factory.IERC721TemplatemetaDataProof {
	out := make([]erc721factory.IERC721TemplatemetaDataProof, len(ps))
	for i, p := range ps {
		out[i] = erc721factory.IERC721TemplatemetaDataProof{ValidatorAddress: p.Validator, V: p.V, R: p.R, S: p.S}
	}
	return out
}

// SetMetaData stores m; the sender needs the metadata-updater role
// (ErrMissingRole otherwise). The first call emits MetadataCreated, later
// ones MetadataUpdated.
func (n *NFT) SetMetaData(ctx context.Context, m Metadata) (*types.Transaction, error) {
	data, err := n.t.TryPackSetMetaData(uint8(m.State), m.DecryptorURL, m.DecryptorAddress, m.Flags, m.Data, m.Hash, templateProofs(m.Proofs))
	return n.c.Send(ctx, "set metadata", data, err)
}

// SetMetaDataState changes only the asset state (emits MetadataState);
// metadata-updater role.
func (n *NFT) SetMetaDataState(ctx context.Context, state ddo.MetadataState) (*types.Transaction, error) {
	data, err := n.t.TryPackSetMetaDataState(uint8(state))
	return n.c.Send(ctx, "set metadata state", data, err)
}

// SetTokenURI changes token 1's URI; only the NFT owner may.
func (n *NFT) SetTokenURI(ctx context.Context, uri string) (*types.Transaction, error) {
	data, err := n.t.TryPackSetTokenURI(tokenID, uri)
	return n.c.Send(ctx, "set token uri", data, err)
}

// SetMetaDataAndTokenURI does SetMetaData and SetTokenURI in one
// transaction; the sender needs the metadata-updater role and must own the
// NFT.
func (n *NFT) SetMetaDataAndTokenURI(ctx context.Context, m Metadata, uri string) (*types.Transaction, error) {
	data, err := n.t.TryPackSetMetaDataAndTokenURI(erc721template.ERC721TemplatemetaDataAndTokenURI{
		MetaDataState: uint8(m.State), MetaDataDecryptorUrl: m.DecryptorURL, MetaDataDecryptorAddress: m.DecryptorAddress,
		Flags: m.Flags, Data: m.Data, MetaDataHash: m.Hash, TokenId: tokenID, TokenURI: uri,
		MetadataProofs: templateProofs(m.Proofs),
	})
	return n.c.Send(ctx, "set metadata and token uri", data, err)
}

// MetaDataInfo is what getMetaData returns. The DDO itself is only in the
// MetadataCreated/Updated events.
type MetaDataInfo struct {
	DecryptorURL     string
	DecryptorAddress string
	State            ddo.MetadataState
	HasMetadata      bool
}

// MetaData returns the NFT's metadata settings.
func (n *NFT) MetaData(ctx context.Context) (MetaDataInfo, error) {
	out, err := contractcall.Call(ctx, &n.c, "get metadata", n.t.PackGetMetaData(), nil, n.t.UnpackGetMetaData)
	if err != nil {
		return MetaDataInfo{}, err
	}
	return MetaDataInfo{DecryptorURL: out.Arg0, DecryptorAddress: out.Arg1, State: ddo.MetadataState(out.Arg2), HasMetadata: out.Arg3}, nil
}

// Roles are the NFT-level roles of an address.
type Roles struct {
	// Manager may grant and revoke the other roles.
	Manager bool
	// DeployERC20 may create datatokens, exchanges and dispensers.
	DeployERC20 bool
	// UpdateMetadata may set metadata and its state.
	UpdateMetadata bool
	// Store may write the ERC-725 key/value store.
	Store bool
}

// Permissions returns user's roles.
func (n *NFT) Permissions(ctx context.Context, user common.Address) (Roles, error) {
	data, err := n.t.TryPackGetPermissions(user)
	out, err := contractcall.Call(ctx, &n.c, "permissions", data, err, n.t.UnpackGetPermissions)
	if err != nil {
		return Roles{}, err
	}
	return Roles{Manager: out.Manager, DeployERC20: out.DeployERC20, UpdateMetadata: out.UpdateMetadata, Store: out.Store}, nil
}

// IsERC20Deployer reports whether account may create datatokens.
func (n *NFT) IsERC20Deployer(ctx context.Context, account common.Address) (bool, error) {
	data, err := n.t.TryPackIsERC20Deployer(account)
	return contractcall.Call(ctx, &n.c, "is erc20 deployer", data, err, n.t.UnpackIsERC20Deployer)
}

// AddManager makes manager a manager; only the NFT owner may.
func (n *NFT) AddManager(ctx context.Context, manager common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackAddManager(manager)
	return n.c.Send(ctx, "add manager", data, err)
}

// RemoveManager removes a manager; only the NFT owner may.
func (n *NFT) RemoveManager(ctx context.Context, manager common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackRemoveManager(manager)
	return n.c.Send(ctx, "remove manager", data, err)
}

// AddERC20Deployer grants the ERC20-deployer role; managers only.
func (n *NFT) AddERC20Deployer(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackAddToCreateERC20List(user)
	return n.c.Send(ctx, "add erc20 deployer", data, err)
}

// RemoveERC20Deployer revokes the ERC20-deployer role; managers only.
func (n *NFT) RemoveERC20Deployer(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackRemoveFromCreateERC20List(user)
	return n.c.Send(ctx, "remove erc20 deployer", data, err)
}

// AddMetadataUpdater grants the metadata-updater role; managers only.
func (n *NFT) AddMetadataUpdater(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackAddToMetadataList(user)
	return n.c.Send(ctx, "add metadata updater", data, err)
}

// RemoveMetadataUpdater revokes the metadata-updater role; managers only.
func (n *NFT) RemoveMetadataUpdater(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackRemoveFromMetadataList(user)
	return n.c.Send(ctx, "remove metadata updater", data, err)
}

// AddStoreUpdater grants the store-updater role (ERC-725 data); managers only.
func (n *NFT) AddStoreUpdater(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackAddTo725StoreList(user)
	return n.c.Send(ctx, "add store updater", data, err)
}

// RemoveStoreUpdater revokes the store-updater role; managers only.
func (n *NFT) RemoveStoreUpdater(ctx context.Context, user common.Address) (*types.Transaction, error) {
	data, err := n.t.TryPackRemoveFrom725StoreList(user)
	return n.c.Send(ctx, "remove store updater", data, err)
}

// SetData writes value under key in the NFT's ERC-725 store; store-updater
// role.
func (n *NFT) SetData(ctx context.Context, key [32]byte, value []byte) (*types.Transaction, error) {
	data, err := n.t.TryPackSetNewData(key, value)
	return n.c.Send(ctx, "set data", data, err)
}

// Data reads key from the NFT's ERC-725 store.
func (n *NFT) Data(ctx context.Context, key [32]byte) ([]byte, error) {
	data, err := n.t.TryPackGetData(key)
	return contractcall.Call(ctx, &n.c, "get data", data, err, n.t.UnpackGetData)
}

// Datatokens lists the NFT's datatokens.
func (n *NFT) Datatokens(ctx context.Context) ([]common.Address, error) {
	return contractcall.Call(ctx, &n.c, "tokens list", n.t.PackGetTokensList(), nil, n.t.UnpackGetTokensList)
}

// CreateDatatoken creates an additional datatoken of this NFT; the sender
// needs the ERC20-deployer role. CreatedDatatokens decodes its address
// from the receipt.
func (n *NFT) CreateDatatoken(ctx context.Context, p datatoken.Params) (*types.Transaction, error) {
	from, err := n.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("nft: create datatoken: %w", err)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("nft: create datatoken: %w", err)
	}
	strs, addrs, uints := p.Arrays(from)
	data, err := n.t.TryPackCreateERC20(new(big.Int).SetUint64(p.Template()), strs, addrs, uints, [][]byte{})
	return n.c.Send(ctx, "create datatoken", data, err)
}

// Transfer gives the NFT to to (safeTransferFrom of token 1 from the
// sender). Transfers wipe every role on the NFT and its datatokens;
// the new owner gets them afresh. A non-transferable NFT fails with
// ErrNotTransferable before anything is sent; a sender that does not own
// it fails with ErrMissingRole.
func (n *NFT) Transfer(ctx context.Context, to common.Address) (*types.Transaction, error) {
	from, err := n.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("nft: transfer: %w", err)
	}
	ok, err := n.Transferable(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("nft: transfer: %w", ErrNotTransferable)
	}
	data, err := n.t.TryPackSafeTransferFrom(from, to, tokenID)
	return n.c.Send(ctx, "transfer", data, err)
}

package accesslist

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/accesslist"
	"github.com/oceango/ocean.go/transact"
)

// List is a handle on one AccessList contract. Creating it does no I/O.
// Safe for concurrent use.
type List struct {
	c contractcall.Contract
	l *accesslist.AccessList
}

// New returns a handle on the list at address. tm may be nil for a
// read-only handle.
func New(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*List, error) {
	l := listABI()
	c, err := contractcall.New(calls(), backend, address, l.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &List{c: c, l: l}, nil
}

// Address returns the list's address: the value of an accessList
// credential.
func (l *List) Address() common.Address { return l.c.Addr }

// Contains reports whether account is a member: whether it holds at least
// one token of the list, the test Ocean Node applies to an accessList
// credential.
func (l *List) Contains(ctx context.Context, account common.Address) (bool, error) {
	n, err := l.balance(ctx, account)
	if err != nil {
		return false, err
	}
	return n.Sign() > 0, nil
}

func (l *List) balance(ctx context.Context, account common.Address) (*big.Int, error) {
	return contractcall.Call(ctx, &l.c, "balance", l.l.PackBalanceOf(account), nil, l.l.UnpackBalanceOf)
}

// Add makes account a member by minting it a token with tokenURI (may be
// ""). Only the list's owner may add (ErrMissingRole). Adding a member
// again mints it another token; Remove burns them all. ParseAdded on the
// receipt gives the token id.
func (l *List) Add(ctx context.Context, account common.Address, tokenURI string) (*types.Transaction, error) {
	if account == (common.Address{}) {
		return nil, fmt.Errorf("accesslist: add: %w: zero address", ErrInvalidParams)
	}
	data, err := l.l.TryPackMint(account, tokenURI)
	return l.c.Send(ctx, "add", data, err)
}

// AddBatch adds every account in one transaction (batchMint). tokenURIs,
// when not nil, has one URI per account; nil gives each token "".
func (l *List) AddBatch(ctx context.Context, accounts []common.Address, tokenURIs []string) (*types.Transaction, error) {
	if len(accounts) == 0 {
		return nil, fmt.Errorf("accesslist: add batch: %w: no accounts", ErrInvalidParams)
	}
	if tokenURIs != nil && len(tokenURIs) != len(accounts) {
		return nil, fmt.Errorf("accesslist: add batch: %w: %d token URIs for %d accounts", ErrInvalidParams, len(tokenURIs), len(accounts))
	}
	for i, a := range accounts {
		if a == (common.Address{}) {
			return nil, fmt.Errorf("accesslist: add batch: %w: account %d is the zero address", ErrInvalidParams, i)
		}
	}
	data, err := l.l.TryPackBatchMint(accounts, uris(tokenURIs, len(accounts)))
	return l.c.Send(ctx, "add batch", data, err)
}

// Remove ends account's membership: it burns every token account holds,
// one transaction each (usually one), and returns them in order. The
// list's owner may remove anyone, a member itself (ErrMissingRole
// otherwise). It returns ErrNotMember, sending nothing, when account holds
// no token. On an error after the first send, the transactions already
// sent are returned with it.
func (l *List) Remove(ctx context.Context, account common.Address) ([]*types.Transaction, error) {
	ids, err := l.Tokens(ctx, account)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("accesslist: remove: %w: %s", ErrNotMember, account.Hex())
	}
	var txs []*types.Transaction
	for _, id := range ids {
		tx, err := l.RemoveToken(ctx, id)
		if err != nil {
			return txs, err
		}
		txs = append(txs, tx)
	}
	return txs, nil
}

// RemoveToken burns one token. The list's owner or the token's holder may
// burn it (ErrMissingRole otherwise).
func (l *List) RemoveToken(ctx context.Context, tokenID *big.Int) (*types.Transaction, error) {
	if tokenID == nil || tokenID.Sign() <= 0 {
		return nil, fmt.Errorf("accesslist: remove: %w: token id must be positive", ErrInvalidParams)
	}
	data, err := l.l.TryPackBurn(tokenID)
	return l.c.Send(ctx, "remove", data, err)
}

// Tokens returns the ids of the tokens account holds (none for a
// non-member).
func (l *List) Tokens(ctx context.Context, account common.Address) ([]*big.Int, error) {
	n, err := l.balance(ctx, account)
	if err != nil {
		return nil, err
	}
	ids := make([]*big.Int, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		id, err := contractcall.Call(ctx, &l.c, "token of owner", l.l.PackTokenOfOwnerByIndex(account, big.NewInt(i)), nil, l.l.UnpackTokenOfOwnerByIndex)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// Member is one token of a list and its holder.
type Member struct {
	Account  common.Address
	TokenID  *big.Int
	TokenURI string
}

// Members returns every token of the list with its holder, in the
// contract's enumeration order (an address added twice appears twice).
// It reads 3 values per token: meant for lists of modest size.
func (l *List) Members(ctx context.Context) ([]Member, error) {
	total, err := contractcall.Call(ctx, &l.c, "total supply", l.l.PackTotalSupply(), nil, l.l.UnpackTotalSupply)
	if err != nil {
		return nil, err
	}
	out := make([]Member, 0, total.Int64())
	for i := int64(0); i < total.Int64(); i++ {
		id, err := contractcall.Call(ctx, &l.c, "token by index", l.l.PackTokenByIndex(big.NewInt(i)), nil, l.l.UnpackTokenByIndex)
		if err != nil {
			return nil, err
		}
		holder, err := contractcall.Call(ctx, &l.c, "owner of", l.l.PackOwnerOf(id), nil, l.l.UnpackOwnerOf)
		if err != nil {
			return nil, err
		}
		uri, err := contractcall.Call(ctx, &l.c, "token uri", l.l.PackTokenURI(id), nil, l.l.UnpackTokenURI)
		if err != nil {
			return nil, err
		}
		out = append(out, Member{Account: holder, TokenID: id, TokenURI: uri})
	}
	return out, nil
}

// Owner returns the account that may add and remove members.
func (l *List) Owner(ctx context.Context) (common.Address, error) {
	return contractcall.Call(ctx, &l.c, "owner", l.l.PackOwner(), nil, l.l.UnpackOwner)
}

// Name returns the list's ERC-721 name.
func (l *List) Name(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &l.c, "name", l.l.PackName(), nil, l.l.UnpackName)
}

// Symbol returns the list's ERC-721 symbol.
func (l *List) Symbol(ctx context.Context) (string, error) {
	return contractcall.Call(ctx, &l.c, "symbol", l.l.PackSymbol(), nil, l.l.UnpackSymbol)
}

// Transferable reports whether members may transfer their tokens (false:
// soul-bound).
func (l *List) Transferable(ctx context.Context) (bool, error) {
	return contractcall.Call(ctx, &l.c, "transferable", l.l.PackTransferable(), nil, l.l.UnpackTransferable)
}

// TransferOwnership hands the list to newOwner; only the owner may
// (ErrMissingRole).
func (l *List) TransferOwnership(ctx context.Context, newOwner common.Address) (*types.Transaction, error) {
	if newOwner == (common.Address{}) {
		return nil, fmt.Errorf("accesslist: transfer ownership: %w: zero address", ErrInvalidParams)
	}
	data, err := l.l.TryPackTransferOwnership(newOwner)
	return l.c.Send(ctx, "transfer ownership", data, err)
}

// Added is a token a transaction minted: AddressAdded.
type Added struct {
	Account common.Address
	TokenID *big.Int
}

// ParseAdded returns the tokens minted in r (by Add, AddBatch or a
// factory's Create), in log order.
func ParseAdded(r *types.Receipt) []Added {
	l := listABI()
	var out []Added
	for _, lg := range r.Logs {
		if ev, err := l.UnpackAddressAddedEvent(lg); err == nil {
			out = append(out, Added{Account: ev.Wallet, TokenID: ev.TokenId})
		}
	}
	return out
}

// ParseRemoved returns the ids of the tokens burnt in r, in log order.
func ParseRemoved(r *types.Receipt) []*big.Int {
	l := listABI()
	var out []*big.Int
	for _, lg := range r.Logs {
		if ev, err := l.UnpackAddressRemovedEvent(lg); err == nil {
			out = append(out, ev.TokenId)
		}
	}
	return out
}

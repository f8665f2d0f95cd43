package datatoken

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/transact"
)

// Template indexes of the datatoken templates registered with the
// ERC721Factory on every Ocean network.
const (
	// TemplateStandard is ERC20Template: orders pay the datatoken to the
	// payment collector.
	TemplateStandard = 1
	// TemplateEnterprise is ERC20TemplateEnterprise: orders burn the
	// datatoken; exchanges only sell to the datatoken itself.
	TemplateEnterprise = 2
)

// MaxCap returns 2^256-1, the cap datatokens are created with when
// Params.Cap is nil. The 2.x Standard template ignores the value given (it
// only has to be non-zero) and reports 2^256-1; the Enterprise template
// keeps it, but burns the datatoken of every order, so its cap bounds the
// supply at any moment, not how many are ever sold.
func MaxCap() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}

// Fee is a fee of Amount base units of Token paid to Address: the
// publishing market fee of a datatoken, or the consume market fee of an
// order. The zero value is "no fee".
type Fee struct {
	Address common.Address
	Token   common.Address
	Amount  *big.Int
}

// Params describes a datatoken to create, through the factory (nft.Create)
// or an existing data NFT (nft.NFT.CreateDatatoken).
type Params struct {
	// TemplateIndex is TemplateStandard (the default when 0) or
	// TemplateEnterprise.
	TemplateIndex uint64
	// Name and Symbol of the token; required.
	Name, Symbol string
	// Minter receives the minter role; zero means the sender.
	Minter common.Address
	// PaymentCollector receives the datatokens of orders; zero means the
	// NFT owner.
	PaymentCollector common.Address
	// PublishMarketFee is paid by every order to the publishing market.
	PublishMarketFee Fee
	// Cap must be positive when set; nil means MaxCap(). The Standard
	// template ignores it (see MaxCap).
	Cap *big.Int
}

// Validate checks the required fields and value ranges.
func (p Params) Validate() error {
	if p.Name == "" || p.Symbol == "" {
		return fmt.Errorf("%w: datatoken name and symbol are required", ErrInvalidParams)
	}
	if p.TemplateIndex > 2 {
		return fmt.Errorf("%w: datatoken template %d (want 1 or 2)", ErrInvalidParams, p.TemplateIndex)
	}
	if p.Cap != nil && p.Cap.Sign() <= 0 {
		return fmt.Errorf("%w: cap must be positive", ErrInvalidParams)
	}
	if p.PublishMarketFee.Amount != nil && p.PublishMarketFee.Amount.Sign() < 0 {
		return fmt.Errorf("%w: negative publish market fee", ErrInvalidParams)
	}
	return nil
}

// Arrays returns the positional arguments the factory's createToken and the
// NFT's createERC20 take (contracts.md §3): strings [name, symbol],
// addresses [minter, paymentCollector, publishMarketFeeAddress,
// publishMarketFeeToken], uints [cap, publishMarketFeeAmount]. A zero
// Minter becomes sender.
func (p Params) Arrays(sender common.Address) (strs []string, addrs []common.Address, uints []*big.Int) {
	minter := p.Minter
	if minter == (common.Address{}) {
		minter = sender
	}
	capacity := p.Cap
	if capacity == nil {
		capacity = MaxCap()
	}
	return []string{p.Name, p.Symbol},
		[]common.Address{minter, p.PaymentCollector, p.PublishMarketFee.Address, p.PublishMarketFee.Token},
		[]*big.Int{capacity, nonNil(p.PublishMarketFee.Amount)}
}

// Template returns the template index, defaulting to TemplateStandard.
func (p Params) Template() uint64 {
	if p.TemplateIndex == 0 {
		return TemplateStandard
	}
	return p.TemplateIndex
}

// Token is a handle on an Ocean datatoken (ERC20Template or
// ERC20TemplateEnterprise). It embeds ERC20 for balances, allowances and
// transfers. Creating it does no I/O; reads are at the latest block;
// transacting methods submit through the transact.Manager and return the
// transaction without waiting. Safe for concurrent use.
type Token struct {
	*ERC20
}

// New returns a handle on the datatoken at address. tm may be nil for a
// read-only handle.
func New(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*Token, error) {
	e, err := NewERC20(backend, address, tm)
	if err != nil {
		return nil, err
	}
	return &Token{ERC20: e}, nil
}

// TemplateID returns the template's id as the contract reports it.
func (t *Token) TemplateID(ctx context.Context) (uint8, error) {
	return contractcall.Call(ctx, &t.c, "template id", t.erc.PackGetId(), nil, t.erc.UnpackGetId)
}

// Cap returns the token's cap.
func (t *Token) Cap(ctx context.Context) (*big.Int, error) {
	return contractcall.Call(ctx, &t.c, "cap", t.erc.PackCap(), nil, t.erc.UnpackCap)
}

// NFT returns the data NFT the datatoken belongs to.
func (t *Token) NFT(ctx context.Context) (common.Address, error) {
	return contractcall.Call(ctx, &t.c, "nft", t.erc.PackGetERC721Address(), nil, t.erc.UnpackGetERC721Address)
}

// Permissions are the datatoken-level roles of an address.
type Permissions struct {
	Minter         bool
	PaymentManager bool
}

// Permissions returns user's datatoken roles.
func (t *Token) Permissions(ctx context.Context, user common.Address) (Permissions, error) {
	data, err := t.erc.TryPackPermissions(user)
	out, err := contractcall.Call(ctx, &t.c, "permissions", data, err, t.erc.UnpackPermissions)
	if err != nil {
		return Permissions{}, err
	}
	return Permissions{Minter: out.Minter, PaymentManager: out.PaymentManager}, nil
}

// IsMinter reports whether account may mint.
func (t *Token) IsMinter(ctx context.Context, account common.Address) (bool, error) {
	data, err := t.erc.TryPackIsMinter(account)
	return contractcall.Call(ctx, &t.c, "is minter", data, err, t.erc.UnpackIsMinter)
}

// IsERC20Deployer reports whether user holds the ERC20-deployer role on the
// datatoken's NFT (it may create exchanges and dispensers).
func (t *Token) IsERC20Deployer(ctx context.Context, user common.Address) (bool, error) {
	data, err := t.erc.TryPackIsERC20Deployer(user)
	return contractcall.Call(ctx, &t.c, "is erc20 deployer", data, err, t.erc.UnpackIsERC20Deployer)
}

// PaymentCollector returns who receives the datatokens of orders.
func (t *Token) PaymentCollector(ctx context.Context) (common.Address, error) {
	return contractcall.Call(ctx, &t.c, "payment collector", t.erc.PackGetPaymentCollector(), nil, t.erc.UnpackGetPaymentCollector)
}

// PublishingMarketFee returns the fee every order pays to the publishing
// market.
func (t *Token) PublishingMarketFee(ctx context.Context) (Fee, error) {
	out, err := contractcall.Call(ctx, &t.c, "publishing market fee", t.erc.PackGetPublishingMarketFee(), nil, t.erc.UnpackGetPublishingMarketFee)
	if err != nil {
		return Fee{}, err
	}
	return Fee{Address: out.Arg0, Token: out.Arg1, Amount: out.Arg2}, nil
}

// ExchangeRef names one fixed-rate exchange of a datatoken.
type ExchangeRef struct {
	// Contract is the FixedRateExchange contract.
	Contract common.Address
	// ID is the exchange id within it.
	ID [32]byte
}

// FixedRates lists the datatoken's fixed-rate exchanges.
func (t *Token) FixedRates(ctx context.Context) ([]ExchangeRef, error) {
	out, err := contractcall.Call(ctx, &t.c, "fixed rates", t.erc.PackGetFixedRates(), nil, t.erc.UnpackGetFixedRates)
	if err != nil {
		return nil, err
	}
	refs := make([]ExchangeRef, len(out))
	for i, f := range out {
		refs[i] = ExchangeRef{Contract: f.ContractAddress, ID: f.Id}
	}
	return refs, nil
}

// Dispensers lists the dispenser contracts of the datatoken.
func (t *Token) Dispensers(ctx context.Context) ([]common.Address, error) {
	return contractcall.Call(ctx, &t.c, "dispensers", t.erc.PackGetDispensers(), nil, t.erc.UnpackGetDispensers)
}

// Mint creates amount base units for to. The sender needs the minter role
// (ErrMissingRole otherwise); exceeding the cap fails with ErrCapExceeded.
func (t *Token) Mint(ctx context.Context, to common.Address, amount *big.Int) (*types.Transaction, error) {
	data, err := t.erc.TryPackMint(to, amount)
	tx, err := t.c.Send(ctx, "mint", data, err)
	// The 2.x templates check the cap with checked arithmetic against a
	// cap of 2^256-1, so exceeding it is a Panic(0x11), not "cap exceeded".
	var re *transact.RevertError
	if err != nil && errors.As(err, &re) && re.IsPanic(transact.PanicOverflow) {
		return nil, fmt.Errorf("%w: %w", ErrCapExceeded, err)
	}
	return tx, err
}

// Burn destroys amount of the sender's tokens.
func (t *Token) Burn(ctx context.Context, amount *big.Int) (*types.Transaction, error) {
	data, err := t.erc.TryPackBurn(amount)
	return t.c.Send(ctx, "burn", data, err)
}

// AddMinter gives minter the minter role; the sender needs the ERC20
// deployer role on the NFT.
func (t *Token) AddMinter(ctx context.Context, minter common.Address) (*types.Transaction, error) {
	data, err := t.erc.TryPackAddMinter(minter)
	return t.c.Send(ctx, "add minter", data, err)
}

// RemoveMinter takes the minter role away.
func (t *Token) RemoveMinter(ctx context.Context, minter common.Address) (*types.Transaction, error) {
	data, err := t.erc.TryPackRemoveMinter(minter)
	return t.c.Send(ctx, "remove minter", data, err)
}

// AddPaymentManager gives the payment-manager role (may set the payment
// collector).
func (t *Token) AddPaymentManager(ctx context.Context, manager common.Address) (*types.Transaction, error) {
	data, err := t.erc.TryPackAddPaymentManager(manager)
	return t.c.Send(ctx, "add payment manager", data, err)
}

// RemovePaymentManager takes the payment-manager role away.
func (t *Token) RemovePaymentManager(ctx context.Context, manager common.Address) (*types.Transaction, error) {
	data, err := t.erc.TryPackRemovePaymentManager(manager)
	return t.c.Send(ctx, "remove payment manager", data, err)
}

// SetPaymentCollector changes who receives the datatokens of orders.
func (t *Token) SetPaymentCollector(ctx context.Context, collector common.Address) (*types.Transaction, error) {
	data, err := t.erc.TryPackSetPaymentCollector(collector)
	return t.c.Send(ctx, "set payment collector", data, err)
}

// SetPublishingMarketFee changes the publishing market fee; only the
// current fee address may (ErrMissingRole otherwise), and neither address
// may be zero.
func (t *Token) SetPublishingMarketFee(ctx context.Context, fee Fee) (*types.Transaction, error) {
	if fee.Address == (common.Address{}) || fee.Token == (common.Address{}) {
		return nil, fmt.Errorf("datatoken: set publishing market fee: %w: address and token must be non-zero", ErrInvalidParams)
	}
	data, err := t.erc.TryPackSetPublishingMarketFee(fee.Address, fee.Token, nonNil(fee.Amount))
	return t.c.Send(ctx, "set publishing market fee", data, err)
}

// CreateFixedRate opens a fixed-rate exchange selling this datatoken for
// p.BaseToken. The sender needs the ERC20-deployer role (ErrMissingRole).
// The exchange id is ExchangeID(p.BaseToken, t.Address()); the receipt
// also carries it (ExchangeCreatedEvents).
func (t *Token) CreateFixedRate(ctx context.Context, p FixedRateParams) (*types.Transaction, error) {
	from, err := t.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("datatoken: create fixed rate: %w", err)
	}
	if err := p.Complete(ctx, t.c.Backend, from); err != nil {
		return nil, fmt.Errorf("datatoken: create fixed rate: %w", err)
	}
	addrs, uints := p.Arrays()
	data, err := t.erc.TryPackCreateFixedRate(p.Exchange, addrs, uints)
	return t.c.Send(ctx, "create fixed rate", data, err)
}

// CreateDispenser attaches a dispenser (free datatokens) to this datatoken.
// The sender needs the ERC20-deployer role (ErrMissingRole).
func (t *Token) CreateDispenser(ctx context.Context, p DispenserParams) (*types.Transaction, error) {
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("datatoken: create dispenser: %w", err)
	}
	data, err := t.erc.TryPackCreateDispenser(p.Dispenser, p.MaxTokens, p.MaxBalance, p.WithMint, p.AllowedSwapper)
	return t.c.Send(ctx, "create dispenser", data, err)
}

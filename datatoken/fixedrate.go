package datatoken

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/fixedrateexchange"
	"github.com/oceango/ocean.go/transact"
)

// Bounds the FixedRateExchange enforces (contracts.md §3).
var (
	minRate      = big.NewInt(1e10)
	minMarketFee = big.NewInt(1e14)
	maxMarketFee = big.NewInt(5e17)
)

// FixedRateParams describes a fixed-rate exchange to create, with the
// factory (nft.Create) or Token.CreateFixedRate.
type FixedRateParams struct {
	// Exchange is the FixedRateExchange contract; required.
	Exchange common.Address
	// BaseToken is what buyers pay with (OCEAN, ...); required.
	BaseToken common.Address
	// Owner receives the base tokens; zero means the sender.
	Owner common.Address
	// MarketFeeCollector receives the market fee; zero means Owner.
	MarketFeeCollector common.Address
	// AllowedSwapper restricts buyers to one address; zero lets anyone buy.
	// The Enterprise template replaces it with the datatoken itself.
	AllowedSwapper common.Address
	// BaseTokenDecimals: zero reads decimals() from BaseToken.
	BaseTokenDecimals uint8
	// DatatokenDecimals: zero means 18, what every datatoken has.
	DatatokenDecimals uint8
	// Rate is base-token units per datatoken, scaled by 1e18 (2e18 = 2 base
	// tokens per datatoken); at least 1e10.
	Rate *big.Int
	// MarketFee is a fraction scaled by 1e18: 0, or between 1e14 (0.01%)
	// and 5e17 (50%).
	MarketFee *big.Int
	// WithMint lets the exchange mint the datatokens it sells.
	WithMint bool
}

// Validate checks the required fields and the contract's bounds.
func (p FixedRateParams) Validate() error {
	switch {
	case p.Exchange == (common.Address{}):
		return fmt.Errorf("%w: fixed rate: exchange contract is required", ErrInvalidParams)
	case p.BaseToken == (common.Address{}):
		return fmt.Errorf("%w: fixed rate: base token is required", ErrInvalidParams)
	case p.Rate == nil || p.Rate.Cmp(minRate) < 0:
		return fmt.Errorf("%w: fixed rate: rate must be at least 1e10", ErrInvalidParams)
	case p.MarketFee != nil && p.MarketFee.Sign() != 0 &&
		(p.MarketFee.Cmp(minMarketFee) < 0 || p.MarketFee.Cmp(maxMarketFee) > 0):
		return fmt.Errorf("%w: fixed rate: market fee must be 0 or within [1e14, 5e17]", ErrInvalidParams)
	}
	return nil
}

// Complete is Validate plus the defaults CreateFixedRate applies: Owner and
// MarketFeeCollector from sender, 18 datatoken decimals, and the base
// token's decimals read from the chain when BaseTokenDecimals is zero.
// nft.Create uses it too.
func (p *FixedRateParams) Complete(ctx context.Context, backend bind.ContractBackend, sender common.Address) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if p.Owner == (common.Address{}) {
		p.Owner = sender
	}
	if p.MarketFeeCollector == (common.Address{}) {
		p.MarketFeeCollector = p.Owner
	}
	if p.DatatokenDecimals == 0 {
		p.DatatokenDecimals = 18
	}
	if p.BaseTokenDecimals == 0 {
		base, err := NewERC20(backend, p.BaseToken, nil)
		if err != nil {
			return err
		}
		if p.BaseTokenDecimals, err = base.Decimals(ctx); err != nil {
			return fmt.Errorf("base token decimals: %w", err)
		}
	}
	return nil
}

// Arrays returns the positional arguments createFixedRate and the factory's
// FixedData take (contracts.md §3): addresses [baseToken, owner,
// marketFeeCollector, allowedSwapper], uints [baseTokenDecimals,
// datatokenDecimals, rate, marketFee, withMint].
func (p FixedRateParams) Arrays() (addrs []common.Address, uints []*big.Int) {
	withMint := int64(0)
	if p.WithMint {
		withMint = 1
	}
	return []common.Address{p.BaseToken, p.Owner, p.MarketFeeCollector, p.AllowedSwapper},
		[]*big.Int{big.NewInt(int64(p.BaseTokenDecimals)), big.NewInt(int64(p.DatatokenDecimals)),
			new(big.Int).Set(p.Rate), new(big.Int).Set(nonNil(p.MarketFee)), big.NewInt(withMint)}
}

// ExchangeID returns the id a FixedRateExchange gives the exchange of
// datatoken for baseToken: keccak256(abi.encode(baseToken, datatoken)).
// There is one exchange per pair and contract.
func ExchangeID(baseToken, datatoken common.Address) [32]byte {
	return crypto.Keccak256Hash(common.LeftPadBytes(baseToken.Bytes(), 32), common.LeftPadBytes(datatoken.Bytes(), 32))
}

// FixedRateExchange is a handle on a FixedRateExchange contract. Creating
// it does no I/O. Safe for concurrent use.
type FixedRateExchange struct {
	c   contractcall.Contract
	fre *fixedrateexchange.FixedRateExchange
}

// NewFixedRateExchange returns a handle on the exchange contract at
// address. tm may be nil for a read-only handle.
func NewFixedRateExchange(backend bind.ContractBackend, address common.Address, tm *transact.Manager) (*FixedRateExchange, error) {
	fre := freABI()
	c, err := contractcall.New(calls(), backend, address, fre.GetABI(), tm)
	if err != nil {
		return nil, err
	}
	return &FixedRateExchange{c: c, fre: fre}, nil
}

// Address returns the exchange contract's address.
func (f *FixedRateExchange) Address() common.Address { return f.c.Addr }

// Exchange is the state of one exchange.
type Exchange struct {
	ID                [32]byte
	Owner             common.Address
	Datatoken         common.Address
	DatatokenDecimals uint8
	BaseToken         common.Address
	BaseTokenDecimals uint8
	// Rate is base-token units per datatoken scaled by 1e18.
	Rate   *big.Int
	Active bool
	// DatatokenSupply is what can be sold now (balance, or unlimited with mint).
	DatatokenSupply *big.Int
	// BaseTokenSupply is what the owner can collect.
	BaseTokenSupply  *big.Int
	DatatokenBalance *big.Int
	BaseTokenBalance *big.Int
	WithMint         bool
}

// Exchange returns the exchange's state (its status). An unknown id returns
// a zero Exchange with a zero Datatoken.
func (f *FixedRateExchange) Exchange(ctx context.Context, id [32]byte) (*Exchange, error) {
	data, err := f.fre.TryPackGetExchange(id)
	out, err := contractcall.Call(ctx, &f.c, "get exchange", data, err, f.fre.UnpackGetExchange)
	if err != nil {
		return nil, err
	}
	return &Exchange{
		ID: id, Owner: out.ExchangeOwner, Datatoken: out.Datatoken, DatatokenDecimals: uint8(out.DtDecimals.Uint64()),
		BaseToken: out.BaseToken, BaseTokenDecimals: uint8(out.BtDecimals.Uint64()), Rate: out.FixedRate,
		Active: out.Active, DatatokenSupply: out.DtSupply, BaseTokenSupply: out.BtSupply,
		DatatokenBalance: out.DtBalance, BaseTokenBalance: out.BtBalance, WithMint: out.WithMint,
	}, nil
}

// Rate returns the exchange's price: base-token units per datatoken scaled
// by 1e18.
func (f *FixedRateExchange) Rate(ctx context.Context, id [32]byte) (*big.Int, error) {
	data, err := f.fre.TryPackGetRate(id)
	return contractcall.Call(ctx, &f.c, "get rate", data, err, f.fre.UnpackGetRate)
}

// IsActive reports whether the exchange sells.
func (f *FixedRateExchange) IsActive(ctx context.Context, id [32]byte) (bool, error) {
	data, err := f.fre.TryPackIsActive(id)
	return contractcall.Call(ctx, &f.c, "is active", data, err, f.fre.UnpackIsActive)
}

// Quote is the price of a trade, in base-token units.
type Quote struct {
	// BaseTokenAmount is the total paid (buy) or received (sell), fees included.
	BaseTokenAmount *big.Int
	// OceanFee is the Ocean community (OPC) fee.
	OceanFee *big.Int
	// PublishMarketFee is the exchange's market fee.
	PublishMarketFee *big.Int
	// ConsumeMarketFee is the consume market's swap fee.
	ConsumeMarketFee *big.Int
}

// CalcBaseInGivenOutDT quotes buying datatokenAmount with a consume market
// swap fee (a fraction scaled by 1e18, 0 for none).
func (f *FixedRateExchange) CalcBaseInGivenOutDT(ctx context.Context, id [32]byte, datatokenAmount, consumeMarketFee *big.Int) (*Quote, error) {
	data, err := f.fre.TryPackCalcBaseInGivenOutDT(id, datatokenAmount, nonNil(consumeMarketFee))
	out, err := contractcall.Call(ctx, &f.c, "calc base in", data, err, f.fre.UnpackCalcBaseInGivenOutDT)
	if err != nil {
		return nil, err
	}
	return &Quote{BaseTokenAmount: out.BaseTokenAmount, OceanFee: out.OceanFeeAmount,
		PublishMarketFee: out.PublishMarketFeeAmount, ConsumeMarketFee: out.ConsumeMarketFeeAmount}, nil
}

// CalcBaseOutGivenInDT quotes selling datatokenAmount.
func (f *FixedRateExchange) CalcBaseOutGivenInDT(ctx context.Context, id [32]byte, datatokenAmount, consumeMarketFee *big.Int) (*Quote, error) {
	data, err := f.fre.TryPackCalcBaseOutGivenInDT(id, datatokenAmount, nonNil(consumeMarketFee))
	out, err := contractcall.Call(ctx, &f.c, "calc base out", data, err, f.fre.UnpackCalcBaseOutGivenInDT)
	if err != nil {
		return nil, err
	}
	return &Quote{BaseTokenAmount: out.BaseTokenAmount, OceanFee: out.OceanFeeAmount,
		PublishMarketFee: out.PublishMarketFeeAmount, ConsumeMarketFee: out.ConsumeMarketFeeAmount}, nil
}

// ExchangeFees are an exchange's fee settings and collectable fees.
type ExchangeFees struct {
	MarketFee          *big.Int
	MarketFeeCollector common.Address
	OceanFee           *big.Int
	MarketFeeAvailable *big.Int
	OceanFeeAvailable  *big.Int
}

// Fees returns the exchange's fees.
func (f *FixedRateExchange) Fees(ctx context.Context, id [32]byte) (*ExchangeFees, error) {
	data, err := f.fre.TryPackGetFeesInfo(id)
	out, err := contractcall.Call(ctx, &f.c, "get fees", data, err, f.fre.UnpackGetFeesInfo)
	if err != nil {
		return nil, err
	}
	return &ExchangeFees{MarketFee: out.MarketFee, MarketFeeCollector: out.MarketFeeCollector, OceanFee: out.OpcFee,
		MarketFeeAvailable: out.MarketFeeAvailable, OceanFeeAvailable: out.OceanFeeAvailable}, nil
}

// TradeParams describes a buy or a sell.
type TradeParams struct {
	// ExchangeID is the exchange; required.
	ExchangeID [32]byte
	// Amount is the datatoken amount (base units) to buy or sell.
	Amount *big.Int
	// Limit bounds the base tokens: at most this much paid for a buy, at
	// least this much received for a sell. Nil: the current quote.
	Limit *big.Int
	// ConsumeMarketAddress receives ConsumeMarketFee; zero for none.
	ConsumeMarketAddress common.Address
	// ConsumeMarketFee is a fraction scaled by 1e18: 0, or within [1e14, 5e17].
	ConsumeMarketFee *big.Int
	// SkipApproval leaves the approval of the exchange to the caller.
	SkipApproval bool
}

// Buy buys p.Amount datatokens, paying at most p.Limit base tokens. Unless
// p.SkipApproval, it first approves the exchange for the base tokens
// (waiting for that approval, accounting for other in-flight spends of the
// same manager). An inactive exchange fails with ErrExchangeInactive; a
// missing approval with ErrInsufficientAllowance.
func (f *FixedRateExchange) Buy(ctx context.Context, p TradeParams) (*types.Transaction, error) {
	return f.trade(ctx, "buy", p)
}

// Sell sells p.Amount datatokens for at least p.Limit base tokens,
// approving the exchange for the datatokens unless p.SkipApproval.
func (f *FixedRateExchange) Sell(ctx context.Context, p TradeParams) (*types.Transaction, error) {
	return f.trade(ctx, "sell", p)
}

func (f *FixedRateExchange) trade(ctx context.Context, op string, p TradeParams) (*types.Transaction, error) {
	if f.c.TM == nil {
		return nil, fmt.Errorf("datatoken: %s: %w", op, ErrReadOnly)
	}
	if p.Amount == nil || p.Amount.Sign() <= 0 {
		return nil, fmt.Errorf("datatoken: %s: %w: amount must be positive", op, ErrInvalidParams)
	}
	ex, err := f.Exchange(ctx, p.ExchangeID)
	if err != nil {
		return nil, err
	}
	if ex.Datatoken == (common.Address{}) || !ex.Active {
		return nil, fmt.Errorf("datatoken: %s: %w", op, ErrExchangeInactive)
	}
	limit := p.Limit
	if limit == nil {
		var q *Quote
		if op == "buy" {
			q, err = f.CalcBaseInGivenOutDT(ctx, p.ExchangeID, p.Amount, p.ConsumeMarketFee)
		} else {
			q, err = f.CalcBaseOutGivenInDT(ctx, p.ExchangeID, p.Amount, p.ConsumeMarketFee)
		}
		if err != nil {
			return nil, err
		}
		limit = q.BaseTokenAmount
	}
	var (
		data    []byte
		packErr error
		spend   = map[common.Address]*big.Int{}
	)
	if op == "buy" {
		data, packErr = f.fre.TryPackBuyDT(p.ExchangeID, p.Amount, limit, p.ConsumeMarketAddress, nonNil(p.ConsumeMarketFee))
		spend[ex.BaseToken] = limit
	} else {
		data, packErr = f.fre.TryPackSellDT(p.ExchangeID, p.Amount, limit, p.ConsumeMarketAddress, nonNil(p.ConsumeMarketFee))
		spend[ex.Datatoken] = p.Amount
	}
	if packErr != nil {
		return nil, fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidParams, packErr)
	}
	var rs reservations
	if !p.SkipApproval {
		if rs, err = approveAll(ctx, f.c.Backend, f.c.TM, f.c.Addr, spend); err != nil {
			return nil, f.c.Fail(op, err)
		}
	}
	tx, err := f.c.Send(ctx, op, data, nil)
	if err != nil {
		rs.release()
		return nil, err
	}
	rs.bind(tx)
	return tx, nil
}

// SetRate changes the exchange's rate (exchange owner only).
func (f *FixedRateExchange) SetRate(ctx context.Context, id [32]byte, rate *big.Int) (*types.Transaction, error) {
	if rate == nil || rate.Cmp(minRate) < 0 {
		return nil, fmt.Errorf("datatoken: set rate: %w: rate must be at least 1e10", ErrInvalidParams)
	}
	data, err := f.fre.TryPackSetRate(id, rate)
	return f.c.Send(ctx, "set rate", data, err)
}

// ToggleActive activates an inactive exchange or deactivates an active one
// (exchange owner only; ErrMissingRole otherwise).
func (f *FixedRateExchange) ToggleActive(ctx context.Context, id [32]byte) (*types.Transaction, error) {
	data, err := f.fre.TryPackToggleExchangeState(id)
	return f.c.Send(ctx, "toggle exchange state", data, err)
}

// SetMint sets whether the exchange mints what it sells (exchange owner only).
func (f *FixedRateExchange) SetMint(ctx context.Context, id [32]byte, withMint bool) (*types.Transaction, error) {
	data, err := f.fre.TryPackToggleMintState(id, withMint)
	return f.c.Send(ctx, "toggle mint state", data, err)
}

// SetAllowedSwapper restricts buyers to swapper (zero: anyone).
func (f *FixedRateExchange) SetAllowedSwapper(ctx context.Context, id [32]byte, swapper common.Address) (*types.Transaction, error) {
	data, err := f.fre.TryPackSetAllowedSwapper(id, swapper)
	return f.c.Send(ctx, "set allowed swapper", data, err)
}

// CollectBaseToken sends amount of the collected base tokens to the
// exchange owner (anyone may call).
func (f *FixedRateExchange) CollectBaseToken(ctx context.Context, id [32]byte, amount *big.Int) (*types.Transaction, error) {
	data, err := f.fre.TryPackCollectBT(id, amount)
	return f.c.Send(ctx, "collect base token", data, err)
}

// CollectDatatoken sends amount of the exchange's datatokens to its owner.
func (f *FixedRateExchange) CollectDatatoken(ctx context.Context, id [32]byte, amount *big.Int) (*types.Transaction, error) {
	data, err := f.fre.TryPackCollectDT(id, amount)
	return f.c.Send(ctx, "collect datatoken", data, err)
}

// CollectMarketFee sends the accrued market fee to its collector.
func (f *FixedRateExchange) CollectMarketFee(ctx context.Context, id [32]byte) (*types.Transaction, error) {
	data, err := f.fre.TryPackCollectMarketFee(id)
	return f.c.Send(ctx, "collect market fee", data, err)
}

// CollectOceanFee sends the accrued Ocean community fee to its collector.
func (f *FixedRateExchange) CollectOceanFee(ctx context.Context, id [32]byte) (*types.Transaction, error) {
	data, err := f.fre.TryPackCollectOceanFee(id)
	return f.c.Send(ctx, "collect ocean fee", data, err)
}

// ExchangeCreated is a FixedRateExchange's ExchangeCreated event.
type ExchangeCreated struct {
	ExchangeID [32]byte
	BaseToken  common.Address
	Datatoken  common.Address
	Owner      common.Address
	Rate       *big.Int
	// Contract is the exchange contract that emitted it.
	Contract common.Address
}

// ExchangeCreatedEvents decodes the ExchangeCreated events of a receipt.
func ExchangeCreatedEvents(r *types.Receipt) []ExchangeCreated {
	fre := freABI()
	var out []ExchangeCreated
	for _, l := range r.Logs {
		if ev, err := fre.UnpackExchangeCreatedEvent(l); err == nil {
			out = append(out, ExchangeCreated{ExchangeID: ev.ExchangeId, BaseToken: ev.BaseToken, Datatoken: ev.Datatoken,
				Owner: ev.ExchangeOwner, Rate: ev.FixedRate, Contract: l.Address})
		}
	}
	return out
}

// Swapped is a FixedRateExchange's Swapped event (a buy or a sell).
type Swapped struct {
	ExchangeID       [32]byte
	By               common.Address
	BaseTokenAmount  *big.Int
	DatatokenAmount  *big.Int
	TokenOut         common.Address
	MarketFee        *big.Int
	OceanFee         *big.Int
	ConsumeMarketFee *big.Int
}

// SwappedEvents decodes the Swapped events of a receipt.
func SwappedEvents(r *types.Receipt) []Swapped {
	fre := freABI()
	var out []Swapped
	for _, l := range r.Logs {
		if ev, err := fre.UnpackSwappedEvent(l); err == nil {
			out = append(out, Swapped{ExchangeID: ev.ExchangeId, By: ev.By, BaseTokenAmount: ev.BaseTokenSwappedAmount,
				DatatokenAmount: ev.DatatokenSwappedAmount, TokenOut: ev.TokenOutAddress, MarketFee: ev.MarketFeeAmount,
				OceanFee: ev.OceanFeeAmount, ConsumeMarketFee: ev.ConsumeMarketFeeAmount})
		}
	}
	return out
}

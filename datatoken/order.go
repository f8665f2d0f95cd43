package datatoken

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc20templateenterprise"
)

// verifyFee checks f before anything is sent (ddo.ProviderFee.Verify);
// the error matches both ErrInvalidProviderFee (the revert it avoids) and
// ddo.ErrInvalidProviderFee.
func verifyFee(op string, f *ddo.ProviderFee) error {
	if err := f.Verify(); err != nil {
		return fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidProviderFee, err)
	}
	return nil
}

// feeBinding is f as the datatoken's startOrder and reuseOrder take it.
func feeBinding(f *ddo.ProviderFee) erc20template.ERC20TemplateproviderFee {
	return erc20template.ERC20TemplateproviderFee{
		ProviderFeeAddress: f.ProviderFeeAddress, ProviderFeeToken: f.ProviderFeeToken,
		ProviderFeeAmount: nonNil(f.ProviderFeeAmount), V: f.V, R: f.R, S: f.S,
		ValidUntil: nonNil(f.ValidUntil), ProviderData: f.ProviderData,
	}
}

// OrderParams describes an order (startOrder).
type OrderParams struct {
	// Consumer may consume the service; zero means the sender.
	Consumer common.Address
	// ServiceIndex is the index of the service in the asset's DDO.
	ServiceIndex uint64
	// ProviderFee is the provider's signed fee, unchanged.
	ProviderFee ddo.ProviderFee
	// ConsumeMarketFee is paid to the market the order goes through.
	ConsumeMarketFee Fee
	// SkipApproval leaves approving the fee tokens to the caller.
	SkipApproval bool
	// PublishingMarketFee, when set, is the publishing market fee the
	// caller read (and showed) before ordering: the approvals cover it
	// rather than a fresh read of the datatoken. Should the datatoken ask
	// for more by the time the order is mined, the order reverts and
	// nothing is paid. Nil: read it.
	PublishingMarketFee *Fee
}

// StartOrder pays for access to a service: the sender spends 1 datatoken
// (1e18 base units) plus the publishing market, consume market and provider
// fees. It first verifies the provider fee signature locally
// (ErrInvalidProviderFee, nothing sent), then, unless p.SkipApproval,
// approves the datatoken for every non-zero fee it will pull (waiting for
// the approvals; concurrent orders of the same manager share them
// correctly), then sends startOrder.
//
// The order's id for providers and for ReuseOrder is the hash of the mined
// transaction: the receipt's TxHash (which differs from the returned
// transaction's hash if the manager had to replace it).
//
// Errors: ErrInsufficientBalance (less than 1 datatoken), ErrInvalidProviderFee,
// ErrInsufficientAllowance (with SkipApproval), *transact.RevertError, *transact.TxError.
func (t *Token) StartOrder(ctx context.Context, p OrderParams) (*types.Transaction, error) {
	const op = "start order"
	from, err := t.c.Sender()
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w", op, err)
	}
	if err := verifyFee(op, &p.ProviderFee); err != nil {
		return nil, err
	}
	if p.ConsumeMarketFee.Amount != nil && p.ConsumeMarketFee.Amount.Sign() < 0 {
		return nil, fmt.Errorf("datatoken: %s: %w: negative consume market fee", op, ErrInvalidParams)
	}
	consumer := p.Consumer
	if consumer == (common.Address{}) {
		consumer = from
	}
	cmf := erc20template.ERC20TemplateconsumeMarketFee{
		ConsumeMarketFeeAddress: p.ConsumeMarketFee.Address, ConsumeMarketFeeToken: p.ConsumeMarketFee.Token,
		ConsumeMarketFeeAmount: nonNil(p.ConsumeMarketFee.Amount),
	}
	data, err := t.erc.TryPackStartOrder(consumer, new(big.Int).SetUint64(p.ServiceIndex), feeBinding(&p.ProviderFee), cmf)
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidParams, err)
	}
	return t.sendOrder(ctx, op, p, data, nil)
}

// ReuseOrder extends a previous order (orderTxID, the hash of the mined
// startOrder transaction) with a new provider fee, typically because the
// previous fee expired. Only the provider fee is paid; the fee is verified
// and its token approved as in StartOrder. The contract does not check
// orderTxID; providers do.
func (t *Token) ReuseOrder(ctx context.Context, orderTxID common.Hash, fee ddo.ProviderFee) (*types.Transaction, error) {
	const op = "reuse order"
	if _, err := t.c.Sender(); err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w", op, err)
	}
	if err := verifyFee(op, &fee); err != nil {
		return nil, err
	}
	data, err := t.erc.TryPackReuseOrder(orderTxID, feeBinding(&fee))
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidParams, err)
	}
	amounts := map[common.Address]*big.Int{}
	addFee(amounts, fee.ProviderFeeAddress, fee.ProviderFeeToken, fee.ProviderFeeAmount)
	rs, err := approveAll(ctx, t.c.Backend, t.c.TM, t.c.Addr, amounts)
	if err != nil {
		return nil, t.c.Fail(op, err)
	}
	tx, err := t.c.Send(ctx, op, data, nil)
	if err != nil {
		rs.release()
		return nil, err
	}
	rs.bind(tx)
	return tx, nil
}

// OrderStarted is a datatoken's OrderStarted event.
type OrderStarted struct {
	// Datatoken emitted the event.
	Datatoken common.Address
	Consumer  common.Address
	Payer     common.Address
	// Amount of datatoken spent (1e18).
	Amount               *big.Int
	ServiceIndex         *big.Int
	Timestamp            *big.Int
	PublishMarketAddress common.Address
	BlockNumber          *big.Int
	// TxHash is the order's id.
	TxHash common.Hash
}

// OrderStartedEvents decodes the OrderStarted events of a receipt.
func OrderStartedEvents(r *types.Receipt) []OrderStarted {
	erc := erc20ABI()
	var out []OrderStarted
	for _, l := range r.Logs {
		if ev, err := erc.UnpackOrderStartedEvent(l); err == nil {
			out = append(out, OrderStarted{Datatoken: l.Address, Consumer: ev.Consumer, Payer: ev.Payer, Amount: ev.Amount,
				ServiceIndex: ev.ServiceIndex, Timestamp: ev.Timestamp, PublishMarketAddress: ev.PublishMarketAddress,
				BlockNumber: ev.BlockNumber, TxHash: l.TxHash})
		}
	}
	return out
}

// OrderReused is a datatoken's OrderReused event.
type OrderReused struct {
	Datatoken common.Address
	// OrderTxID is the reused order's id.
	OrderTxID   common.Hash
	Caller      common.Address
	Timestamp   *big.Int
	BlockNumber *big.Int
	TxHash      common.Hash
}

// OrderReusedEvents decodes the OrderReused events of a receipt.
func OrderReusedEvents(r *types.Receipt) []OrderReused {
	erc := erc20ABI()
	var out []OrderReused
	for _, l := range r.Logs {
		if ev, err := erc.UnpackOrderReusedEvent(l); err == nil {
			out = append(out, OrderReused{Datatoken: l.Address, OrderTxID: ev.OrderTxId, Caller: ev.Caller,
				Timestamp: ev.Timestamp, BlockNumber: ev.Number, TxHash: l.TxHash})
		}
	}
	return out
}

// ProviderFeeEvents decodes the ProviderFee events of a receipt (one per
// startOrder or reuseOrder): what providers check before serving.
func ProviderFeeEvents(r *types.Receipt) []ddo.ProviderFee {
	erc := erc20ABI()
	var out []ddo.ProviderFee
	for _, l := range r.Logs {
		if ev, err := erc.UnpackProviderFeeEvent(l); err == nil {
			out = append(out, ddo.ProviderFee{ProviderFeeAddress: ev.ProviderFeeAddress, ProviderFeeToken: ev.ProviderFeeToken,
				ProviderFeeAmount: ev.ProviderFeeAmount, ProviderData: ev.ProviderData, V: ev.V, R: ev.R, S: ev.S,
				ValidUntil: ev.ValidUntil})
		}
	}
	return out
}

// Order returns the single OrderStarted event of a startOrder receipt, or
// an error matching ErrEventNotFound.
func Order(r *types.Receipt) (OrderStarted, error) {
	evs := OrderStartedEvents(r)
	if len(evs) != 1 {
		return OrderStarted{}, fmt.Errorf("%w: %d OrderStarted events in %s, want 1", ErrEventNotFound, len(evs), r.TxHash.Hex())
	}
	return evs[0], nil
}

// FreOrder names the fixed-rate exchange an Enterprise datatoken buys its
// one datatoken from in BuyFromFreAndOrder.
type FreOrder struct {
	// Exchange is the FixedRateExchange contract; ExchangeID the exchange.
	Exchange   common.Address
	ExchangeID [32]byte
	// MaxBaseTokenAmount bounds what is paid for the datatoken; nil: the
	// current quote.
	MaxBaseTokenAmount *big.Int
	// SwapMarketFee (a fraction scaled by 1e18) goes to MarketFeeAddress.
	SwapMarketFee    *big.Int
	MarketFeeAddress common.Address
}

// enterpriseOnly explains the ErrInvalidParams of Enterprise-only calls.
const enterpriseOnly = "only ERC20TemplateEnterprise datatokens (template 2) buy and order in one call"

// BuyFromFreAndOrder buys one datatoken from the exchange and orders with
// it in one transaction; only Enterprise datatokens (template 2) have it,
// and their exchanges sell to nobody else. It verifies the provider fee,
// checks the template (the standard template's payable fallback would
// accept the call and do nothing), and approves the datatoken for the
// base-token price plus the fees, exactly, unless p.SkipApproval.
func (t *Token) BuyFromFreAndOrder(ctx context.Context, p OrderParams, fre FreOrder) (*types.Transaction, error) {
	const op = "buy from exchange and order"
	q, err := t.prepareEnterprise(ctx, op, &p)
	if err != nil {
		return nil, err
	}
	exchange, err := NewFixedRateExchange(t.c.Backend, fre.Exchange, nil)
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w", op, err)
	}
	ex, err := exchange.Exchange(ctx, fre.ExchangeID)
	if err != nil {
		return nil, err
	}
	if ex.Datatoken != t.c.Addr || !ex.Active {
		return nil, fmt.Errorf("datatoken: %s: %w", op, ErrExchangeInactive)
	}
	maxBase := fre.MaxBaseTokenAmount
	if maxBase == nil {
		quote, err := exchange.CalcBaseInGivenOutDT(ctx, fre.ExchangeID, big.NewInt(1e18), fre.SwapMarketFee)
		if err != nil {
			return nil, err
		}
		maxBase = quote.BaseTokenAmount
	}
	data, err := enterpriseABI().TryPackBuyFromFreAndOrder(q, erc20templateenterprise.ERC20TemplateEnterpriseFreParams{
		ExchangeContract: fre.Exchange, ExchangeId: fre.ExchangeID, MaxBaseTokenAmount: maxBase,
		SwapMarketFee: nonNil(fre.SwapMarketFee), MarketFeeAddress: fre.MarketFeeAddress})
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidParams, err)
	}
	return t.sendOrder(ctx, op, p, data, map[common.Address]*big.Int{ex.BaseToken: maxBase})
}

// BuyFromDispenserAndOrder takes one datatoken from the dispenser and
// orders with it in one transaction; Enterprise datatokens only (see
// BuyFromFreAndOrder).
func (t *Token) BuyFromDispenserAndOrder(ctx context.Context, p OrderParams, dispenser common.Address) (*types.Transaction, error) {
	const op = "buy from dispenser and order"
	q, err := t.prepareEnterprise(ctx, op, &p)
	if err != nil {
		return nil, err
	}
	data, err := enterpriseABI().TryPackBuyFromDispenserAndOrder(q, dispenser)
	if err != nil {
		return nil, fmt.Errorf("datatoken: %s: %w: %w", op, ErrInvalidParams, err)
	}
	return t.sendOrder(ctx, op, p, data, nil)
}

// prepareEnterprise checks the sender, fee and template of an Enterprise
// order and returns its OrderParams tuple.
func (t *Token) prepareEnterprise(ctx context.Context, op string, p *OrderParams) (erc20templateenterprise.ERC20TemplateEnterpriseOrderParams, error) {
	var q erc20templateenterprise.ERC20TemplateEnterpriseOrderParams
	from, err := t.c.Sender()
	if err != nil {
		return q, fmt.Errorf("datatoken: %s: %w", op, err)
	}
	if err := verifyFee(op, &p.ProviderFee); err != nil {
		return q, err
	}
	id, err := t.TemplateID(ctx)
	if err != nil {
		return q, err
	}
	if id != TemplateEnterprise {
		return q, fmt.Errorf("datatoken: %s: %w: %s (template id %d)", op, ErrInvalidParams, enterpriseOnly, id)
	}
	if p.Consumer == (common.Address{}) {
		p.Consumer = from
	}
	f := p.ProviderFee
	q = erc20templateenterprise.ERC20TemplateEnterpriseOrderParams{
		Consumer: p.Consumer, ServiceIndex: new(big.Int).SetUint64(p.ServiceIndex),
		ProviderFee: erc20templateenterprise.ERC20TemplateEnterpriseproviderFee{
			ProviderFeeAddress: f.ProviderFeeAddress, ProviderFeeToken: f.ProviderFeeToken,
			ProviderFeeAmount: nonNil(f.ProviderFeeAmount), V: f.V, R: f.R, S: f.S,
			ValidUntil: nonNil(f.ValidUntil), ProviderData: f.ProviderData},
		ConsumeMarketFee: erc20templateenterprise.ERC20TemplateEnterpriseconsumeMarketFee{
			ConsumeMarketFeeAddress: p.ConsumeMarketFee.Address, ConsumeMarketFeeToken: p.ConsumeMarketFee.Token,
			ConsumeMarketFeeAmount: nonNil(p.ConsumeMarketFee.Amount)},
	}
	return q, nil
}

// sendOrder approves the order's fees (plus extra spends, all pulled by
// the datatoken) unless p.SkipApproval, and sends data to the datatoken.
func (t *Token) sendOrder(ctx context.Context, op string, p OrderParams, data []byte, extra map[common.Address]*big.Int) (*types.Transaction, error) {
	var rs reservations
	if !p.SkipApproval {
		var pub Fee
		if p.PublishingMarketFee != nil {
			pub = *p.PublishingMarketFee
		} else {
			var err error
			if pub, err = t.PublishingMarketFee(ctx); err != nil {
				return nil, err
			}
		}
		amounts := map[common.Address]*big.Int{}
		for token, amount := range extra {
			amounts[token] = new(big.Int).Set(amount)
		}
		addFee(amounts, pub.Address, pub.Token, pub.Amount)
		addFee(amounts, p.ConsumeMarketFee.Address, p.ConsumeMarketFee.Token, p.ConsumeMarketFee.Amount)
		addFee(amounts, p.ProviderFee.ProviderFeeAddress, p.ProviderFee.ProviderFeeToken, p.ProviderFee.ProviderFeeAmount)
		var err error
		if rs, err = approveAll(ctx, t.c.Backend, t.c.TM, t.c.Addr, amounts); err != nil {
			return nil, t.c.Fail(op, err)
		}
	}
	tx, err := t.c.Send(ctx, op, data, nil)
	if err != nil {
		rs.release()
		return nil, err
	}
	rs.bind(tx)
	return tx, nil
}

package assets

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors, for errors.Is.
var (
	// ErrInvalidParams: a params struct failed validation.
	ErrInvalidParams = errors.New("assets: invalid parameters")
	// ErrKeyInUse: the idempotency key belongs to another flow, or to the
	// same flow with different parameters.
	ErrKeyInUse = errors.New("assets: idempotency key already used by another flow")
	// ErrServiceNotFound: the asset has no service with the given id or
	// index, or no service of the kind the flow needs.
	ErrServiceNotFound = errors.New("assets: service not found")
	// ErrNoDatatoken: the consumer holds no datatoken and the service offers
	// no way to get one (no dispenser, no fixed-rate exchange).
	ErrNoDatatoken = errors.New("assets: no datatoken and no way to buy one")
	// ErrSoldOut: the service's exchange or dispenser has no datatoken
	// left to hand out (a capped service sold its Pricing.Cap); returned
	// by Quote and Order before anything is paid or sent.
	ErrSoldOut = errors.New("assets: sold out: no datatoken left for this service")
	// ErrPriceTooHigh: the exchange asks more than the order's MaxPrice
	// (a *PriceError, returned before anything is sent).
	ErrPriceTooHigh = errors.New("assets: price above the maximum")
	// ErrInsufficientFunds: the account holds too little of a token the
	// order pays (a *FundsError, returned before anything is sent), or
	// too little coin for gas (a *FundsError made of the node's refusal
	// of the flow's transaction, so nothing is spent).
	ErrInsufficientFunds = errors.New("assets: insufficient funds")
	// ErrTxDropped: a journaled transaction was never mined and its nonce
	// was used by another transaction; the flow redoes the step.
	ErrTxDropped = errors.New("assets: journaled transaction was dropped")
	// ErrNotConsumable: the indexer reports the asset revoked, deprecated,
	// at end of life or with ordering disabled, or serves only the short
	// "deprecated" document Ocean Node keeps for a revoked asset; returned
	// by Order, Quote and Download before anything is paid or sent.
	ErrNotConsumable = errors.New("assets: asset is not consumable")
	// ErrUnknownFlow: Resume found an entry of a flow this package does not
	// run.
	ErrUnknownFlow = errors.New("assets: unknown flow")
	// ErrMissingContract: the flow needs an Ocean contract the network does
	// not have (a *MissingContractError, returned before anything is sent).
	ErrMissingContract = errors.New("assets: contract not deployed on the network")
)

// Features that need a contract some networks lack (MissingContractError's
// Feature).
const (
	// FeaturePublish: publishing data NFTs and datatokens (ERC721Factory).
	FeaturePublish = "publishing"
	// FeatureFixedPricing: fixed-rate pricing (FixedPrice, the
	// FixedRateExchange).
	FeatureFixedPricing = "fixed-rate pricing"
	// FeatureOceanPricing: fixed-rate pricing in OCEAN, the default base
	// token (Ocean); another Pricing.BaseToken still works.
	FeatureOceanPricing = "fixed-rate pricing in OCEAN"
	// FeatureFreePricing: free pricing through a dispenser (Dispenser).
	FeatureFreePricing = "free pricing"
	// FeaturePaidCompute: compute jobs in paid environments, paid through
	// escrow (Escrow); free jobs still run.
	FeaturePaidCompute = "paid compute"
	// FeatureAccessLists: creating access lists (AccessListFactory).
	FeatureAccessLists = "access lists"
)

// MissingContractError is returned, before anything is sent, when a flow
// needs an Ocean contract the network does not have: fixed-rate pricing
// without a FixedRateExchange, free pricing without a Dispenser, a paid
// compute job without an Escrow, pricing in OCEAN where there is no OCEAN
// token. It matches ErrMissingContract.
type MissingContractError struct {
	// Network is the network's name (Config.Network), empty when the
	// client was not told.
	Network string
	// Contract is the contract's key in Ocean's address file: "Escrow",
	// "FixedPrice", "Dispenser", "Ocean", "ERC721Factory",
	// "AccessListFactory".
	Contract string
	// Feature is what needs it, one of the Feature constants.
	Feature string
}

func (e *MissingContractError) Error() string {
	where := "the network"
	if e.Network != "" {
		where = "network " + e.Network
	}
	return fmt.Sprintf("assets: %s has no %s contract: %s is not available there", where, e.Contract, e.Feature)
}

// Is makes errors.Is(err, ErrMissingContract) true.
func (e *MissingContractError) Is(target error) bool { return target == ErrMissingContract }

// StepError says which step of a flow failed and what had already landed
// on chain, so callers know whether Resume will carry on from there.
type StepError struct {
	Flow string // "publish", "order", ...
	Key  string // the idempotency key
	Step string // the status the flow was in (the step that failed)
	// TxHash is the step's last transaction, zero when none was sent.
	TxHash common.Hash
	Err    error
}

func (e *StepError) Error() string {
	s := fmt.Sprintf("assets: %s %q: step %s", e.Flow, e.Key, e.Step)
	if e.TxHash != (common.Hash{}) {
		s += " (tx " + e.TxHash.Hex() + ")"
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *StepError) Unwrap() error { return e.Err }

package devnode

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Order validation failures (HTTP 500 in Ocean Node).
const (
	errOrderNotFound   wireError = "order transaction not found"
	errOrderMismatch   wireError = "Tx id used not valid, one of the NFT addresses, Datatoken address or the User address contract address does not match."
	errOrderService    wireError = "Invalid service index."
	errOrderExpired    wireError = "The order has expired."
	errProviderFee     wireError = "ERROR checking fees"
	errProviderExpired wireError = "ERROR checking fees" // Ocean Node does not say which check failed
)

// orderCheck is what an order transaction must match.
type orderCheck struct {
	tx           common.Hash
	consumer     common.Address
	datatoken    common.Address
	serviceIndex int
	serviceID    string
	timeout      int64 // service timeout in seconds; 0: orders never expire
}

// validOrder is a validated order.
type validOrder struct {
	started      *types.Receipt // the startOrder receipt (the original, for a reuse)
	validUntil   int64          // provider fee validity; 0: none
	providerData []byte
}

// validateOrder checks on chain that tx is a successful startOrder of
// c.datatoken whose consumer or payer is c.consumer, for service
// c.serviceIndex, within the service timeout counted from that order's
// block (as Ocean Node v3.1.0 counts it), with a provider fee signed by
// this node for this datatoken and service that has not expired.
//
// tx may instead be a reuseOrder of c.datatoken (the provider fee is then
// the reuse's). The devnode is stricter than Ocean Node v3.1.0 there: the
// reused order must be an order of the same datatoken (Ocean Node accepts
// an OrderStarted event of any datatoken) for the same service, and the
// reuse must have been sent by that order's consumer or payer (Ocean Node
// does not look at who sent it); the caller must be the original order's
// consumer or payer in both.
func (n *Node) validateOrder(ctx context.Context, c orderCheck) (*validOrder, error) {
	receipt, err := n.backend.TransactionReceipt(ctx, c.tx)
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			return nil, errOrderNotFound
		}
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, errOrderNotFound
	}
	now, err := n.now(ctx)
	if err != nil {
		return nil, err
	}
	// The provider fee of this transaction (startOrder or reuseOrder).
	fee, err := n.checkFeeLogs(receipt, c, now)
	if err != nil {
		return nil, err
	}
	started := receipt
	var reuseCaller *common.Address
	for _, l := range receipt.Logs {
		if l.Address != c.datatoken || len(l.Topics) == 0 || l.Topics[0] != topicOrderReused {
			continue
		}
		ev, err := dtABI.UnpackOrderReusedEvent(l)
		if err != nil {
			return nil, err
		}
		caller := ev.Caller
		reuseCaller = &caller
		started, err = n.backend.TransactionReceipt(ctx, common.Hash(ev.OrderTxId))
		if err != nil || started.Status != types.ReceiptStatusSuccessful {
			return nil, errOrderMismatch
		}
		break
	}
	for _, l := range started.Logs {
		if l.Address != c.datatoken || len(l.Topics) == 0 || l.Topics[0] != topicOrderStarted {
			continue
		}
		ev, err := dtABI.UnpackOrderStartedEvent(l)
		if err != nil {
			return nil, err
		}
		if ev.Consumer != c.consumer && ev.Payer != c.consumer {
			continue
		}
		if reuseCaller != nil && *reuseCaller != ev.Consumer && *reuseCaller != ev.Payer {
			return nil, errOrderMismatch
		}
		if !ev.ServiceIndex.IsInt64() || ev.ServiceIndex.Int64() != int64(c.serviceIndex) {
			return nil, errOrderService
		}
		if c.timeout > 0 && now-ev.Timestamp.Int64() > c.timeout {
			return nil, errOrderExpired
		}
		return &validOrder{started: started, validUntil: fee.validUntil, providerData: fee.data}, nil
	}
	return nil, errOrderMismatch
}

type feeSeen struct {
	validUntil int64
	data       []byte
}

// checkFeeLogs finds the ProviderFee event of the datatoken in r and checks
// it was signed by this node for the datatoken and service and is valid.
func (n *Node) checkFeeLogs(r *types.Receipt, c orderCheck, now int64) (*feeSeen, error) {
	for _, l := range r.Logs {
		if l.Address != c.datatoken || len(l.Topics) == 0 || l.Topics[0] != topicProviderFee {
			continue
		}
		ev, err := dtABI.UnpackProviderFeeEvent(l)
		if err != nil {
			return nil, err
		}
		if ev.ProviderFeeAddress != n.address ||
			!feeSignatureValid(ev.ProviderData, ev.ProviderFeeAddress, ev.ProviderFeeToken, ev.ProviderFeeAmount, ev.ValidUntil, ev.V, ev.R, ev.S) {
			return nil, errProviderFee
		}
		var pd struct {
			DT string `json:"dt"`
			ID string `json:"id"`
		}
		if json.Unmarshal(ev.ProviderData, &pd) != nil || !strings.EqualFold(pd.DT, c.datatoken.Hex()) || pd.ID != c.serviceID {
			return nil, errProviderFee
		}
		vu := ev.ValidUntil
		if vu.Sign() > 0 && vu.Cmp(big.NewInt(now)) < 0 {
			return nil, errProviderExpired
		}
		return &feeSeen{validUntil: vu.Int64(), data: ev.ProviderData}, nil
	}
	return nil, errProviderFee
}

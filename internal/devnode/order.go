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
	errOrderService    wireError = "Invalid service index"
	errOrderExpired    wireError = "Order expired"
	errProviderFee     wireError = "Provider fee not valid for this provider, datatoken or service"
	errProviderExpired wireError = "Provider fee expired"
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

// validateOrder checks on chain that tx is a successful startOrder (or a
// reuseOrder of one) of c.datatoken by or for c.consumer, for service
// c.serviceIndex, still within the service timeout, whose provider fee was
// signed by this node for this datatoken and service and has not expired.
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
	var reuseCaller common.Address
	var reusedAt *big.Int
	for _, l := range receipt.Logs {
		if l.Address != c.datatoken || len(l.Topics) == 0 || l.Topics[0] != topicOrderReused {
			continue
		}
		ev, err := dtABI.UnpackOrderReusedEvent(l)
		if err != nil {
			return nil, err
		}
		reuseCaller, reusedAt = ev.Caller, ev.Timestamp
		started, err = n.backend.TransactionReceipt(ctx, common.Hash(ev.OrderTxId))
		if err != nil || started.Status != types.ReceiptStatusSuccessful {
			return nil, errOrderMismatch
		}
	}
	for _, l := range started.Logs {
		if l.Address != c.datatoken || len(l.Topics) == 0 || l.Topics[0] != topicOrderStarted {
			continue
		}
		ev, err := dtABI.UnpackOrderStartedEvent(l)
		if err != nil {
			return nil, err
		}
		if ev.Consumer != c.consumer && ev.Payer != c.consumer && reuseCaller != c.consumer {
			return nil, errOrderMismatch
		}
		if !ev.ServiceIndex.IsInt64() || ev.ServiceIndex.Int64() != int64(c.serviceIndex) {
			return nil, errOrderService
		}
		orderedAt := ev.Timestamp
		if reusedAt != nil {
			orderedAt = reusedAt // a reuse restarts the validity window
		}
		if c.timeout > 0 && now-orderedAt.Int64() > c.timeout {
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

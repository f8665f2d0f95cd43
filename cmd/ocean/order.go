package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
)

func newOrderCommand(e *env) *cobra.Command {
	var (
		p        assets.OrderParams
		maxPrice string
	)
	cmd := &cobra.Command{
		Use:   "order DID [--service ID] [--max-price AMOUNT] [--idempotency-key KEY]",
		Short: "Get access to a service: reuse a valid order, or buy a datatoken and order",
		Long: `Order a service of DID (default: its first access service) for the account:
a still-valid order is reused; otherwise a datatoken is taken from the balance,
the dispenser or the fixed-rate exchange (paying at most --max-price base
tokens, e.g. 1.5), and an order is started with the node's provider fee.

The order is journaled under --idempotency-key (default: a new key): running
again with the same key after a crash never pays twice.

Prints the order transaction (give it to "ocean download --order-tx"); with
--json {"did","serviceId","datatoken","orderTx","reused","reuseTx","key"}.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p.DID = args[0]
			if maxPrice != "" {
				v, err := parseUnits(maxPrice, 18)
				if err != nil {
					return usagef("--max-price: %v", err)
				}
				p.MaxPrice = v
			}
			return e.withSession(cmd.Context(), true, func(s *ocean.Client) error {
				o, err := e.order(cmd.Context(), s, p)
				if err != nil {
					return err
				}
				r := orderResult{DID: o.DID, ServiceID: o.ServiceID, Datatoken: o.Datatoken.Hex(), OrderTx: o.TxHash.Hex(),
					Reused: o.Reused, Key: o.key}
				if o.ReuseTx != (common.Hash{}) {
					r.ReuseTx = o.ReuseTx.Hex()
				}
				return e.emit(r, func(w io.Writer) {
					how := "ordered"
					if r.Reused {
						how = "reused order"
					}
					fmt.Fprintf(w, "%s %s service %s\norder tx %s\n", how, r.DID, r.ServiceID, r.OrderTx)
				})
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&p.ServiceID, "service", "", "service id (default: the first access service)")
	f.StringVar(&maxPrice, "max-price", "", "pay at most this many base tokens (decimal) for a datatoken")
	f.StringVar(&p.Key, "idempotency-key", "", "journal key of the order (default: a new one)")
	return cmd
}

// orderResult is what order prints.
type orderResult struct {
	DID       string `json:"did"`
	ServiceID string `json:"serviceId"`
	Datatoken string `json:"datatoken"`
	OrderTx   string `json:"orderTx"`
	Reused    bool   `json:"reused"`
	ReuseTx   string `json:"reuseTx,omitempty"`
	Key       string `json:"key"`
}

// keyedOrder is an order with the key it was journaled under.
type keyedOrder struct {
	*assets.Ordered
	key string
}

// order runs the order flow, under a new key when p has none.
func (e *env) order(ctx context.Context, s *ocean.Client, p assets.OrderParams) (*keyedOrder, error) {
	if p.Key == "" {
		p.Key = newKey("order")
	}
	e.status("ordering %s (journal key %s)", p.DID, p.Key)
	o, err := s.Assets.Order(ctx, p)
	if err != nil {
		return nil, err
	}
	return &keyedOrder{Ordered: o, key: p.Key}, nil
}

// parseUnits converts a decimal amount ("1.5") to base units of a token
// with decimals decimals.
func parseUnits(s string, decimals int) (*big.Int, error) {
	whole, frac, _ := strings.Cut(strings.TrimSpace(s), ".")
	if len(frac) > decimals {
		return nil, fmt.Errorf("%q has more than %d decimals", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || whole == "" && frac == "" || strings.ContainsAny(digits, "+-") {
		return nil, fmt.Errorf("%q is not a non-negative decimal number", s)
	}
	return v, nil
}

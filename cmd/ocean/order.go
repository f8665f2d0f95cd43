package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
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
a still-valid order of the account is reused, wherever it was made (this
journal, another machine, another tool: the chain is searched); otherwise a
datatoken is taken from the balance, the dispenser or the fixed-rate exchange
and an order is started with the node's provider fee.

The quote (price, the exchange's market fee, the Ocean community fee, order
and provider fees, in the base token's units) is printed on stderr before
anything is paid; nothing is paid above it, nor above --max-price base tokens
(e.g. 1.5) for the datatoken. Then the receipt: what was paid and the
transactions.

The order is journaled under --idempotency-key (default: a new key): running
again with the same key after a crash never pays twice.

Prints the order transaction (give it to "ocean download --order-tx"); with
--json {"did","serviceId","datatoken","orderTx","reused","reuseTx","key",
"quote","paid","txs"}.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDID(args[0]); err != nil {
				return err
			}
			p.DID = args[0]
			if maxPrice != "" {
				v, err := parseAmount("--max-price", maxPrice)
				if err != nil {
					return err
				}
				p.MaxPrice = v
			}
			return e.withSession(cmd.Context(), true, func(s *ocean.Client) error {
				o, err := e.order(cmd.Context(), s, p, false)
				if err != nil {
					return err
				}
				r := orderResult{DID: o.DID, ServiceID: o.ServiceID, Datatoken: o.Datatoken.Hex(), OrderTx: o.TxHash.Hex(),
					Reused: o.Reused, Key: o.key, Quote: o.quote, Paid: o.paid, Txs: o.txs}
				if o.ReuseTx != (common.Hash{}) {
					r.ReuseTx = o.ReuseTx.Hex()
				}
				return e.emit(r, func(w io.Writer) {
					how := "ordered"
					if r.Reused {
						how = "reused order"
					}
					fmt.Fprintf(w, "%s %s service %s\norder tx %s\n", how, r.DID, r.ServiceID, r.OrderTx)
					printReceipt(w, o)
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
	DID       string     `json:"did"`
	ServiceID string     `json:"serviceId"`
	Datatoken string     `json:"datatoken"`
	OrderTx   string     `json:"orderTx"`
	Reused    bool       `json:"reused"`
	ReuseTx   string     `json:"reuseTx,omitempty"`
	Key       string     `json:"key"`
	Quote     *quoteJSON `json:"quote,omitempty"`
	Paid      []amount   `json:"paid,omitempty"`
	Txs       []string   `json:"txs,omitempty"`
}

// amount is one amount of a token as the CLI prints it: the decimal
// amount in the token's units and the exact base units.
type amount struct {
	What      string `json:"what"`
	Amount    string `json:"amount"`
	Symbol    string `json:"symbol"`
	Token     string `json:"token"`
	BaseUnits string `json:"baseUnits"`
}

func amountOf(c assets.Cost) amount {
	return amount{What: c.What, Amount: assets.FormatUnits(c.Amount, c.Decimals), Symbol: c.Symbol, Token: c.Token.Hex(),
		BaseUnits: c.Amount.String()}
}

// quoteJSON is a quote as the CLI prints it.
type quoteJSON struct {
	Pricing    string   `json:"pricing"`
	ValidOrder string   `json:"validOrder,omitempty"`
	Costs      []amount `json:"costs"`
	Totals     []amount `json:"totals"`
}

func quoteOf(q *assets.Quote) *quoteJSON {
	out := &quoteJSON{Pricing: q.Pricing, Costs: []amount{}, Totals: []amount{}}
	if q.ValidOrder != (common.Hash{}) {
		out.ValidOrder = q.ValidOrder.Hex()
	}
	for _, c := range q.Costs {
		out.Costs = append(out.Costs, amountOf(c))
	}
	for _, c := range q.Totals() {
		out.Totals = append(out.Totals, amountOf(c))
	}
	return out
}

// keyedOrder is an order with the key it was journaled under, its quote
// and what it paid.
type keyedOrder struct {
	*assets.Ordered
	key   string
	quote *quoteJSON
	paid  []amount
	txs   []string
}

// order quotes p, prints the quote, and orders. With needMax (download), a
// purchase that pays anything needs --max-price, or a yes typed on a
// terminal.
func (e *env) order(ctx context.Context, s *ocean.Client, p assets.OrderParams, needMax bool) (*keyedOrder, error) {
	if p.Key == "" {
		p.Key = newKey("order")
	}
	q, err := s.Assets.Quote(ctx, p)
	if err != nil {
		return nil, err
	}
	e.printQuote(q)
	if needMax && !q.Free() && p.MaxPrice == nil {
		total := describeTotals(q.Totals())
		if !e.confirm(fmt.Sprintf("buy access to %s for %s?", q.DID, total)) {
			hint := ""
			if q.ExchangeTotal != nil {
				hint = " " + assets.FormatUnits(q.ExchangeTotal, 18)
			}
			return nil, usagef("this download buys access for %s: give --max-price%s to pay (or order first with \"ocean order\")", total, hint)
		}
		p.MaxPrice = q.ExchangeTotal
	}
	e.status("ordering %s (journal key %s)", p.DID, p.Key)
	o, err := s.Assets.Order(ctx, p)
	if err != nil {
		return nil, err
	}
	k := &keyedOrder{Ordered: o, key: p.Key, quote: quoteOf(q)}
	if o.Quote != nil {
		k.quote = quoteOf(o.Quote)
		if len(o.Txs) > 0 { // this call paid: the quote it paid at
			for _, c := range o.Quote.Totals() {
				if c.Amount.Sign() > 0 {
					k.paid = append(k.paid, amountOf(c))
				}
			}
		}
	}
	for _, h := range o.Txs {
		k.txs = append(k.txs, h.Hex())
	}
	return k, nil
}

// describeTotals writes totals as "1.001 OCEAN + 0.5 USDC" ("nothing").
func describeTotals(ts []assets.Cost) string {
	var parts []string
	for _, t := range ts {
		if t.Amount.Sign() > 0 {
			parts = append(parts, assets.FormatUnits(t.Amount, t.Decimals)+" "+t.Symbol)
		}
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, " + ")
}

// printQuote describes q on stderr (not with --json: the result carries it).
func (e *env) printQuote(q *assets.Quote) {
	if e.g.json {
		return
	}
	how := map[string]string{
		assets.QuoteReuse:   "reuse the account's valid order " + q.ValidOrder.Hex(),
		assets.QuoteBalance: "spend a datatoken the account holds",
		assets.QuoteFree:    "take a free datatoken from the dispenser",
		assets.QuoteFixed:   "buy a datatoken from the fixed-rate exchange",
	}[q.Pricing]
	e.status("quote for %s service %s: %s", q.DID, q.ServiceID, how)
	for _, c := range q.Costs {
		e.status("  %-20s %s %s", c.What, assets.FormatUnits(c.Amount, c.Decimals), c.Symbol)
	}
	e.status("  %-20s %s", "total", describeTotals(q.Totals()))
}

// printReceipt writes what an order paid and its transactions.
func printReceipt(w io.Writer, o *keyedOrder) {
	if len(o.paid) == 0 {
		fmt.Fprintln(w, "paid nothing")
	} else {
		var parts []string
		for _, a := range o.paid {
			parts = append(parts, a.Amount+" "+a.Symbol)
		}
		fmt.Fprintf(w, "paid %s", strings.Join(parts, " + "))
		if o.quote != nil {
			var fees []string
			for _, c := range o.quote.Costs {
				fees = append(fees, c.What+" "+c.Amount)
			}
			fmt.Fprintf(w, " (%s)", strings.Join(fees, ", "))
		}
		fmt.Fprintln(w)
	}
	for _, h := range o.txs {
		fmt.Fprintf(w, "tx %s\n", h)
	}
}

// confirm asks question on a terminal and reports a yes; it never asks
// when standard input or standard error is not a terminal.
func (e *env) confirm(question string) bool {
	in, ok := e.stdin.(*os.File)
	if !ok || !isTerminal(in) || !isTerminal(e.stderr) {
		return false
	}
	fmt.Fprintf(e.stderr, "%s [y/N] ", question)
	line, _ := bufio.NewReader(in).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes":
		return true
	}
	return false
}

// parseAmount reads the decimal token amount (18 decimals, as OCEAN and
// datatokens have) given to flag with datatoken.ParseUnits; a refused
// amount is a usage error, said in the command line's words.
func parseAmount(flag, s string) (*big.Int, error) {
	v, err := datatoken.ParseUnits(strings.TrimSpace(s), 18)
	var ae *datatoken.AmountError
	switch {
	case err == nil:
		return v, nil
	case !errors.As(err, &ae):
		return nil, usagef("%s: %v", flag, err)
	case ae.Problem == datatoken.AmountNegative:
		return nil, usagef("%s must not be negative, got %q", flag, s)
	case ae.Problem == datatoken.AmountTooPrecise:
		return nil, usagef("%s has more than %d decimals: %q", flag, ae.Decimals, s)
	default:
		return nil, usagef("%s must be a decimal number such as 1.5, got %q", flag, s)
	}
}

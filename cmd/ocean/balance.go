package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/datatoken"
)

// balanceResult is what balance prints.
type balanceResult struct {
	Address  string         `json:"address"`
	Network  string         `json:"network"`
	ChainID  int64          `json:"chainId"`
	Balances []tokenBalance `json:"balances"`
}

// tokenBalance is one token's balance: Token is "native" for the chain's
// own coin, else the ERC20's address.
type tokenBalance struct {
	Token     string `json:"token"`
	Symbol    string `json:"symbol"`
	Decimals  uint8  `json:"decimals"`
	Amount    string `json:"amount"`
	BaseUnits string `json:"baseUnits"`
}

func newBalanceCommand(e *env) *cobra.Command {
	var (
		address string
		tokens  []string
	)
	cmd := &cobra.Command{
		Use:   "balance [--address ADDR] [--token ADDR]...",
		Short: "Show the account's native coin, OCEAN and other token balances",
		Long: `Print the balance of the account (or of --address) on the network: the
chain's native coin, OCEAN where the network has it, and each --token (an
ERC20 or datatoken address), in the token's units. Only the chain is asked:
no node is needed.

With --json {"address","network","chainId","balances":[{"token","symbol",
"decimals","amount","baseUnits"}]} (token "native" for the native coin).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var who common.Address
			if address != "" {
				if !common.IsHexAddress(address) {
					return usagef("--address %q is not an address (0x + 40 hex digits)", address)
				}
				who = common.HexToAddress(address)
			}
			var extra []common.Address
			for _, t := range tokens {
				if !common.IsHexAddress(t) {
					return usagef("--token %q is not a token address (0x + 40 hex digits)", t)
				}
				extra = append(extra, common.HexToAddress(t))
			}
			ctx := cmd.Context()
			return e.withChain(ctx, func(eth *ethclient.Client, n ocean.Network, cfg ocean.Config) error {
				if address == "" {
					if cfg.Key.IsZero() {
						return usagef("whose balance? give --address, or an account: %s, or %s or --keystore with %s",
							ocean.EnvPrivateKey, ocean.EnvKeystore, ocean.EnvKeystorePassword)
					}
					acc, err := ocean.LoadSigners(cfg.Key, n.ChainID)
					if err != nil {
						return err
					}
					who = acc.Address
				}
				r := balanceResult{Address: who.Hex(), Network: n.Name, ChainID: n.ChainID}
				native, err := eth.BalanceAt(ctx, who, nil)
				if err != nil {
					return fmt.Errorf("native balance: %w", err)
				}
				r.Balances = append(r.Balances, tokenBalance{Token: "native", Symbol: "native", Decimals: 18,
					Amount: datatoken.FormatUnits(native, 18), BaseUnits: native.String()})
				if n.Contracts.Ocean != (common.Address{}) {
					extra = append([]common.Address{n.Contracts.Ocean}, extra...)
				}
				for _, t := range extra {
					b, err := erc20Balance(ctx, eth, t, who)
					if err != nil {
						return err
					}
					r.Balances = append(r.Balances, b)
				}
				return e.emit(r, func(w io.Writer) {
					fmt.Fprintf(w, "%s on %s (chain %d)\n", r.Address, r.Network, r.ChainID)
					tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
					for _, b := range r.Balances {
						token := ""
						if b.Token != "native" {
							token = b.Token
						}
						fmt.Fprintf(tw, "  %s\t%s\t%s\n", b.Symbol, b.Amount, token)
					}
					_ = tw.Flush()
				})
			})
		},
	}
	cmd.Flags().StringVar(&address, "address", "", "whose balance (default: the account's)")
	cmd.Flags().StringArrayVar(&tokens, "token", nil, "also show this ERC20 token's balance (repeatable)")
	return cmd
}

// erc20Balance reads who's balance of token with its symbol and decimals.
func erc20Balance(ctx context.Context, eth *ethclient.Client, token, who common.Address) (tokenBalance, error) {
	erc, err := datatoken.NewERC20(eth, token, nil)
	if err != nil {
		return tokenBalance{}, err
	}
	dec, err := erc.Decimals(ctx)
	if err != nil {
		return tokenBalance{}, fmt.Errorf("token %s: not an ERC20 token on this chain: %w", token.Hex(), err)
	}
	sym, err := erc.Symbol(ctx)
	if err != nil {
		return tokenBalance{}, fmt.Errorf("token %s: %w", token.Hex(), err)
	}
	bal, err := erc.Balance(ctx, who)
	if err != nil {
		return tokenBalance{}, fmt.Errorf("token %s: %w", token.Hex(), err)
	}
	return tokenBalance{Token: token.Hex(), Symbol: sym, Decimals: dec, Amount: datatoken.FormatUnits(bal, dec),
		BaseUnits: bal.String()}, nil
}

// withChain connects to the configured chain only (no node) and runs f
// with the network as the presets and the address file describe it. The
// endpoint must serve the network's chain.
func (e *env) withChain(ctx context.Context, f func(*ethclient.Client, ocean.Network, ocean.Config) error) error {
	cfg, err := e.config()
	if err != nil {
		return err
	}
	url := cfg.RPCURL
	if url == "" {
		n, err := ocean.LookupNetwork(cfg.Network)
		if err != nil {
			return err
		}
		if url = n.RPCURL; url == "" {
			return usagef("network %q has no default JSON-RPC endpoint: give --rpc (or %s)", cfg.Network, ocean.EnvRPCURL)
		}
	}
	eth, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("JSON-RPC endpoint %s: %w", url, err)
	}
	defer eth.Close()
	id, err := eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("JSON-RPC endpoint %s: chain id: %w", url, err)
	}
	if !id.IsInt64() {
		return fmt.Errorf("JSON-RPC endpoint %s: chain id %s does not fit an int64", url, id)
	}
	n, err := chainNetwork(cfg, id.Int64())
	if err != nil {
		return err
	}
	return f(eth, n, cfg)
}

// chainNetwork finds the network of cfg (by name or chain id, the address
// file's entry first, then the presets) and checks it is chain id.
func chainNetwork(cfg ocean.Config, id int64) (ocean.Network, error) {
	want := firstNonEmpty(cfg.Network, fmt.Sprint(id))
	var n ocean.Network
	found := false
	if cfg.AddressFile != "" {
		b, err := os.ReadFile(cfg.AddressFile)
		if err != nil {
			return n, fmt.Errorf("address file: %w", err)
		}
		ns, err := ocean.ParseAddressFile(b)
		if err != nil {
			return n, &usageError{err}
		}
		for _, fn := range ns {
			if fn.Name == want || fmt.Sprint(fn.ChainID) == want {
				n, found = fn, true
				break
			}
		}
	}
	if !found {
		var err error
		if n, err = ocean.LookupNetwork(want); err != nil {
			if cfg.Network != "" {
				return n, err
			}
			n = ocean.Network{Name: want, ChainID: id} // an unknown chain: native coin only
		}
	}
	if n.ChainID != id {
		return n, &ocean.ChainMismatchError{Network: n.Name, Want: n.ChainID, Got: id}
	}
	return n, nil
}

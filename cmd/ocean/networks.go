package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
)

// networkInfo is one network as `ocean networks` prints it.
type networkInfo struct {
	Name    string `json:"name"`
	ChainID int64  `json:"chainId"`
	// Source is "preset" (shipped with ocean.go) or "address file"
	// (--addresses).
	Source string `json:"source"`
	RPCURL string `json:"rpcUrl,omitempty"`
	Node   string `json:"nodeUrl,omitempty"`
	// Contracts maps each deployed contract to its address; Missing lists
	// the contracts ocean.go knows that the network lacks.
	Contracts map[string]string `json:"contracts"`
	Missing   []string          `json:"missing,omitempty"`
}

// namedContract is one contract of addresses.Contracts by its CLI name.
type namedContract struct {
	name string
	addr common.Address
}

// contractsOf lists c's contracts in a fixed order.
func contractsOf(c addresses.Contracts) []namedContract {
	return []namedContract{
		{"Ocean", c.Ocean},
		{"ERC721Factory", c.ERC721Factory},
		{"Router", c.Router},
		{"FixedRateExchange", c.FixedRateExchange},
		{"FixedRateExchangeEnterprise", c.FixedRateExchangeEnterprise},
		{"Dispenser", c.Dispenser},
		{"Escrow", c.Escrow},
		{"OPFCommunityFeeCollector", c.OPFCommunityFeeCollector},
		{"EnterpriseFeeCollector", c.EnterpriseFeeCollector},
		{"AccessListFactory", c.AccessListFactory},
	}
}

func infoOf(n ocean.Network, source string) networkInfo {
	info := networkInfo{Name: n.Name, ChainID: n.ChainID, Source: source, RPCURL: n.RPCURL, Node: n.NodeURL,
		Contracts: map[string]string{}}
	for _, c := range contractsOf(n.Contracts) {
		if c.addr == (common.Address{}) {
			info.Missing = append(info.Missing, c.name)
		} else {
			info.Contracts[c.name] = c.addr.Hex()
		}
	}
	return info
}

func newNetworksCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "networks",
		Short: "List the networks ocean knows: presets and the address file's",
		Long: `List the network presets shipped with ocean (the names --network accepts, as
well as their chain ids), with their default JSON-RPC endpoint and Ocean node
where one is known, and which Ocean contracts are deployed on each. With
--addresses (or OCEAN_ADDRESS_FILE), the address file's networks follow.

A network without a default endpoint needs --rpc; without a default node,
--node. With --json, one object per network:
{"name","chainId","source","rpcUrl","nodeUrl","contracts","missing"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var infos []networkInfo
			for _, n := range ocean.Networks() {
				infos = append(infos, infoOf(n, "preset"))
			}
			cfg, err := e.configFromEnv()
			if err != nil {
				return err
			}
			if file := firstNonEmpty(e.g.addressFile, cfg.AddressFile); file != "" {
				b, err := os.ReadFile(file)
				if err != nil {
					return fmt.Errorf("address file: %w", err)
				}
				ns, err := ocean.ParseAddressFile(b)
				if err != nil {
					return &usageError{err}
				}
				for _, n := range ns {
					infos = append(infos, infoOf(n, "address file"))
				}
			}
			if e.g.json {
				for _, i := range infos {
					if err := e.printJSON(e.stdout, i); err != nil {
						return err
					}
				}
				return nil
			}
			printNetworks(e.stdout, infos)
			return nil
		},
	}
}

// printNetworks writes infos as a table.
func printNetworks(w io.Writer, infos []networkInfo) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tCHAIN ID\tSOURCE\tRPC ENDPOINT\tNODE\tCONTRACTS")
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, i := range infos {
		var contracts string
		switch total := len(i.Contracts) + len(i.Missing); {
		case len(i.Contracts) == 0:
			contracts = "none (give --addresses)"
		case len(i.Missing) == 0:
			contracts = fmt.Sprintf("all %d", total)
		default:
			contracts = fmt.Sprintf("%d of %d (no %s)", len(i.Contracts), total, strings.Join(i.Missing, ", "))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", i.Name, i.ChainID, i.Source, dash(i.RPCURL), dash(i.Node), contracts)
	}
	_ = tw.Flush()
}

// networkNames lists the preset names, for messages and completion.
func networkNames() []string {
	var names []string
	for _, n := range ocean.Networks() {
		names = append(names, n.Name)
	}
	return names
}

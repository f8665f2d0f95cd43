package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/indexer"
)

func newGetCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "get DID",
		Short: "Show an asset the indexer serves",
		Long: `Resolve DID through the indexer and print a summary: name, type, owner,
state and services with their pricing (free, or the fixed rate in the base
token, whose symbol is read from the chain when a network is configured). With --json, print the DDO exactly as the indexer serves it
(with indexedMetadata), on one line.

Exit status 3 when the indexer does not serve DID.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDID(args[0]); err != nil {
				return err
			}
			ix, err := e.indexerClient()
			if err != nil {
				return err
			}
			if e.g.json {
				raw, err := ix.ResolveRaw(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return e.printRawJSON(raw)
			}
			a, err := ix.Resolve(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			printAsset(e.stdout, a, e.symbols(cmd.Context(), a))
			return nil
		},
	}
}

// stateNames are the command-line names of the metadata states.
var stateNames = [...]string{
	ddo.StateActive:           "active",
	ddo.StateEndOfLife:        "end-of-life",
	ddo.StateDeprecated:       "deprecated",
	ddo.StateRevoked:          "revoked",
	ddo.StateOrderingDisabled: "ordering-disabled",
	ddo.StateUnlisted:         "unlisted",
}

func stateName(s ddo.MetadataState) string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state %d", s)
}

func parseState(name string) (ddo.MetadataState, bool) {
	for i, n := range stateNames {
		if n == name {
			return ddo.MetadataState(i), true
		}
	}
	return 0, false
}

// symbols returns the symbols of the base tokens a's prices name, read
// from the chain when a network is configured (best effort: an address
// stays an address when the chain cannot be asked).
func (e *env) symbols(ctx context.Context, a *ddo.Asset) map[string]string {
	out := map[string]string{}
	if a.IndexedMetadata == nil {
		return out
	}
	var tokens []string
	for _, st := range a.IndexedMetadata.Stats {
		for _, p := range st.Prices {
			if p.Type != "dispenser" && common.IsHexAddress(p.Token) {
				tokens = append(tokens, p.Token)
			}
		}
	}
	if len(tokens) == 0 {
		return out
	}
	cfg, err := e.config()
	if err != nil {
		return out
	}
	cfg.Key, cfg.JournalURL = ocean.KeySource{}, "" // read-only, nothing journaled
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := ocean.Dial(cctx, cfg)
	if err != nil {
		return out
	}
	defer s.Close()
	for _, t := range tokens {
		erc, err := datatoken.NewERC20(s.Eth, common.HexToAddress(t), nil)
		if err != nil {
			continue
		}
		if sym, err := erc.Symbol(cctx); err == nil {
			out[strings.ToLower(t)] = sym
		}
	}
	return out
}

// pricing describes how a service's datatoken is obtained, from the
// indexer's stats: "free (dispenser)", "fixed rate: 1 OCEAN per datatoken",
// or "none" when nothing sells it.
func pricing(a *ddo.Asset, s *ddo.Service, symbols map[string]string) string {
	if a.IndexedMetadata == nil {
		return ""
	}
	var out []string
	for _, st := range a.IndexedMetadata.Stats {
		if st.ServiceID != s.ID && !strings.EqualFold(st.DatatokenAddress, s.DatatokenAddress) {
			continue
		}
		for _, p := range st.Prices {
			switch p.Type {
			case "dispenser":
				out = append(out, "free (dispenser)")
			case "fixedrate":
				sym := symbols[strings.ToLower(p.Token)]
				if sym == "" {
					sym = "of token " + p.Token
				}
				out = append(out, fmt.Sprintf("fixed rate: %s %s per datatoken (plus the exchange's fees)", p.Price, sym))
			default:
				out = append(out, p.Type+" "+p.Price)
			}
		}
		if len(out) == 0 {
			out = append(out, "none (no exchange or dispenser sells the datatoken)")
		}
	}
	return strings.Join(out, "; ")
}

// printAsset writes a human summary of a.
func printAsset(w io.Writer, a *ddo.Asset, symbols map[string]string) {
	m := a.Metadata
	fmt.Fprintf(w, "%s\n", a.ID)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-12s %s\n", k+":", v)
		}
	}
	row("name", m.Name)
	row("type", m.Type)
	row("author", m.Author)
	row("license", m.License)
	row("description", firstLine(m.Description))
	row("tags", strings.Join(m.Tags, ", "))
	row("chain", fmt.Sprint(a.ChainID))
	row("data NFT", a.NFTAddress)
	if im := a.IndexedMetadata; im != nil && im.NFT != nil {
		row("owner", im.NFT.Owner)
		row("state", stateName(im.NFT.State))
	}
	row("created", m.Created)
	row("updated", m.Updated)
	for _, s := range a.Services {
		fmt.Fprintf(w, "  service %s (%s)\n", s.ID, s.Type)
		row("  name", s.Name)
		row("  datatoken", s.DatatokenAddress)
		row("  pricing", pricing(a, &s, symbols))
		row("  endpoint", s.ServiceEndpoint)
		timeout := "forever"
		if s.Timeout > 0 {
			timeout = fmt.Sprintf("%ds", s.Timeout)
		}
		row("  access", timeout)
	}
}

func firstLine(s string) string {
	line, _, cut := strings.Cut(s, "\n")
	if cut || len(line) > 100 {
		if len(line) > 100 {
			line = line[:100]
		}
		return line + "…"
	}
	return line
}

func newSearchCommand(e *env) *cobra.Command {
	var (
		s     indexer.Search
		chain int64
	)
	cmd := &cobra.Command{
		Use:   "search [TEXT]",
		Short: "Find assets by text, type, tag and owner",
		Long: `Ask the indexer for assets matching TEXT (in name, description and tags) and
every filter given. Prints one line per asset (DID, type, name), or with --json
one JSON object per asset: {"did","name","type","owner","chainId","nftAddress"}.`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				s.Text = args[0]
			}
			if s.Type != "" && s.Type != ddo.TypeDataset && s.Type != ddo.TypeAlgorithm {
				return usagef("--type must be %s or %s", ddo.TypeDataset, ddo.TypeAlgorithm)
			}
			if s.Size < 0 || s.From < 0 {
				return usagef("--limit and --offset must not be negative")
			}
			if chain != 0 {
				s.ChainIDs = []int64{chain}
			}
			ix, err := e.indexerClient()
			if err != nil {
				return err
			}
			res, err := ix.Search(cmd.Context(), s)
			if err != nil {
				return err
			}
			for _, a := range res.Assets {
				hit := searchHit{DID: a.ID, Name: a.Metadata.Name, Type: a.Metadata.Type, ChainID: a.ChainID, NFT: a.NFTAddress}
				if im := a.IndexedMetadata; im != nil && im.NFT != nil {
					hit.Owner = im.NFT.Owner
				}
				if err := e.emit(hit, func(w io.Writer) {
					fmt.Fprintf(w, "%s  %-9s  %s\n", hit.DID, hit.Type, hit.Name)
				}); err != nil {
					return err
				}
			}
			if len(res.Assets) == 0 {
				e.status("no assets found")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&s.Type, "type", "", "dataset or algorithm")
	f.StringSliceVar(&s.Tags, "tag", nil, "keep assets with this tag (repeatable: all must match)")
	f.StringVar(&s.Owner, "owner", "", "keep assets whose data NFT this address owns")
	f.Int64Var(&chain, "chain", 0, "keep assets of this chain id")
	f.IntVar(&s.Size, "limit", 20, "at most this many results")
	f.IntVar(&s.From, "offset", 0, "skip this many results")
	return cmd
}

// searchHit is one search result.
type searchHit struct {
	DID     string `json:"did"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Owner   string `json:"owner,omitempty"`
	ChainID int64  `json:"chainId"`
	NFT     string `json:"nftAddress"`
}

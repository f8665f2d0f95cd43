package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
)

type publishFlags struct {
	meta           assets.Metadata
	urls           []string
	free           bool
	price          string
	template       uint64
	accessTimeout  int64
	noChecksum     bool
	compute        bool
	allowRaw       bool
	trustAllAlgos  bool
	key            string
	serviceName    string
	serviceDescr   string
	plainDDO       bool
	nftName, nftSy string
}

func newPublishCommand(e *env) *cobra.Command {
	var o publishFlags
	cmd := &cobra.Command{
		Use:   "publish [FILE.json | --name NAME --url URL... (--free | --price AMOUNT)]",
		Short: "Publish a dataset (or, from a file, any asset) with its pricing",
		Long: `Publish an asset: a data NFT, one datatoken per service with its pricing, the
files encrypted by the node, the DDO set on the NFT, then wait until the
indexer serves it.

From flags: a dataset with one access service (--compute: a compute service)
serving the --url files, free through a dispenser (--free) or sold at a fixed
rate of --price OCEAN per datatoken. The node checks each file and publishes
its size and sha256 (--no-checksum skips this), which downloads verify.

--template chooses the datatoken template. 2 (Enterprise, the default) sells
only through the combined buy-and-order calls: an order is one transaction
(dispense or buy, then order, inside the datatoken) and no datatoken is left
in a buyer's wallet unspent. 1 (standard) also lets buyers take the steps
separately, which ocean.js's step-by-step API (dispense or buy from the
exchange, then startOrder) needs; ocean.go's orders then take two
transactions.

From FILE.json ("-": standard input): the assets.PublishParams of the Go SDK
as JSON, for anything the flags do not cover (algorithms, several services,
credentials, trusted algorithms), e.g.
  {"metadata":{"name":"..","description":"..","author":"..","license":".."},
   "services":[{"files":[{"url":"https://..."}],"pricing":{"type":"free"}}]}

Every step is journaled under --idempotency-key (default: a new key, printed):
run the same command with the same key after a failure or crash and it carries
on where it stopped, never creating a second NFT.

Prints the DID and the transactions; with --json {"did","nftAddress",
"datatokens","serviceIds","createTx","metadataTx","key"}.`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var p assets.PublishParams
			var err error
			if len(args) == 1 {
				p, err = e.publishParamsFromFile(args[0], cmd)
			} else {
				p, err = o.params()
			}
			if err != nil {
				return err
			}
			if o.key != "" {
				p.Key = o.key
			}
			if p.Key == "" {
				p.Key = newKey("publish")
			}
			if err := p.Validate(); err != nil {
				return &usageError{err}
			}
			return e.withSession(cmd.Context(), true, func(c *ocean.Client) error {
				e.status("publishing (journal key %s)", p.Key)
				pub, err := c.Assets.Publish(cmd.Context(), p)
				if err != nil {
					return err
				}
				r := publishResult{DID: pub.DID, NFT: pub.NFT.Hex(), ServiceIDs: pub.ServiceIDs,
					CreateTx: pub.CreateTx.Hex(), MetadataTx: pub.MetadataTx.Hex(), Key: p.Key}
				for _, d := range pub.Datatokens {
					r.Datatokens = append(r.Datatokens, d.Hex())
				}
				return e.emit(r, func(w io.Writer) {
					fmt.Fprintf(w, "%s\n  data NFT     %s\n", r.DID, r.NFT)
					for i, d := range r.Datatokens {
						fmt.Fprintf(w, "  service %s  datatoken %s\n", r.ServiceIDs[i], d)
					}
					fmt.Fprintf(w, "  create tx    %s\n  metadata tx  %s\n  journal key  %s\n", r.CreateTx, r.MetadataTx, r.Key)
				})
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.meta.Name, "name", "", "asset name")
	f.StringVar(&o.meta.Description, "description", "", "asset description (default: the name)")
	f.StringVar(&o.meta.Author, "author", "", "author (default: the account)")
	f.StringVar(&o.meta.License, "license", "", "license (default: \"No License Specified\")")
	f.StringSliceVar(&o.meta.Tags, "tag", nil, "tag (repeatable)")
	f.StringArrayVar(&o.urls, "url", nil, "URL of a file of the service (repeatable)")
	f.BoolVar(&o.free, "free", false, "give datatokens away through a dispenser")
	f.StringVar(&o.price, "price", "", "sell datatokens for this many OCEAN (decimal) at a fixed rate")
	f.Uint64Var(&o.template, "template", datatoken.TemplateEnterprise, "datatoken template: 2 Enterprise (one-transaction orders), 1 standard (also sold step by step, as ocean.js's step-by-step API buys)")
	f.Int64Var(&o.accessTimeout, "access-timeout", 0, "seconds an order gives access (0: forever)")
	f.BoolVar(&o.noChecksum, "no-checksum", false, "do not publish the files' size and sha256")
	f.BoolVar(&o.compute, "compute", false, "publish a compute-to-data service instead of an access service")
	f.BoolVar(&o.allowRaw, "allow-raw-algorithm", false, "compute: accept algorithms given as code")
	f.BoolVar(&o.trustAllAlgos, "trust-all-algorithms", false, "compute: accept every published algorithm")
	f.StringVar(&o.serviceName, "service-name", "", "service name")
	f.StringVar(&o.serviceDescr, "service-description", "", "service description")
	f.BoolVar(&o.plainDDO, "plain-ddo", false, "set the DDO on chain unencrypted")
	f.StringVar(&o.nftName, "nft-name", "", "data NFT name (default: from the key)")
	f.StringVar(&o.nftSy, "nft-symbol", "", "data NFT symbol (default: from the key)")
	f.StringVar(&o.key, "idempotency-key", "", "journal key (default: a new one); reuse it to resume")
	return cmd
}

// publishParamsFromFile reads PublishParams from a JSON file; publish
// flags other than the key cannot be combined with it.
func (e *env) publishParamsFromFile(name string, cmd *cobra.Command) (assets.PublishParams, error) {
	var p assets.PublishParams
	changed := false
	cmd.LocalFlags().Visit(func(f *pflag.Flag) {
		if f.Name != "idempotency-key" {
			changed = true
		}
	})
	if changed {
		return p, usagef("give FILE.json or the asset flags, not both")
	}
	data, err := readInput(e, name)
	if err != nil {
		return p, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, usagef("%s: %v", name, err)
	}
	return p, nil
}

// params builds PublishParams from the flags.
func (o *publishFlags) params() (assets.PublishParams, error) {
	m := o.meta
	if m.Name == "" || len(o.urls) == 0 {
		return assets.PublishParams{}, usagef("give --name and at least one --url (or FILE.json)")
	}
	if m.Description == "" {
		m.Description = m.Name
	}
	if m.License == "" {
		m.License = "No License Specified"
	}
	if m.Author == "" {
		m.Author = "ocean.go"
	}
	svc := assets.ServiceParams{Name: o.serviceName, Description: o.serviceDescr, Timeout: o.accessTimeout,
		Checksum: !o.noChecksum}
	for _, u := range o.urls {
		svc.Files = append(svc.Files, assets.File{URL: u})
	}
	switch {
	case o.free && o.price != "":
		return assets.PublishParams{}, usagef("--free and --price exclude each other")
	case o.free:
		svc.Pricing = assets.Pricing{Type: assets.PricingFree}
	case o.price != "":
		rate, err := parseAmount("--price", o.price)
		if err != nil {
			return assets.PublishParams{}, err
		}
		if rate.Sign() <= 0 {
			return assets.PublishParams{}, usagef("--price must be a positive decimal number of OCEAN, got %q", o.price)
		}
		svc.Pricing = assets.Pricing{Type: assets.PricingFixed, Rate: rate}
	default:
		return assets.PublishParams{}, usagef("choose the pricing: --free or --price AMOUNT")
	}
	if o.template != datatoken.TemplateStandard && o.template != datatoken.TemplateEnterprise {
		return assets.PublishParams{}, usagef("--template must be %d (Enterprise) or %d (standard), got %d",
			datatoken.TemplateEnterprise, datatoken.TemplateStandard, o.template)
	}
	svc.Pricing.Template = o.template
	if o.compute {
		svc.Type = ddo.ServiceCompute
		svc.Compute = &assets.ComputeOptions{AllowRawAlgorithm: o.allowRaw}
		if o.trustAllAlgos {
			svc.Compute.TrustedAlgorithms = []ddo.TrustedAlgorithm{ddo.AllowAll()}
			svc.Compute.TrustedPublishers = []string{ddo.Wildcard}
		}
	} else if o.allowRaw || o.trustAllAlgos {
		return assets.PublishParams{}, usagef("--allow-raw-algorithm and --trust-all-algorithms need --compute")
	}
	return assets.PublishParams{NFTName: o.nftName, NFTSymbol: o.nftSy, Metadata: m,
		Services: []assets.ServiceParams{svc}, PlainDDO: o.plainDDO}, nil
}

// publishResult is what publish prints.
type publishResult struct {
	DID        string   `json:"did"`
	NFT        string   `json:"nftAddress"`
	Datatokens []string `json:"datatokens"`
	ServiceIDs []string `json:"serviceIds"`
	CreateTx   string   `json:"createTx"`
	MetadataTx string   `json:"metadataTx"`
	Key        string   `json:"key"`
}

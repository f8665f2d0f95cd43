// Marketplace shows the two ways Ocean sells access to data: a premium
// dataset sold for OCEAN on a fixed-rate exchange and a free sample given
// out by a dispenser. A publisher lists both; two buyers find them
// through the indexer, get a quote, buy or claim a datatoken, order,
// download and verify; a repeated order is reused instead of paid again;
// finally the publisher collects the sales from the exchange.
//
// With no network configured it runs on an embedded devnet:
//
//	go run ./examples/marketplace
//
// On another network: the OCEAN_* variables or flags, OCEAN_PRIVATE_KEY
// for the publisher, OCEAN_BUYER1_PRIVATE_KEY and OCEAN_BUYER2_PRIVATE_KEY
// for the buyers, and -premium and -sample with the files' URLs.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math/big"
	"os"
	"os/signal"
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// buyerKeyEnvs name the variables holding the buyers' keys on a
// configured network.
var buyerKeyEnvs = [2]string{"OCEAN_BUYER1_PRIVATE_KEY", "OCEAN_BUYER2_PRIVATE_KEY"}

// config is what run needs.
type config struct {
	publisher ocean.Config
	buyers    [2]ocean.Config
	// premiumURL and sampleURL are the files of the two datasets.
	premiumURL, sampleURL string
	// price is the premium dataset's price per datatoken, in OCEAN base
	// units.
	price *big.Int
	// key prefixes the idempotency keys of the journaled flows.
	key string
}

func main() {
	log.SetFlags(0)
	var (
		nf  examplenet.Flags
		cfg config
	)
	nf.Register(flag.CommandLine)
	flag.StringVar(&cfg.premiumURL, "premium", "", "URL of the premium dataset's file (devnet: generated)")
	flag.StringVar(&cfg.sampleURL, "sample", "", "URL of the free sample's file (devnet: generated)")
	flag.StringVar(&cfg.key, "key", fmt.Sprintf("marketplace/%d", time.Now().Unix()), "idempotency key prefix of the journaled flows")
	flag.Parse()
	cfg.price = new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := start(ctx, nf, cfg, os.Stdout); err != nil {
		log.Fatal("marketplace: ", err)
	}
}

// start runs on the configured network, or on a devnet.
func start(ctx context.Context, nf examplenet.Flags, cfg config, out io.Writer) error {
	cfgs, net, err := nf.Parties(ctx, buyerKeyEnvs[:]...)
	if err != nil {
		return err
	}
	cfg.publisher, cfg.buyers = cfgs[0], [2]ocean.Config{cfgs[1], cfgs[2]}
	if net != nil {
		defer net.Close()
		if err := devnetFiles(net, &cfg); err != nil {
			return err
		}
	}
	if cfg.premiumURL == "" || cfg.sampleURL == "" {
		return fmt.Errorf("-premium and -sample are required on a configured network")
	}
	return run(ctx, cfg, out)
}

// devnetFiles serves the two datasets from the devnet's file origin.
func devnetFiles(net *examplenet.Devnet, cfg *config) error {
	return errors.Join(net.Host(&cfg.premiumURL, "premium.csv", examplenet.Sample(64<<10)),
		net.Host(&cfg.sampleURL, "sample.csv", examplenet.Sample(1<<10)))
}

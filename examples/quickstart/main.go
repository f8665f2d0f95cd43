// Quickstart is the main job of ocean.go, step by step with timings:
// publish a dataset and sell it on a fixed-rate exchange, buy and order
// it from a second account, download it and verify its sha256, then run a
// compute-to-data job on it with a published algorithm and fetch the
// result.
//
// With no network configured it runs on an embedded devnet (a dev chain
// with the Ocean contracts, an Ocean node and a file origin, in this
// process); `make demo` runs it that way:
//
//	go run ./examples/quickstart
//
// On another network, the OCEAN_* variables (see ocean.ConfigFromEnv) or
// the flags name it, OCEAN_PRIVATE_KEY is the publisher and
// OCEAN_CONSUMER_PRIVATE_KEY the consumer, and the files are given by
// URL (the node must be able to fetch them):
//
//	OCEAN_NETWORK=sepolia OCEAN_RPC_URL=… OCEAN_NODE_URL=… \
//	OCEAN_PRIVATE_KEY=… OCEAN_CONSUMER_PRIVATE_KEY=… \
//	go run ./examples/quickstart -data https://…/data.csv -algo https://…/summary.sh
//
// Without -algo on such a network, the compute part is skipped.
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
	"strings"
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// consumerKeyEnv names the variable holding the consumer's key on a
// configured network.
const consumerKeyEnv = "OCEAN_CONSUMER_PRIVATE_KEY"

// summaryAlgo is the algorithm the quickstart publishes: a shell script
// that summarizes each input dataset (rows and sha256) into outputs/.
// A compute job sees its datasets as inputs/<did>/<file index> and
// returns what it writes to outputs/.
const summaryAlgo = `set -e
for f in inputs/did:op:*/0; do
  echo "rows: $(($(wc -l < "$f") - 1))"
  echo "sha256: $(sha256sum "$f" | cut -d' ' -f1)"
done > outputs/summary.txt
echo "summarized $(ls inputs | wc -l) dataset(s)"
`

func main() {
	log.SetFlags(0)
	var (
		nf  examplenet.Flags
		cfg config
	)
	nf.Register(flag.CommandLine)
	flag.StringVar(&cfg.dataURL, "data", "", "URL of the dataset file to publish (devnet: a generated CSV)")
	flag.StringVar(&cfg.algoURL, "algo", "", "URL of the algorithm's code, a shell script (devnet: a built-in one)")
	flag.StringVar(&cfg.algoDigest, "algo-digest", zeroDigest, "digest of the alpine:3.20 image the algorithm runs in (a real node checks it)")
	flag.StringVar(&cfg.outDir, "out", "", "directory to keep the downloaded file and the job's output in")
	flag.StringVar(&cfg.key, "key", fmt.Sprintf("quickstart/%d", time.Now().Unix()), "idempotency key prefix of the journaled flows (reuse it with OCEAN_JOURNAL_DIR to resume)")
	price := flag.String("price", "2", "price of one datatoken, in OCEAN")
	flag.Parse()
	var err error
	if cfg.price, err = datatoken.ParseUnits(*price, 18); err != nil || cfg.price.Sign() <= 0 {
		log.Fatalf("quickstart: -price %q is not a positive number of OCEAN", *price)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := start(ctx, nf, cfg, os.Stdout); err != nil {
		log.Fatal("quickstart: ", err)
	}
}

// start runs the quickstart on the configured network, or on a devnet it
// starts when none is configured.
func start(ctx context.Context, nf examplenet.Flags, cfg config, out io.Writer) error {
	t := time.Now()
	cfgs, net, err := nf.Parties(ctx, consumerKeyEnv)
	if err != nil {
		return err
	}
	cfg.publisher, cfg.consumer = cfgs[0], cfgs[1]
	if net == nil {
		if cfg.dataURL == "" {
			return fmt.Errorf("-data is required on a configured network")
		}
		return run(ctx, cfg, out)
	}
	defer net.Close()
	fmt.Fprintf(out, "embedded devnet started in %s: chain %d at %s, Ocean node at %s\n",
		time.Since(t).Round(time.Millisecond), net.ChainID(), net.RPCURL(), net.NodeURL())
	if err := devnetFiles(net, &cfg); err != nil {
		return err
	}
	// The devnet's node has no rate limit: watch the job closely.
	cfg.watch = compute.WatchOptions{MinInterval: 100 * time.Millisecond, MaxInterval: time.Second}
	return run(ctx, cfg, out)
}

// devnetFiles puts the dataset and the algorithm on the devnet's file
// origin, unless their URLs were given.
func devnetFiles(net *examplenet.Devnet, cfg *config) error {
	return errors.Join(net.Host(&cfg.dataURL, "squares.csv", examplenet.Sample(256<<10)),
		net.Host(&cfg.algoURL, "summary.sh", strings.NewReader(summaryAlgo)))
}

// zeroDigest stands for the image digest on the devnet, whose node runs
// the algorithm's entrypoint directly and pulls no image.
const zeroDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"

// config is what run needs.
type config struct {
	// publisher and consumer are the two parties' networks and accounts.
	publisher, consumer ocean.Config
	// dataURL is the dataset's file; algoURL the algorithm's code (empty:
	// no compute job) and algoDigest its container image's digest.
	dataURL, algoURL, algoDigest string
	// price is what one datatoken (one access) costs, in OCEAN base units.
	price *big.Int
	// key prefixes the idempotency keys of the journaled flows.
	key string
	// outDir, when set, keeps the download and the job's output.
	outDir string
	// watch tunes the polling of the compute job.
	watch compute.WatchOptions
}

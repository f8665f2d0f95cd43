// Compute runs one compute-to-data job from end to end with the compute
// package, printing each step with its timing: publish a dataset with a
// compute service and the algorithm it trusts, list the node's compute
// environments, initialize the job (what it needs), pay for it (the
// orders, and the escrow of a paid environment), start it, watch every
// status change, then stream its result and its log.
//
// With no network configured it runs on an embedded devnet:
//
//	go run ./examples/compute
//
// On another network, OCEAN_PRIVATE_KEY is the publisher,
// OCEAN_CONSUMER_PRIVATE_KEY the consumer, and -data and -algo give the
// files by URL.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"strings"
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// consumerKeyEnv names the variable holding the consumer's key on a
// configured network.
const consumerKeyEnv = "OCEAN_CONSUMER_PRIVATE_KEY"

// statsAlgo is the published algorithm: it sums the second column of
// each input CSV into outputs/stats.txt and logs what it does. A job
// sees its datasets as inputs/<did>/<file index>.
const statsAlgo = `set -e
echo "datasets: $(ls inputs | wc -l)"
for f in inputs/did:op:*/0; do
  awk -F, 'NR > 1 { n++; s += $2 } END { printf "rows: %d\nsum: %.0f\n", n, s }' "$f"
done > outputs/stats.txt
cat outputs/stats.txt
`

// zeroDigest stands for the image digest on the devnet, whose node runs
// the entrypoint directly and pulls no image.
const zeroDigest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"

func main() {
	log.SetFlags(0)
	var (
		nf  examplenet.Flags
		cfg config
	)
	nf.Register(flag.CommandLine)
	flag.StringVar(&cfg.dataURL, "data", "", "URL of the dataset, a CSV whose second column is summed (devnet: a generated one)")
	flag.StringVar(&cfg.algoURL, "algo", "", "URL of the algorithm, a shell script (devnet: a built-in one)")
	flag.StringVar(&cfg.algoDigest, "algo-digest", zeroDigest, "digest of the alpine:3.20 image the algorithm runs in")
	flag.StringVar(&cfg.key, "key", fmt.Sprintf("compute/%d", time.Now().Unix()), "idempotency key prefix of the journaled flows")
	flag.DurationVar(&cfg.maxDuration, "max-duration", 5*time.Minute, "the job's maximum run time (a paid job locks price × duration in escrow)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := start(ctx, nf, cfg, os.Stdout); err != nil {
		log.Fatal("compute: ", err)
	}
}

// start runs the example on the configured network, or on a devnet.
func start(ctx context.Context, nf examplenet.Flags, cfg config, out io.Writer) error {
	cfgs, net, err := nf.Parties(ctx, consumerKeyEnv)
	if err != nil {
		return err
	}
	cfg.publisher, cfg.consumer = cfgs[0], cfgs[1]
	if net == nil {
		if cfg.dataURL == "" || cfg.algoURL == "" {
			return errors.New("-data and -algo are required on a configured network")
		}
		return run(ctx, cfg, out)
	}
	defer net.Close()
	if err := devnetFiles(net, &cfg); err != nil {
		return err
	}
	cfg.watch = compute.WatchOptions{MinInterval: 100 * time.Millisecond, MaxInterval: time.Second}
	return run(ctx, cfg, out)
}

// devnetFiles hosts the dataset and the algorithm on the devnet.
func devnetFiles(net *examplenet.Devnet, cfg *config) error {
	return errors.Join(net.Host(&cfg.dataURL, "squares.csv", examplenet.Sample(32<<10)),
		net.Host(&cfg.algoURL, "stats.sh", strings.NewReader(statsAlgo)))
}

// config is what run needs.
type config struct {
	publisher, consumer          ocean.Config
	dataURL, algoURL, algoDigest string
	key                          string
	maxDuration                  time.Duration
	watch                        compute.WatchOptions
}

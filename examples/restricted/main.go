// Restricted publishes a dataset with the rules an iExec dataset owner
// sets on a dataset order, in Ocean terms, and shows each one at work:
//
//   - allowed requesters: allow-list credentials (only listed addresses
//     may order or download: Order refuses anyone else before paying, and
//     the node refuses their downloads);
//   - the trusted algorithm: a compute service that runs exactly one
//     algorithm of one publisher (the node refuses any other);
//   - the compute environment: the node's environment with a free tier,
//     picked by id (the job is still ordered: the node checks the rules on
//     the orders);
//   - a volume cap: a datatoken cap, the most orders that can ever be
//     placed on the download service;
//   - a checksum: the file's sha256, published and checked on download
//     (a download against another checksum fails with provider.ErrIntegrity).
//
// With no network configured it runs on an embedded devnet:
//
//	go run ./examples/restricted
//
// On another network, OCEAN_PRIVATE_KEY is the publisher,
// OCEAN_ALLOWED_PRIVATE_KEY and OCEAN_ALLOWED2_PRIVATE_KEY two allowed
// requesters and OCEAN_STRANGER_PRIVATE_KEY a requester not on the list;
// -data and -algo give the files by URL.
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

// The variables holding the further parties' keys on a configured network.
var partyKeyEnvs = []string{"OCEAN_ALLOWED_PRIVATE_KEY", "OCEAN_ALLOWED2_PRIVATE_KEY", "OCEAN_STRANGER_PRIVATE_KEY"}

// countAlgo counts the dataset's rows into outputs/count.txt and its log. A compute
// job sees its datasets as inputs/<did>/<file index>.
const countAlgo = `set -e
for f in inputs/did:op:*/0; do echo "rows: $(($(wc -l < "$f") - 1))"; done | tee outputs/count.txt
`

// copyAlgo would copy the data out: the publisher never trusts it.
const copyAlgo = `cp inputs/did:op:*/0 outputs/copy.csv`

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
	flag.StringVar(&cfg.dataURL, "data", "", "URL of the dataset file (devnet: a generated CSV)")
	flag.StringVar(&cfg.algoURL, "algo", "", "URL of the trusted algorithm, a shell script (devnet: a built-in one)")
	flag.StringVar(&cfg.otherURL, "other-algo", "", "URL of an algorithm the dataset does not trust (devnet: a built-in one)")
	flag.StringVar(&cfg.algoDigest, "algo-digest", zeroDigest, "digest of the alpine:3.20 image the algorithms run in")
	flag.StringVar(&cfg.key, "key", fmt.Sprintf("restricted/%d", time.Now().Unix()), "idempotency key prefix of the journaled flows")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := start(ctx, nf, cfg, os.Stdout); err != nil {
		log.Fatal("restricted: ", err)
	}
}

// start runs the example on the configured network, or on a devnet.
func start(ctx context.Context, nf examplenet.Flags, cfg config, out io.Writer) error {
	cfgs, net, err := nf.Parties(ctx, partyKeyEnvs...)
	if err != nil {
		return err
	}
	copy(cfg.parties[:], cfgs)
	if net == nil {
		if cfg.dataURL == "" || cfg.algoURL == "" || cfg.otherURL == "" {
			return errors.New("-data, -algo and -other-algo are required on a configured network")
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

// devnetFiles hosts the dataset and the algorithms on the devnet.
func devnetFiles(net *examplenet.Devnet, cfg *config) error {
	return errors.Join(net.Host(&cfg.dataURL, "squares.csv", examplenet.Sample(64<<10)),
		net.Host(&cfg.algoURL, "count.sh", strings.NewReader(countAlgo)),
		net.Host(&cfg.otherURL, "copy.sh", strings.NewReader(copyAlgo)))
}

// config is what run needs.
type config struct {
	// parties: the publisher, two allowed requesters and a stranger.
	parties                                [4]ocean.Config
	dataURL, algoURL, otherURL, algoDigest string
	key                                    string
	watch                                  compute.WatchOptions
}

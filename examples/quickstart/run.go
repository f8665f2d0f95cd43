package main

import (
	"archive/tar"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// run is the quickstart: every step is printed to out with its duration.
func run(ctx context.Context, cfg config, out io.Writer) error {
	s := examplenet.NewSteps(out)
	q := &quickstart{cfg: cfg, s: s}

	// One ocean.Client per party: each wires the chain, the Ocean node
	// (provider and indexer routes), the contracts and the journaled
	// flows (Client.Assets) for its account.
	if err := s.Do("connect the publisher and the consumer", func() ([]string, error) { return q.connect(ctx) }); err != nil {
		return err
	}
	defer examplenet.CloseAll(q.publisher, q.consumer)

	steps := []examplenet.Step{
		{Title: "hash the dataset at its origin", F: q.hashDataset},
		{Title: "publish the dataset, sold on a fixed-rate exchange", F: q.publish},
		{Title: "buy a datatoken and order (consumer)", F: q.order},
		{Title: "download through the node and verify sha256", F: q.download},
	}
	if cfg.algoURL != "" {
		steps = append(steps,
			examplenet.Step{Title: "publish the algorithm (free, from a dispenser)", F: q.publishAlgorithm},
			examplenet.Step{Title: "add a compute service trusting it to the dataset", F: q.addComputeService},
			examplenet.Step{Title: "order both and fund the escrow (consumer)", F: q.payJob},
			examplenet.Step{Title: "start the compute job", F: q.startJob},
			examplenet.Step{Title: "watch the job until it ends", F: q.watchJob},
			examplenet.Step{Title: "fetch the job's output and log", F: q.fetchOutput})
	}
	if err := s.Run(ctx, steps...); err != nil {
		return err
	}
	if cfg.algoURL == "" {
		s.Note("no -algo given: the compute-to-data part is skipped")
	}
	s.Total()
	return nil
}

// quickstart carries what one step hands to the next.
type quickstart struct {
	cfg                 config
	s                   *examplenet.Steps
	publisher, consumer *ocean.Client

	dataSHA256 string
	dataSize   int64
	dataset    *assets.Published
	ordered    *assets.Ordered

	algo       *assets.Published
	computeSvc string
	computer   *compute.Client
	reqs       *compute.Requirements
	paid       *compute.Payment
	job        *compute.Job
	final      *compute.Status
	jobStarted time.Time
}

func (q *quickstart) connect(ctx context.Context) ([]string, error) {
	cs, err := examplenet.DialAll(ctx, q.cfg.publisher, q.cfg.consumer)
	if err != nil {
		return nil, err
	}
	q.publisher, q.consumer = cs[0], cs[1]
	if q.publisher.Assets == nil || q.consumer.Assets == nil {
		return nil, errors.New("both parties need an account")
	}
	return []string{
		fmt.Sprintf("network   %s (chain %d)", q.publisher.Network.Name, q.publisher.Network.ChainID),
		"node      " + q.publisher.Provider.BaseURL(),
		"publisher " + q.publisher.Account.Address().Hex(),
		"consumer  " + q.consumer.Account.Address().Hex(),
	}, nil
}

// hashDataset computes the checksum the publisher publishes with the
// file: consumers' downloads are checked against it.
func (q *quickstart) hashDataset(ctx context.Context) ([]string, error) {
	var err error
	q.dataSHA256, q.dataSize, err = examplenet.HashURL(ctx, q.cfg.dataURL)
	if err != nil {
		return nil, err
	}
	return []string{q.cfg.dataURL, fmt.Sprintf("%d bytes, sha256 %s", q.dataSize, q.dataSHA256)}, nil
}

// publish creates the data NFT (the asset's ownership) and a datatoken
// (the right to one access) sold for OCEAN on the fixed-rate exchange,
// has the node encrypt the file URL so that only the node can read it,
// sets the DDO (the asset's description) on the NFT and waits until the
// node's indexer serves it. Every step is journaled under the key: run
// again with the same key and the publication continues instead of
// starting over.
func (q *quickstart) publish(ctx context.Context) ([]string, error) {
	var err error
	q.dataset, err = q.publisher.Assets.Publish(ctx, assets.PublishParams{
		Key: q.cfg.key + "/dataset",
		Metadata: assets.Metadata{Name: "Squares", Description: "n and n squared, as CSV",
			Author: "ocean.go quickstart", License: "CC0-1.0", Tags: []string{"quickstart"}},
		Services: []assets.ServiceParams{{
			Name:    "download",
			Files:   []assets.File{{URL: q.cfg.dataURL, SHA256: q.dataSHA256, Size: q.dataSize}},
			Timeout: 24 * 3600, // an order gives access for a day
			Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: q.cfg.price},
		}},
	})
	if err != nil {
		return nil, err
	}
	return []string{
		"DID        " + q.dataset.DID,
		"data NFT   " + q.dataset.NFT.Hex(),
		"datatoken  " + q.dataset.Datatokens[0].Hex(),
		"price      " + examplenet.Tokens(q.cfg.price) + " OCEAN per datatoken",
		"indexed    " + fmt.Sprint(q.dataset.Asset != nil && q.dataset.Asset.ID == q.dataset.DID),
	}, nil
}

// order has the consumer buy one datatoken from the exchange and spend it
// on an order (with the Enterprise datatoken template both happen in one
// transaction). The order transaction is what the node checks before it
// serves the file.
func (q *quickstart) order(ctx context.Context) ([]string, error) {
	me := q.consumer.Account.Address()
	before, err := q.consumer.Ocean.Balance(ctx, me)
	if err != nil {
		return nil, err
	}
	q.ordered, err = q.consumer.Assets.Order(ctx, assets.OrderParams{Key: q.cfg.key + "/order", DID: q.dataset.DID,
		Asset: q.dataset.Asset})
	if err != nil {
		return nil, err
	}
	after, err := q.consumer.Ocean.Balance(ctx, me)
	if err != nil {
		return nil, err
	}
	// The order is on chain: its receipt carries the datatoken's
	// OrderStarted event naming the consumer.
	rc, err := q.consumer.Eth.TransactionReceipt(ctx, q.ordered.TxHash)
	if err != nil {
		return nil, err
	}
	o, err := datatoken.Order(rc)
	if err != nil {
		return nil, err
	}
	if o.Consumer != me {
		return nil, fmt.Errorf("order %s names consumer %s", q.ordered.TxHash.Hex(), o.Consumer.Hex())
	}
	return []string{
		"order tx   " + q.ordered.TxHash.Hex(),
		fmt.Sprintf("on chain   block %s, OrderStarted for %s", o.BlockNumber, examplenet.Short(o.Consumer.Hex())),
		"paid       " + examplenet.Tokens(before.Sub(before, after)) + " OCEAN",
	}, nil
}

// download streams the file from the node (which checks the order and
// fetches the file from its secret URL) into a sha256 hash, and into
// -out when given; nothing is held in memory. assets.Download also checks
// the size and checksum the publisher published.
func (q *quickstart) download(ctx context.Context) ([]string, error) {
	h := sha256.New()
	w, done, err := q.outFile("squares.csv", h)
	if err != nil {
		return nil, err
	}
	res, err := q.consumer.Assets.Download(ctx, assets.DownloadParamsFor(q.ordered, 0), w)
	if err = done(err); err != nil {
		return nil, err
	}
	got := hex.EncodeToString(h.Sum(nil))
	if got != q.dataSHA256 {
		return nil, fmt.Errorf("downloaded sha256 %s, published %s", got, q.dataSHA256)
	}
	return []string{fmt.Sprintf("%d bytes, sha256 %s = published", res.Size, got)}, nil
}

// outFile returns a writer to h and, with -out, to a file there, and the
// function that closes it and returns the first error.
func (q *quickstart) outFile(name string, h io.Writer) (io.Writer, func(error) error, error) {
	if q.cfg.outDir == "" {
		return h, func(err error) error { return err }, nil
	}
	f, err := os.Create(filepath.Join(q.cfg.outDir, name))
	if err != nil {
		return nil, nil, err
	}
	return io.MultiWriter(h, f), func(err error) error { return errors.Join(err, f.Close()) }, nil
}

// publishAlgorithm publishes the algorithm as an asset of its own, with
// the container it runs in; free to order, through a dispenser.
func (q *quickstart) publishAlgorithm(ctx context.Context) ([]string, error) {
	sum, size, err := examplenet.HashURL(ctx, q.cfg.algoURL)
	if err != nil {
		return nil, err
	}
	q.algo, err = q.publisher.Assets.Publish(ctx, assets.PublishParams{
		Key: q.cfg.key + "/algorithm",
		Metadata: assets.Metadata{Name: "Summary", Description: "Counts the rows of a CSV and hashes it",
			Author: "ocean.go quickstart", License: "MIT"},
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1",
			Container: ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20", Checksum: q.cfg.algoDigest}},
		Services: []assets.ServiceParams{{
			Files:   []assets.File{{URL: q.cfg.algoURL, SHA256: sum, Size: size}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
		}},
	})
	if err != nil {
		return nil, err
	}
	return []string{"DID        " + q.algo.DID}, nil
}

// addComputeService adds a compute service to the dataset: consumers can
// then run algorithms on the data without ever downloading it. The
// service trusts exactly this algorithm — its DID, its container and the
// checksum of its code — and algorithms of this publisher only, so the
// node refuses any other.
func (q *quickstart) addComputeService(ctx context.Context) ([]string, error) {
	sum, _, err := examplenet.HashURL(ctx, q.cfg.algoURL)
	if err != nil {
		return nil, err
	}
	trusted, err := ddo.TrustAlgorithm(q.algo.DDO, q.algo.ServiceIDs[0], ddo.FilesChecksum(sum))
	if err != nil {
		return nil, err
	}
	added, err := q.publisher.Assets.AddService(ctx, q.cfg.key+"/compute-service", q.dataset.DID, assets.ServiceParams{
		Type:    ddo.ServiceCompute,
		Name:    "compute",
		Files:   []assets.File{{URL: q.cfg.dataURL, SHA256: q.dataSHA256, Size: q.dataSize}},
		Timeout: 24 * 3600,
		Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: q.cfg.price},
		Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trusted},
			TrustedPublishers: []string{q.publisher.Account.Address().Hex()}},
	})
	if err != nil {
		return nil, err
	}
	q.computeSvc = added.ServiceID
	return []string{"service    " + examplenet.Short(added.ServiceID), "datatoken  " + added.Datatoken.Hex()}, nil
}

// payJob asks the node what the job needs (initialize), orders the
// dataset's compute service and the algorithm through the journaled
// order flow, and locks the job's price in the escrow contract, from
// which the node is paid what the job actually used.
func (q *quickstart) payJob(ctx context.Context) ([]string, error) {
	c := q.consumer
	var err error
	q.computer, err = compute.New(compute.Config{Provider: c.Provider, Account: c.Account,
		ChainID: int64(c.Network.ChainID), Indexer: c.Indexer,
		Escrow: c.Network.Contracts.Escrow})
	if err != nil {
		return nil, err
	}
	envs, err := q.computer.Environments(ctx)
	if err != nil {
		return nil, err
	}
	if len(envs) == 0 {
		return nil, compute.ErrNoEnvironment
	}
	env := envs[0]
	spec := compute.Spec{
		Datasets:       []compute.Asset{{DID: q.dataset.DID, ServiceID: q.computeSvc}},
		Algorithm:      compute.Algorithm{Asset: compute.Asset{DID: q.algo.DID, ServiceID: q.algo.ServiceIDs[0]}},
		Environment:    env.ID,
		MaxJobDuration: 5 * time.Minute, // escrow locks price × duration
	}
	if q.reqs, err = q.computer.Initialize(ctx, spec); err != nil {
		return nil, err
	}
	var lines []string
	for _, o := range q.reqs.Orders {
		if o.Action() != compute.ActionStart {
			continue
		}
		ord, err := c.Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/compute-order/%s", q.cfg.key, o.Role),
			DID: o.DID, ServiceID: o.ServiceID})
		if err != nil {
			return nil, err
		}
		target := &spec.Algorithm.Asset
		if o.Role == compute.RoleDataset {
			target = &spec.Datasets[o.Index]
		}
		target.OrderTx = ord.TxHash.Hex()
		lines = append(lines, fmt.Sprintf("%-10s order %s", o.Role, ord.TxHash.Hex()))
	}
	// Initialized again, the node reports the orders as valid and Pay only
	// handles the escrow.
	if q.reqs, err = q.computer.Initialize(ctx, spec); err != nil {
		return nil, err
	}
	if q.paid, err = q.computer.Pay(ctx, q.reqs); err != nil {
		return nil, err
	}
	lines = append(lines, "env        "+examplenet.Short(env.ID))
	if e := q.reqs.Escrow; e != nil {
		token := e.Token.Hex()
		if e.Token == c.Network.Contracts.Ocean {
			token = "OCEAN"
		}
		lines = append(lines, fmt.Sprintf("escrow     up to %s %s locked for the node %s", examplenet.Tokens(e.Amount), token,
			examplenet.Short(e.Payee.Hex())))
	}
	return lines, nil
}

// startJob starts the job. Starting is not idempotent (the node has no
// idempotency key): a real service journals the job id at once.
func (q *quickstart) startJob(ctx context.Context) ([]string, error) {
	var err error
	q.job, err = q.computer.Start(ctx, q.reqs, q.paid)
	if err != nil {
		return nil, err
	}
	q.jobStarted = time.Now()
	return []string{"job        " + q.job.ID}, nil
}

// watchJob polls the job's status (below the node's rate limit) and
// prints each change.
func (q *quickstart) watchJob(ctx context.Context) ([]string, error) {
	var lines []string
	for st, err := range q.computer.Watch(ctx, q.job.ID, q.cfg.watch) {
		if st != nil {
			q.final = st
			lines = append(lines, fmt.Sprintf("%7s  %d %s", time.Since(q.jobStarted).Round(time.Millisecond), st.Code, st.Code))
		}
		if err != nil {
			return lines, err
		}
	}
	return lines, nil
}

// fetchOutput streams the job's output (a tar of the algorithm's outputs
// folder) and prints the summary it wrote, then the algorithm's log.
func (q *quickstart) fetchOutput(ctx context.Context) ([]string, error) {
	pr, pw := io.Pipe()
	go func() {
		_, err := q.computer.Output(ctx, q.job.ID, pw)
		pw.CloseWithError(err)
	}()
	summary, err := readTarFile(pr, "outputs/summary.txt", 1<<16)
	pr.CloseWithError(err) // unblocks the writer if the file was found early
	if err != nil {
		return nil, err
	}
	if q.cfg.outDir != "" {
		if err := os.WriteFile(filepath.Join(q.cfg.outDir, "summary.txt"), []byte(summary), 0o644); err != nil {
			return nil, err
		}
	}
	var log strings.Builder
	if _, err := q.computer.Logs(ctx, q.job.ID, &log); err != nil {
		return nil, err
	}
	lines := []string{"outputs/summary.txt:"}
	for _, l := range examplenet.Indent(summary) {
		lines = append(lines, "  "+l)
	}
	lines = append(lines, "algorithm log:")
	for _, l := range examplenet.Indent(log.String()) {
		lines = append(lines, "  "+l)
	}
	return lines, nil
}

// readTarFile returns the content of the file name in the tar stream r,
// reading at most limit bytes of it.
func readTarFile(r io.Reader, name string, limit int64) (string, error) {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return "", fmt.Errorf("%s not in the job's output", name)
		}
		if err != nil {
			return "", err
		}
		if strings.TrimPrefix(h.Name, "./") == name {
			b, err := io.ReadAll(io.LimitReader(tr, limit))
			return string(b), err
		}
	}
}

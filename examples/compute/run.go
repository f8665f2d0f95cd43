package main

import (
	"archive/tar"
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// run is the example: every step is printed to out with its duration.
func run(ctx context.Context, cfg config, out io.Writer) error {
	s := examplenet.NewSteps(out)
	j := &job{cfg: cfg, out: out}
	if err := s.Do("connect the publisher and the consumer", func() ([]string, error) { return j.connect(ctx) }); err != nil {
		return err
	}
	defer examplenet.CloseAll(j.publisher, j.consumer)
	if err := s.Run(ctx,
		examplenet.Step{Title: "publish the algorithm", F: j.publishAlgorithm},
		examplenet.Step{Title: "publish the dataset with a compute service", F: j.publishDataset},
		examplenet.Step{Title: "list the node's compute environments", F: j.environments},
		examplenet.Step{Title: "initialize the job", F: j.initialize},
		examplenet.Step{Title: "pay: order both assets, fund the escrow", F: j.pay},
		examplenet.Step{Title: "start the job", F: j.start},
		examplenet.Step{Title: "watch every status change", F: j.watch},
		examplenet.Step{Title: "stream the result", F: j.result},
		examplenet.Step{Title: "stream the log", F: j.log},
	); err != nil {
		return err
	}
	s.Total()
	return nil
}

// job carries what one step hands to the next.
type job struct {
	cfg                 config
	out                 io.Writer
	publisher, consumer *ocean.Client

	algo, dataset *assets.Published
	computer      *compute.Client
	env           compute.Environment
	spec          compute.Spec
	reqs          *compute.Requirements
	paid          *compute.Payment
	job           *compute.Job
	started       time.Time
	statuses      []compute.StatusCode
}

func (j *job) connect(ctx context.Context) ([]string, error) {
	cs, err := examplenet.DialAll(ctx, j.cfg.publisher, j.cfg.consumer)
	if err != nil {
		return nil, err
	}
	j.publisher, j.consumer = cs[0], cs[1]
	if j.publisher.Assets == nil || j.consumer.Assets == nil {
		return nil, fmt.Errorf("both parties need an account")
	}
	c := j.consumer
	// The consumer's compute client: it signs the node's compute requests
	// and sends the escrow transactions.
	j.computer, err = compute.New(compute.Config{Provider: c.Provider, Account: c.Account,
		ChainID: int64(c.Network.ChainID), Indexer: c.Indexer,
		Escrow: c.Network.Contracts.Escrow})
	if err != nil {
		return nil, err
	}
	return []string{
		"node      " + c.Provider.BaseURL(),
		"publisher " + j.publisher.Account.Address().Hex(),
		"consumer  " + c.Account.Address().Hex(),
	}, nil
}

// publishAlgorithm publishes the script with the container it runs in,
// free to order.
func (j *job) publishAlgorithm(ctx context.Context) ([]string, error) {
	sum, size, err := examplenet.HashURL(ctx, j.cfg.algoURL)
	if err != nil {
		return nil, err
	}
	j.algo, err = j.publisher.Assets.Publish(ctx, assets.PublishParams{
		Key:      j.cfg.key + "/algorithm",
		Metadata: assets.Metadata{Name: "Stats", Description: "Counts rows and sums a column", Author: "ocean.go compute", License: "MIT"},
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1",
			Container: ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20", Checksum: j.cfg.algoDigest}},
		Services: []assets.ServiceParams{{
			Files:   []assets.File{{URL: j.cfg.algoURL, SHA256: sum, Size: size}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
		}},
	})
	if err != nil {
		return nil, err
	}
	return []string{"DID        " + j.algo.DID, "container  alpine:3.20, sh $ALGO"}, nil
}

// publishDataset publishes the dataset with only a compute service: its
// data never leaves the node, and only the algorithm above may run on it.
func (j *job) publishDataset(ctx context.Context) ([]string, error) {
	sum, size, err := examplenet.HashURL(ctx, j.cfg.dataURL)
	if err != nil {
		return nil, err
	}
	algoSum, _, err := examplenet.HashURL(ctx, j.cfg.algoURL)
	if err != nil {
		return nil, err
	}
	trust, err := ddo.TrustAlgorithm(j.algo.DDO, j.algo.ServiceIDs[0], ddo.FilesChecksum(algoSum))
	if err != nil {
		return nil, err
	}
	j.dataset, err = j.publisher.Assets.Publish(ctx, assets.PublishParams{
		Key:      j.cfg.key + "/dataset",
		Metadata: assets.Metadata{Name: "Squares", Description: "n and n squared, compute only", Author: "ocean.go compute", License: "CC0-1.0"},
		Services: []assets.ServiceParams{{
			Type: ddo.ServiceCompute, Name: "compute", Timeout: 3600,
			Files:   []assets.File{{URL: j.cfg.dataURL, SHA256: sum, Size: size}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
			// Ocean Node checks both lists: this algorithm, by this publisher.
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trust},
				TrustedPublishers: []string{j.publisher.Account.Address().Hex()}},
		}},
	})
	if err != nil {
		return nil, err
	}
	return []string{"DID        " + j.dataset.DID, fmt.Sprintf("data       %d bytes, sha256 %s", size, sum)}, nil
}

// environments lists the node's environments with their prices, and
// picks the first one for a paid job.
func (j *job) environments(ctx context.Context) ([]string, error) {
	envs, err := j.computer.Environments(ctx)
	if err != nil {
		return nil, err
	}
	if len(envs) == 0 {
		return nil, compute.ErrNoEnvironment
	}
	chain := int64(j.consumer.Network.ChainID)
	var lines []string
	for _, e := range envs {
		l := fmt.Sprintf("%s  max %ds, free tier: %v", examplenet.Short(e.ID), e.MaxJobDuration, e.AllowsFree())
		for _, t := range e.FeeTokens(chain) {
			if p, ok := e.Price(chain, t, "cpu"); ok {
				l += fmt.Sprintf(", cpu %g/min in %s", p, j.tokenName(t))
			}
		}
		lines = append(lines, l)
	}
	j.env = envs[0]
	return append(lines, "picked     "+examplenet.Short(j.env.ID)+" (paid)"), nil
}

// tokenName names the Ocean token, and shortens any other address.
func (j *job) tokenName(t common.Address) string {
	if t == j.consumer.Network.Contracts.Ocean {
		return "OCEAN"
	}
	return examplenet.Short(t.Hex())
}

// initialize asks the node what the job needs: orders and escrow.
func (j *job) initialize(ctx context.Context) ([]string, error) {
	j.spec = compute.Spec{
		Datasets:       []compute.Asset{{DID: j.dataset.DID, ServiceID: j.dataset.ServiceIDs[0]}},
		Algorithm:      compute.Algorithm{Asset: compute.Asset{DID: j.algo.DID, ServiceID: j.algo.ServiceIDs[0]}},
		Environment:    j.env.ID,
		MaxJobDuration: j.cfg.maxDuration,
	}
	var err error
	if j.reqs, err = j.computer.Initialize(ctx, j.spec); err != nil {
		return nil, err
	}
	var lines []string
	for _, o := range j.reqs.Orders {
		lines = append(lines, fmt.Sprintf("%-10s %s: %s", o.Role, examplenet.Short(o.DID), o.Action()))
	}
	if e := j.reqs.Escrow; e != nil {
		lines = append(lines, fmt.Sprintf("escrow     up to %s %s locked for the node %s", examplenet.Tokens(e.Amount), j.tokenName(e.Token), examplenet.Short(e.Payee.Hex())))
	}
	return lines, nil
}

// pay places the orders the node asked for through the journaled order
// flow, initializes again (the orders are now valid) and has Pay lock
// the escrow.
func (j *job) pay(ctx context.Context) ([]string, error) {
	var lines []string
	for _, o := range j.reqs.Orders {
		if o.Action() != compute.ActionStart {
			continue
		}
		ord, err := j.consumer.Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/order/%s/%d", j.cfg.key, o.Role, o.Index),
			DID: o.DID, ServiceID: o.ServiceID})
		if err != nil {
			return nil, err
		}
		target := &j.spec.Algorithm.Asset
		if o.Role == compute.RoleDataset {
			target = &j.spec.Datasets[o.Index]
		}
		target.OrderTx = ord.TxHash.Hex()
		lines = append(lines, fmt.Sprintf("%-10s order %s", o.Role, ord.TxHash.Hex()))
	}
	var err error
	if j.reqs, err = j.computer.Initialize(ctx, j.spec); err != nil {
		return nil, err
	}
	if j.paid, err = j.computer.Pay(ctx, j.reqs); err != nil {
		return nil, err
	}
	for _, tx := range []struct{ name, hash string }{{"deposit", j.paid.DepositTx.Hex()}, {"authorize", j.paid.AuthorizeTx.Hex()}} {
		lines = append(lines, fmt.Sprintf("%-10s %s", tx.name, tx.hash))
	}
	return lines, nil
}

// start starts the job. It is not idempotent: a real service journals
// the job id at once.
func (j *job) start(ctx context.Context) ([]string, error) {
	var err error
	if j.job, err = j.computer.Start(ctx, j.reqs, j.paid); err != nil {
		return nil, err
	}
	j.started = time.Now()
	return []string{"job        " + j.job.ID}, nil
}

// watch prints every status change until the job ends.
func (j *job) watch(ctx context.Context) ([]string, error) {
	var lines []string
	for st, err := range j.computer.Watch(ctx, j.job.ID, j.cfg.watch) {
		if st != nil {
			j.statuses = append(j.statuses, st.Code)
			lines = append(lines, fmt.Sprintf("%7s  status %d %s", time.Since(j.started).Round(time.Millisecond), st.Code, st.Code))
		}
		if err != nil {
			return lines, err
		}
	}
	return lines, nil
}

// result streams the job's output (a tar of the algorithm's outputs
// folder) straight into a tar reader and prints each file in it.
func (j *job) result(ctx context.Context) ([]string, error) {
	pr, pw := io.Pipe()
	go func() {
		_, err := j.computer.Output(ctx, j.job.ID, pw)
		pw.CloseWithError(err)
	}()
	defer pr.Close() // unblocks the writer on an early return
	var lines []string
	tr := tar.NewReader(pr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		var b strings.Builder
		if _, err := io.Copy(&b, io.LimitReader(tr, 1<<16)); err != nil {
			return nil, err
		}
		lines = append(lines, fmt.Sprintf("%s (%d bytes):", h.Name, h.Size))
		for _, l := range examplenet.Indent(b.String()) {
			lines = append(lines, "  "+l)
		}
	}
}

// log streams the algorithm's log through a line scanner; at most
// maxLogLines lines are kept for printing, the rest is counted.
func (j *job) log(ctx context.Context) ([]string, error) {
	pr, pw := io.Pipe()
	go func() {
		_, err := j.computer.Logs(ctx, j.job.ID, pw)
		pw.CloseWithError(err)
	}()
	defer pr.Close()
	var lines []string
	n := 0
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if n++; n <= maxLogLines {
			lines = append(lines, "| "+sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return append(lines, fmt.Sprintf("%d line(s) of log", n)), nil
}

// maxLogLines bounds the log lines printed.
const maxLogLines = 100

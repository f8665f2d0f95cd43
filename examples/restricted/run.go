package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// volumeCap is how many orders the download service admits, ever.
const volumeCap = 1

// run publishes the restricted dataset and shows each rule at work; every
// step is printed to out with its duration.
func run(ctx context.Context, cfg config, out io.Writer) error {
	s := examplenet.NewSteps(out)
	r := &restricted{cfg: cfg, s: s}
	if err := s.Do("connect the publisher and the three requesters", func() ([]string, error) { return r.connect(ctx) }); err != nil {
		return err
	}
	defer examplenet.CloseAll(r.clients[:]...)
	if err := s.Run(ctx,
		examplenet.Step{Title: "publish the trusted and an untrusted algorithm", F: r.publishAlgorithms},
		examplenet.Step{Title: "publish the dataset with its rules", F: r.publishDataset},
		examplenet.Step{Title: "allowed requester orders and downloads", F: r.allowedDownload},
		examplenet.Step{Title: "a download against another checksum fails", F: r.tamperedChecksum},
		examplenet.Step{Title: "a requester not on the list is refused", F: r.strangerRefused},
		examplenet.Step{Title: "an order beyond the volume cap fails", F: r.beyondCap},
		examplenet.Step{Title: "pick the node's free compute environment", F: r.pickEnvironment},
		examplenet.Step{Title: "an untrusted algorithm is refused", F: r.untrustedRefused},
		examplenet.Step{Title: "allowed requester runs the trusted algorithm", F: r.runTrusted},
	); err != nil {
		return err
	}
	s.Total()
	return nil
}

// restricted carries what one step hands to the next.
type restricted struct {
	cfg     config
	s       *examplenet.Steps
	clients [4]*ocean.Client // publisher, allowed, allowed2, stranger

	dataSHA256  string
	dataSize    int64
	trusted     *assets.Published
	untrusted   *assets.Published
	dataset     *assets.Published
	ordered     *assets.Ordered
	env         string
	computer    *compute.Client
	final       *compute.Status
	countOutput string
}

func (r *restricted) publisher() *ocean.Client { return r.clients[0] }
func (r *restricted) allowed() *ocean.Client   { return r.clients[1] }

func (r *restricted) connect(ctx context.Context) ([]string, error) {
	cs, err := examplenet.DialAll(ctx, r.cfg.parties[:]...)
	if err != nil {
		return nil, err
	}
	copy(r.clients[:], cs)
	lines := []string{fmt.Sprintf("network   %s (chain %d)", cs[0].Network.Name, cs[0].Network.ChainID)}
	for i, role := range []string{"publisher", "allowed", "allowed2", "stranger"} {
		if cs[i].Assets == nil {
			return nil, fmt.Errorf("the %s needs an account", role)
		}
		lines = append(lines, fmt.Sprintf("%-9s %s", role, cs[i].Account.Address().Hex()))
	}
	return lines, nil
}

// publishAlgorithm publishes one free algorithm running in alpine.
func (r *restricted) publishAlgorithm(ctx context.Context, name, url string) (*assets.Published, error) {
	sum, size, err := examplenet.HashURL(ctx, url)
	if err != nil {
		return nil, err
	}
	return r.publisher().Assets.Publish(ctx, assets.PublishParams{
		Key:      r.cfg.key + "/algorithm/" + name,
		Metadata: assets.Metadata{Name: name, Description: "shell algorithm", Author: "ocean.go restricted", License: "MIT"},
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1",
			Container: ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20", Checksum: r.cfg.algoDigest}},
		Services: []assets.ServiceParams{{
			Files:   []assets.File{{URL: url, SHA256: sum, Size: size}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
		}},
	})
}

func (r *restricted) publishAlgorithms(ctx context.Context) ([]string, error) {
	var err error
	if r.trusted, err = r.publishAlgorithm(ctx, "count", r.cfg.algoURL); err != nil {
		return nil, err
	}
	if r.untrusted, err = r.publishAlgorithm(ctx, "copy", r.cfg.otherURL); err != nil {
		return nil, err
	}
	return []string{"trusted    " + r.trusted.DID + " (counts rows)", "untrusted  " + r.untrusted.DID + " (copies the data out)"}, nil
}

// publishDataset publishes the dataset with every rule and prints each.
func (r *restricted) publishDataset(ctx context.Context) ([]string, error) {
	var err error
	if r.dataSHA256, r.dataSize, err = examplenet.HashURL(ctx, r.cfg.dataURL); err != nil {
		return nil, err
	}
	algoSum, _, err := examplenet.HashURL(ctx, r.cfg.algoURL)
	if err != nil {
		return nil, err
	}
	trust, err := ddo.TrustAlgorithm(r.trusted.DDO, r.trusted.ServiceIDs[0], ddo.FilesChecksum(algoSum))
	if err != nil {
		return nil, err
	}
	allow := []common.Address{r.clients[1].Account.Address(), r.clients[2].Account.Address()}
	files := []assets.File{{URL: r.cfg.dataURL, SHA256: r.dataSHA256, Size: r.dataSize}}
	r.dataset, err = r.publisher().Assets.Publish(ctx, assets.PublishParams{
		Key: r.cfg.key + "/dataset",
		Metadata: assets.Metadata{Name: "Squares (restricted)", Description: "n and n squared, for listed requesters",
			Author: "ocean.go restricted", License: "proprietary"},
		Credentials: assets.AddressCredentials(allow, nil),
		Services: []assets.ServiceParams{{
			Name: "download", Files: files, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree, Cap: big.NewInt(volumeCap)},
		}, {
			Type: ddo.ServiceCompute, Name: "compute", Files: files, Timeout: 3600,
			Pricing: assets.Pricing{Type: assets.PricingFree},
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trust},
				TrustedPublishers: []string{r.publisher().Account.Address().Hex()}},
		}},
	})
	if err != nil {
		return nil, err
	}
	return []string{
		"DID        " + r.dataset.DID,
		"rule       allowed requesters: " + examplenet.Short(allow[0].Hex()) + ", " + examplenet.Short(allow[1].Hex()) + " (everyone else refused)",
		"rule       trusted algorithm: " + examplenet.Short(r.trusted.DID) + " by " + examplenet.Short(r.publisher().Account.Address().Hex()) + " only",
		fmt.Sprintf("rule       volume cap: %d order(s) on the download service (%d datatoken minted, no more)", volumeCap, volumeCap),
		"rule       checksum: sha256 " + r.dataSHA256 + ", " + fmt.Sprint(r.dataSize) + " bytes",
	}, nil
}

// allowedDownload: an allowed requester orders (within the cap) and
// downloads; the published checksum is checked on the way.
func (r *restricted) allowedDownload(ctx context.Context) ([]string, error) {
	var err error
	r.ordered, err = r.allowed().Assets.Order(ctx, assets.OrderParams{Key: r.cfg.key + "/order/allowed",
		DID: r.dataset.DID, ServiceID: r.dataset.ServiceIDs[0]})
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	res, err := r.allowed().Assets.Download(ctx, assets.DownloadParamsFor(r.ordered, 0), h)
	if err != nil {
		return nil, err
	}
	got := hex.EncodeToString(h.Sum(nil))
	if got != r.dataSHA256 {
		return nil, fmt.Errorf("downloaded sha256 %s, published %s", got, r.dataSHA256)
	}
	return []string{
		"order tx   " + r.ordered.TxHash.Hex(),
		fmt.Sprintf("effect     %d bytes, sha256 %s = published (checked by Download)", res.Size, got),
	}, nil
}

// tamperedChecksum downloads with a DDO whose published checksum was
// altered (as if the file no longer matched what the owner published):
// Download reports provider.ErrIntegrity once the stream ends.
func (r *restricted) tamperedChecksum(ctx context.Context) ([]string, error) {
	if r.dataset.Asset == nil {
		return nil, errors.New("the dataset was not indexed")
	}
	tampered := *r.dataset.Asset
	tampered.Services = append([]ddo.Service(nil), tampered.Services...)
	bad := strings.Repeat("0", 64)
	info, err := ddo.ParseValue(fmt.Appendf(nil, `{"files":[{"index":0,"checksum":%q,"checksumType":"sha256","contentLength":%d}]}`, bad, r.dataSize))
	if err != nil {
		return nil, err
	}
	tampered.Services[0].AdditionalInformation = info
	p := assets.DownloadParamsFor(r.ordered, 0)
	p.Asset = &tampered
	_, err = r.allowed().Assets.Download(ctx, p, io.Discard)
	if !errors.Is(err, provider.ErrIntegrity) {
		return nil, fmt.Errorf("a download against sha256 %s: want provider.ErrIntegrity, got %v", examplenet.Short(bad), err)
	}
	return []string{"effect     expected sha256 " + examplenet.Short(bad) + ": provider.ErrIntegrity"}, nil
}

// strangerRefused: a requester not on the allow list is refused before
// paying (Order applies the asset's credentials as the node does), and the
// node refuses it even with an allowed requester's order.
func (r *restricted) strangerRefused(ctx context.Context) ([]string, error) {
	_, err := r.clients[3].Assets.Order(ctx, assets.OrderParams{Key: r.cfg.key + "/order/stranger",
		DID: r.dataset.DID, ServiceID: r.dataset.ServiceIDs[0]})
	var aerr *assets.AccessError
	var step *assets.StepError
	if !errors.As(err, &aerr) || !errors.As(err, &step) || step.TxHash != (common.Hash{}) {
		return nil, fmt.Errorf("the stranger's order: want an *assets.AccessError before any transaction, got %v", err)
	}
	_, err = r.clients[3].Assets.Download(ctx, assets.DownloadParamsFor(r.ordered, 0), io.Discard)
	var perr *nodehttp.Error
	if !errors.Is(err, nodehttp.ErrUnauthorized) || !errors.As(err, &perr) {
		return nil, fmt.Errorf("the stranger's download with another's order: want nodehttp.ErrUnauthorized, got %v", err)
	}
	return []string{
		"effect     refused before paying (assets.ErrNotAllowed): " + aerr.Error(),
		fmt.Sprintf("           with the allowed requester's order, refused by the node (%d, nodehttp.ErrUnauthorized): %s", perr.StatusCode, perr.Message),
	}, nil
}

// beyondCap: the second allowed requester finds the cap reached.
func (r *restricted) beyondCap(ctx context.Context) ([]string, error) {
	_, err := r.clients[2].Assets.Order(ctx, assets.OrderParams{Key: r.cfg.key + "/order/allowed2",
		DID: r.dataset.DID, ServiceID: r.dataset.ServiceIDs[0]})
	// The flow stopped before its first transaction (nothing was paid):
	// the dispenser holds no datatoken any more, which the order reads
	// from the chain before sending anything.
	if !errors.Is(err, assets.ErrSoldOut) {
		return nil, fmt.Errorf("an order beyond the cap: want assets.ErrSoldOut, got %v", err)
	}
	var step *assets.StepError
	sentNothing := !errors.As(err, &step) || step.TxHash == (common.Hash{})
	return []string{
		fmt.Sprintf("effect     refused before paying (assets.ErrSoldOut), no transaction sent: %v", sentNothing),
		"           " + err.Error(),
	}, nil
}

func (r *restricted) pickEnvironment(ctx context.Context) ([]string, error) {
	c := r.allowed()
	var err error
	r.computer, err = compute.New(compute.Config{Provider: c.Provider, Account: c.Account,
		ChainID: int64(c.Network.ChainID), Indexer: c.Indexer,
		Escrow: c.Network.Contracts.Escrow})
	if err != nil {
		return nil, err
	}
	envs, err := r.computer.Environments(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range envs {
		if e.AllowsFree() {
			r.env = e.ID
			return []string{"rule       compute environment: " + e.ID, "           (it has a free tier; the job is ordered and paid all the same, so the node checks the rules on the orders)"}, nil
		}
	}
	return nil, compute.ErrNoEnvironment
}

// spec is a job of algo on the dataset's compute service.
func (r *restricted) spec(algo *assets.Published) compute.Spec {
	return compute.Spec{
		Datasets:    []compute.Asset{{DID: r.dataset.DID, ServiceID: r.dataset.ServiceIDs[1]}},
		Algorithm:   compute.Algorithm{Asset: compute.Asset{DID: algo.DID, ServiceID: algo.ServiceIDs[0]}},
		Environment: r.env,
		// Ordered and paid (escrow, at the environment's price) rather than
		// the free tier: the node checks the dataset's rules on the orders.
		MaxJobDuration: 5 * time.Minute,
	}
}

func (r *restricted) untrustedRefused(ctx context.Context) ([]string, error) {
	_, err := r.computer.Initialize(ctx, r.spec(r.untrusted))
	// Ocean Node answers a 500 with the reason; nothing was ordered or paid.
	var perr *nodehttp.Error
	if !errors.As(err, &perr) || !strings.Contains(perr.Message, "not allowed to run") {
		return nil, fmt.Errorf("the untrusted algorithm: want a *nodehttp.Error saying it is not allowed, got %v", err)
	}
	return []string{fmt.Sprintf("effect     refused by the node (%d): %s", perr.StatusCode, perr.Message)}, nil
}

func (r *restricted) runTrusted(ctx context.Context) ([]string, error) {
	// The node says which orders the job needs; the journaled order flow
	// places them (the allow list is checked again), then the escrow is
	// funded and the job started.
	spec := r.spec(r.trusted)
	reqs, err := r.computer.Initialize(ctx, spec)
	if err != nil {
		return nil, err
	}
	for _, o := range reqs.Orders {
		if o.Action() != compute.ActionStart {
			continue
		}
		ord, err := r.allowed().Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/compute-order/%s", r.cfg.key, o.Role),
			DID: o.DID, ServiceID: o.ServiceID})
		if err != nil {
			return nil, err
		}
		target := &spec.Algorithm.Asset
		if o.Role == compute.RoleDataset {
			target = &spec.Datasets[o.Index]
		}
		target.OrderTx = ord.TxHash.Hex()
	}
	job, err := r.computer.Run(ctx, spec)
	if err != nil {
		return nil, err
	}
	if r.final, err = r.computer.Wait(ctx, job.ID, r.cfg.watch); err != nil {
		return nil, err
	}
	var log strings.Builder
	if _, err := r.computer.Logs(ctx, job.ID, &log); err != nil {
		return nil, err
	}
	r.countOutput = strings.TrimSpace(log.String())
	return []string{"job        " + job.ID, fmt.Sprintf("effect     %d %s; log: %s", r.final.Code, r.final.Code, r.countOutput)}, nil
}

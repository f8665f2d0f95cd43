package compute_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

func ExampleStatusCode() {
	for _, c := range []compute.StatusCode{compute.StatusRunning, compute.StatusAlgorithmFailed, compute.StatusFinished, 99} {
		fmt.Printf("%d %s terminal=%v failed=%v\n", c, c, c.Terminal(), c.Failed())
	}
	// Output:
	// 40 running terminal=false failed=false
	// 41 algorithm failed terminal=true failed=true
	// 70 finished terminal=true failed=false
	// 99 status 99 terminal=true failed=false
}

// ExampleClient_Run publishes a dataset on a devnet, runs a free job with
// a raw shell algorithm on it, waits for the job and reads its output.
func ExampleClient_Run() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{AllowLocalCompute: true})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	prov, err := provider.New(net.NodeURL())
	if err != nil {
		log.Fatal(err)
	}
	did, serviceID := publishForExample(ctx, net, prov, "hello compute")

	consumer := net.Accounts()[2]
	// A signer-only account: free jobs need no transactions.
	account, err := compute.NewAccount(provider.NewKeySigner(consumer.Key), nil)
	if err != nil {
		log.Fatal(err)
	}
	c, err := compute.New(compute.Config{Provider: prov, Account: account, ChainID: addresses.DevChainID})
	if err != nil {
		log.Fatal(err)
	}
	job, err := c.Run(ctx, compute.Spec{
		Free:     true,
		Datasets: []compute.Asset{{DID: did, ServiceID: serviceID}},
		Algorithm: compute.Algorithm{Raw: &compute.RawAlgorithm{
			Code:      `cat inputs/did:op:*/0 | tr a-z A-Z > outputs/upper.txt`,
			Container: ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20"},
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	// The devnode has no rate limit; real nodes want the defaults.
	st, err := c.Wait(ctx, job.ID, compute.WatchOptions{MinInterval: 20 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("status:", st.Code)

	out := c.ResultReader(ctx, job.ID, st.ResultIndex("output"))
	defer out.Close()
	tr := tar.NewReader(out)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		var b bytes.Buffer
		if _, err := io.Copy(&b, tr); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", h.Name, strings.TrimSpace(b.String()))
	}
	// Output:
	// status: finished
	// outputs/upper.txt: HELLO COMPUTE
}

// publishForExample publishes content as a dataset whose compute service
// accepts raw algorithms, and waits until the node has indexed it.
func publishForExample(ctx context.Context, net *devnet.Network, prov *provider.Client, content string) (did, serviceID string) {
	pub := net.Accounts()[1]
	tm, err := transact.New(net.Client(), pub.Address, bind.NewKeyedTransactor(pub.Key, big.NewInt(net.ChainID())).Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	factory, err := nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, tm)
	if err != nil {
		log.Fatal(err)
	}
	created, err := factory.CreateAndWait(ctx, nft.CreateParams{Name: "Example", Symbol: "EX",
		Datatoken: &datatoken.Params{Name: "Example access", Symbol: "EXA"}})
	if err != nil {
		log.Fatal(err)
	}
	fileURL, err := net.AddFile("example.txt", strings.NewReader(content))
	if err != nil {
		log.Fatal(err)
	}
	dt := created.Datatoken().Hex()
	files, err := prov.EncryptJSON(ctx, addresses.DevChainID, ddo.FilesObject{NFTAddress: created.NFT.Hex(), DatatokenAddress: dt,
		Files: []ddo.StorageObject{&ddo.URLFile{URL: fileURL, Method: "GET"}}}, provider.SignedBy(provider.NewKeySigner(pub.Key)))
	if err != nil {
		log.Fatal(err)
	}
	did, _ = ddo.DID(created.NFT.Hex(), addresses.DevChainID)
	doc := ddo.DDO{Context: []string{ddo.DefaultContext}, ID: did, Version: "4.1.0", ChainID: addresses.DevChainID, NFTAddress: created.NFT.Hex(),
		Metadata: ddo.Metadata{Created: "2026-01-01T00:00:00Z", Updated: "2026-01-01T00:00:00Z", Type: ddo.TypeDataset,
			Name: "Example", Description: "example dataset", Author: "ocean.go", License: "MIT"},
		Services: []ddo.Service{{ID: ddo.ServiceID(dt, files), Type: ddo.ServiceCompute, Files: files, DatatokenAddress: dt,
			ServiceEndpoint: net.NodeURL(), Compute: &ddo.Compute{AllowRawAlgorithm: true}}}}
	raw, err := doc.MarshalJSON()
	if err != nil {
		log.Fatal(err)
	}
	n, err := nft.New(net.Client(), created.NFT, tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err := n.SetMetaData(ctx, nft.Metadata{DecryptorURL: net.NodeURL(), Flags: []byte{0}, Data: raw, Hash: ddo.MetadataHash(raw, 0)})
	if err != nil {
		log.Fatal(err)
	}
	r, err := tm.Wait(ctx, tx)
	if err != nil {
		log.Fatal(err)
	}
	idx, err := indexer.New(net.NodeURL())
	if err != nil {
		log.Fatal(err)
	}
	if _, err := idx.WaitIndexed(ctx, did, indexer.WaitOptions{TxHash: r.TxHash}); err != nil {
		log.Fatal(err)
	}
	return did, doc.Services[0].ID
}

// ExampleClient_Watch follows a job's status changes and tells success
// from failure.
func ExampleClient_Watch() {
	var (
		ctx   = context.Background()
		c     *compute.Client // from compute.New
		jobID string          // from Start or Run
	)
	for st, err := range c.Watch(ctx, jobID, compute.WatchOptions{}) {
		var failed *compute.JobFailedError
		switch {
		case errors.Is(err, compute.ErrJobStopped):
			fmt.Println("stopped")
		case errors.As(err, &failed):
			fmt.Println("failed:", failed.Code, failed.Text)
		case err != nil:
			fmt.Println("watch:", err) // ctx, *WatchError, or a permanent node error
		default:
			fmt.Println(st.Code, st.Text)
		}
	}
}

// ExamplePayment_Apply resumes a job after a crash without paying twice:
// the journaled Payment's order ids go back into the spec.
func ExamplePayment_Apply() {
	var (
		ctx       = context.Background()
		c         *compute.Client
		spec      compute.Spec
		journaled *compute.Payment // what an earlier Pay returned
	)
	reqs, err := c.Initialize(ctx, journaled.Apply(spec))
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range reqs.Orders {
		fmt.Println(o.Role, o.DID, o.Action()) // "none" for orders still valid
	}
	paid, err := c.Pay(ctx, reqs) // sends only what is missing
	if err != nil {
		log.Fatal(err)
	}
	job, err := c.Start(ctx, reqs, paid)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(job.ID)
}

// ExampleSpec_queueAndViewers runs a paid job that may wait up to five
// minutes in the node's queue when the environment is busy (the escrow
// lock covers the run and the wait), and lets an auditor's account read
// the results: the auditor's own compute client calls Result with the
// job id.
func ExampleSpec_queueAndViewers() {
	var (
		ctx     = context.Background()
		c       *compute.Client // the job owner's client, from compute.New
		auditor common.Address
		spec    compute.Spec // datasets and algorithm
	)
	spec.MaxJobDuration = 10 * time.Minute
	spec.QueueMaxWaitTime = 5 * time.Minute
	spec.AdditionalViewers = []common.Address{auditor}
	job, err := c.Run(ctx, spec)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("job", job.ID)
}

package assets_test

import (
	"archive/tar"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
)

// Publish an algorithm and a dataset that trusts it for compute, run the
// algorithm on the data in the node's free tier, wait for the job and
// read its output. RunCompute journals every step under its key: after a
// crash, RunCompute with the same key (or Resume) carries on without
// ordering, paying or starting twice.
func ExampleClient_RunCompute() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{AllowLocalCompute: true})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	publisher := exampleClient(n, 1, journal.NewMemory())
	consumer := exampleClient(n, 2, journal.NewMemory())

	const code = "cat inputs/did:op:*/0 | wc -l | tr -d ' ' > outputs/lines.txt\n"
	algoURL, err := n.AddFile("lines.sh", strings.NewReader(code))
	if err != nil {
		log.Fatal(err)
	}
	dataURL, err := n.AddFile("data.csv", strings.NewReader("a,b\n1,2\n3,4\n"))
	if err != nil {
		log.Fatal(err)
	}
	meta := assets.Metadata{Name: "Lines", Description: "Counts lines", Author: "ocean.go", License: "MIT"}
	algo, err := publisher.Publish(ctx, assets.PublishParams{Key: "example-algorithm", Metadata: meta,
		Algorithm: &ddo.AlgorithmParams{Language: "sh", Version: "1",
			Container: ddo.Container{Entrypoint: "sh $ALGO", Image: "alpine", Tag: "3.20", Checksum: "sha256:" + strings.Repeat("0", 64)}},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: algoURL}}, Pricing: assets.Pricing{Type: assets.PricingFree}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	sum, err := ddo.FileChecksum(strings.NewReader(code))
	if err != nil {
		log.Fatal(err)
	}
	trusted, err := ddo.TrustAlgorithm(algo.DDO, algo.ServiceIDs[0], ddo.FilesChecksum(sum))
	if err != nil {
		log.Fatal(err)
	}
	data, err := publisher.Publish(ctx, assets.PublishParams{Key: "example-compute-dataset", Metadata: meta,
		Services: []assets.ServiceParams{{Type: ddo.ServiceCompute, Files: []assets.File{{URL: dataURL}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
			Compute: &assets.ComputeOptions{TrustedAlgorithms: []ddo.TrustedAlgorithm{trusted},
				TrustedPublishers: []string{publisher.Address().Hex()}}}},
	})
	if err != nil {
		log.Fatal(err)
	}

	run, err := consumer.RunCompute(ctx, assets.RunComputeParams{Key: "example-job", Spec: compute.Spec{
		Free:      true, // a paid job sets MaxJobDuration instead; RunCompute then orders and pays the escrow
		Datasets:  []compute.Asset{{DID: data.DID, ServiceID: data.ServiceIDs[0]}},
		Algorithm: compute.Algorithm{Asset: compute.Asset{DID: algo.DID, ServiceID: algo.ServiceIDs[0]}},
	}})
	if err != nil {
		log.Fatal(err)
	}
	st, err := consumer.Compute().Wait(ctx, run.Job.ID, compute.WatchOptions{MinInterval: 50 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer // a tar of the algorithm's outputs folder
	if _, err := consumer.Compute().Output(ctx, run.Job.ID, &out); err != nil {
		log.Fatal(err)
	}
	fmt.Println("status:", st.Code)
	tr := tar.NewReader(&out)
	for h, err := tr.Next(); err == nil; h, err = tr.Next() {
		if h.Name == "outputs/lines.txt" {
			lines, _ := io.ReadAll(tr)
			fmt.Printf("lines: %s", lines)
		}
	}
	// Output:
	// status: finished
	// lines: 3
}

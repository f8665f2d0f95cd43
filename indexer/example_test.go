package indexer_test

import (
	"context"
	"fmt"
	"log"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
)

// Publish a dataset on a devnet, wait until its node indexed it, resolve
// and search it.
func ExampleClient_WaitIndexed() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	// A data NFT with a datatoken and a plain DDO, sent with the nft package.
	p, err := publishDataset(ctx, net, "Sea level", "ocean")
	if err != nil {
		log.Fatal(err)
	}
	defer p.tm.Close()

	c, err := indexer.New(net.NodeURL())
	if err != nil {
		log.Fatal(err)
	}
	asset, err := c.WaitIndexed(ctx, p.did, indexer.WaitOptions{TxHash: p.txHash})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(asset.Metadata.Name, asset.IndexedMetadata.NFT.State == ddo.StateActive)

	res, err := c.Search(ctx, indexer.Search{Text: "sea", Tags: []string{"ocean"}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, res.Assets[0].ID == p.did)

	// Every dataset, page after page.
	n := 0
	for _, err := range c.SearchAll(ctx, indexer.Search{Type: ddo.TypeDataset, Size: 50}) {
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	fmt.Println(n, "dataset")
	// Output:
	// Sea level true
	// 1 true
	// 1 dataset
}

// Search builds the query body ocean.js would send.
func ExampleSearch_Query() {
	q := indexer.Search{ChainIDs: []int64{8996}, Type: "algorithm", Size: 5}.Query()
	fmt.Println(q["size"], q["query"].(map[string]any)["bool"].(map[string]any)["filter"])
	// Output:
	// 5 [map[terms:map[chainId:[8996]]] map[term:map[metadata.type:algorithm]]]
}

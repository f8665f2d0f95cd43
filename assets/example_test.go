package assets_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/provider"
	"github.com/oceango/ocean.go/transact"
)

// exampleClient wires an assets client for devnet account i.
func exampleClient(n *devnet.Network, i int, store journal.Store) *assets.Client {
	acc := n.Accounts()[i]
	prov, err := provider.New(n.NodeURL())
	if err != nil {
		log.Fatal(err)
	}
	idx, err := indexer.New(n.NodeURL())
	if err != nil {
		log.Fatal(err)
	}
	auth := bind.NewKeyedTransactor(acc.Key, big.NewInt(n.ChainID()))
	tm, err := transact.New(n.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	// One account: the node request signer and the transaction manager of
	// the same address.
	account, err := compute.NewAccount(provider.NewKeySigner(acc.Key), tm)
	if err != nil {
		log.Fatal(err)
	}
	c, err := assets.New(assets.Config{Provider: prov, Indexer: idx, Backend: n.Client(), Account: account,
		Journal: store, ChainID: addresses.DevChainID,
		Contracts: n.Contracts()})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

// Publish a free dataset, order it as another account and download it.
func Example() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	fileURL, err := n.AddFile("data.csv", strings.NewReader("a,b\n1,2\n"))
	if err != nil {
		log.Fatal(err)
	}
	publisher := exampleClient(n, 1, journal.NewMemory())
	consumer := exampleClient(n, 2, journal.NewMemory())

	pub, err := publisher.Publish(ctx, assets.PublishParams{
		Key:      "example-dataset", // publishing again with this key resumes, never duplicates
		Metadata: assets.Metadata{Name: "Example", Description: "A CSV", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{
			Files:   []assets.File{{URL: fileURL}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
			Timeout: 86400, Checksum: true,
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	order, err := consumer.Order(ctx, assets.OrderParams{Key: "example-order", DID: pub.DID})
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := consumer.Download(ctx, assets.DownloadParamsFor(order, 0), &buf); err != nil {
		log.Fatal(err)
	}
	fmt.Println("indexed:", pub.Asset.ID == pub.DID)
	fmt.Printf("content: %q\n", buf.String())
	// Output:
	// indexed: true
	// content: "a,b\n1,2\n"
}

// Resume continues a flow after a crash, from the journal directory the
// crashed process used.
func ExampleClient_Resume() {
	ctx := context.Background()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	store := journal.NewMemory() // journal.Open(dir) in production
	c := exampleClient(n, 1, store)
	resumed, err := c.ResumeAll(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("unfinished flows resumed:", len(resumed))
	// Output:
	// unfinished flows resumed: 0
}

// Ocean Node serves a short document in place of a revoked asset;
// Consumable says why it cannot be ordered, before anything is paid.
func ExampleConsumable() {
	var stub ddo.Asset
	if err := json.Unmarshal([]byte(`{"id":"did:ope:0d7cd1ba7b1ef8bb5ee05d1f1a0b7a8d7ecf6e0c3d4b0ea0ec3c5ac6a3a6bd5e","version":"deprecated","chainId":8996,
		"nftAddress":"0x1f8E8D5A4D5B4c84a4e4D1a8Cc2A0F1cB4d3e5F6","indexedMetadata":{"nft":{"state":3}}}`), &stub); err != nil {
		log.Fatal(err)
	}
	err := assets.Consumable(&stub)
	fmt.Println(errors.Is(err, assets.ErrNotConsumable))
	fmt.Println(err)
	// Output:
	// true
	// assets: asset is not consumable: did:ope:0d7cd1ba7b1ef8bb5ee05d1f1a0b7a8d7ecf6e0c3d4b0ea0ec3c5ac6a3a6bd5e is revoked (metadata state 3)
}

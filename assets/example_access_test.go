package assets_test

import (
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

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/transact"
)

// Restrict a dataset to the members of an on-chain access list: a member
// orders and downloads it, anyone else is refused before paying, and
// adding someone to the list lets them in without touching the asset.
func ExampleAccessListCredentials() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	publisher := exampleClient(n, 1, journal.NewMemory())
	member := exampleClient(n, 2, journal.NewMemory())
	stranger := exampleClient(n, 3, journal.NewMemory())

	// The publisher's list, with one member.
	owner := n.Accounts()[1]
	auth := bind.NewKeyedTransactor(owner.Key, big.NewInt(n.ChainID()))
	tm, err := transact.New(n.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer tm.Close()
	factory, err := accesslist.NewFactory(n.Client(), n.Contracts().AccessListFactory, tm)
	if err != nil {
		log.Fatal(err)
	}
	listAddr, err := factory.CreateAndWait(ctx, accesslist.CreateParams{Name: "Buyers", Symbol: "BUY",
		Members: []common.Address{member.Address()}})
	if err != nil {
		log.Fatal(err)
	}

	fileURL, err := n.AddFile("members.csv", strings.NewReader("a,b\n1,2\n"))
	if err != nil {
		log.Fatal(err)
	}
	pub, err := publisher.Publish(ctx, assets.PublishParams{
		Key:      "members-only",
		Metadata: assets.Metadata{Name: "Members only", Description: "A CSV for list members", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{
			Files:       []assets.File{{URL: fileURL}},
			Pricing:     assets.Pricing{Type: assets.PricingFree},
			Timeout:     86400,
			Credentials: assets.AccessListCredentials(addresses.DevChainID, []common.Address{listAddr}, nil),
		}},
	})
	if err != nil {
		log.Fatal(err)
	}

	order, err := member.Order(ctx, assets.OrderParams{Key: "member-order", DID: pub.DID})
	if err != nil {
		log.Fatal(err)
	}
	res, err := member.Download(ctx, assets.DownloadParamsFor(order, 0), io.Discard)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("member downloaded", res.Size, "bytes")

	_, err = stranger.Order(ctx, assets.OrderParams{Key: "stranger-order", DID: pub.DID})
	fmt.Println("stranger refused before paying:", errors.Is(err, assets.ErrNotAllowed))

	list, err := accesslist.New(n.Client(), listAddr, tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err := list.Add(ctx, stranger.Address(), "")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := tm.Wait(ctx, tx); err != nil {
		log.Fatal(err)
	}
	_, err = stranger.Order(ctx, assets.OrderParams{Key: "stranger-order", DID: pub.DID})
	fmt.Println("added to the list, ordered:", err == nil)
	// Output:
	// member downloaded 8 bytes
	// stranger refused before paying: true
	// added to the list, ordered: true
}

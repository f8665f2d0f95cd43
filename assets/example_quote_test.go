package assets_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math/big"
	"strings"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/devnet"
)

// Quote says what an order would pay, every fee included, before Order
// pays it; a second order, even from a client with an empty journal (a new
// machine), finds the first on chain and pays nothing.
func ExampleClient_Quote() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	fileURL, err := n.AddFile("priced.csv", strings.NewReader("x\n1\n"))
	if err != nil {
		log.Fatal(err)
	}
	publisher := exampleClient(n, 1, journal.NewMemory())
	pub, err := publisher.Publish(ctx, assets.PublishParams{
		Key:      "example-priced",
		Metadata: assets.Metadata{Name: "Priced", Description: "A priced CSV", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: fileURL}},
			Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}}},
	})
	if err != nil {
		log.Fatal(err)
	}

	buyer := exampleClient(n, 2, journal.NewMemory())
	q, err := buyer.Quote(ctx, assets.OrderParams{DID: pub.DID})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("pricing:", q.Pricing)
	for _, c := range q.Costs {
		fmt.Printf("%s: %s %s\n", c.What, assets.FormatUnits(c.Amount, c.Decimals), c.Symbol)
	}
	if _, err := buyer.Order(ctx, assets.OrderParams{Key: "buy", DID: pub.DID, MaxPrice: q.ExchangeTotal}); err != nil {
		log.Fatal(err)
	}

	elsewhere := exampleClient(n, 2, journal.NewMemory()) // the same account, nothing journaled
	again, err := elsewhere.Order(ctx, assets.OrderParams{Key: "buy", DID: pub.DID})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("second order reused:", again.Reused)
	// Output:
	// pricing: fixed
	// price: 1 OCEAN
	// market fee: 0 OCEAN
	// community fee: 0.001 OCEAN
	// second order reused: true
}

func ExampleFormatUnits() {
	fmt.Println(assets.FormatUnits(big.NewInt(1_001_000_000_000_000_000), 18))
	fmt.Println(assets.FormatUnits(big.NewInt(2_500_000), 6))
	// Output:
	// 1.001
	// 2.5
}

func ExampleParseUnits() {
	rate, err := assets.ParseUnits("2.5", 18) // 2.5 OCEAN per datatoken
	if err != nil {
		panic(err)
	}
	fmt.Println(rate)
	_, err = assets.ParseUnits("0.0000000000000000001", 18)
	fmt.Println(errors.Is(err, datatoken.ErrInvalidAmount))
	// Output:
	// 2500000000000000000
	// true
}

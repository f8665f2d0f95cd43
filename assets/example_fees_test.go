package assets_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/devnet"
)

// A marketplace that sells a fixed-price dataset charges its own fees: an
// order fee of 0.5 OCEAN and a 1% swap fee on the datatoken's purchase.
// The quote lists them, MaxPrice covers them, and the market's collector
// receives exactly both.
func ExampleConsumeMarketFee() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	fileURL, err := n.AddFile("sold.csv", strings.NewReader("x\n1\n"))
	if err != nil {
		log.Fatal(err)
	}
	pub, err := exampleClient(n, 1, journal.NewMemory()).Publish(ctx, assets.PublishParams{
		Key:      "example-market",
		Metadata: assets.Metadata{Name: "Sold", Description: "A CSV sold on a market", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: fileURL}},
			Pricing: assets.Pricing{Type: assets.PricingFixed, Rate: big.NewInt(1e18)}}},
	})
	if err != nil {
		log.Fatal(err)
	}

	market := common.HexToAddress("0x000000000000000000000000000000000000fee5")
	fee := assets.ConsumeMarketFee{Address: market, Token: n.Contracts().Ocean,
		Amount: big.NewInt(5e17), SwapFee: big.NewInt(1e16)}
	buyer := exampleClient(n, 2, journal.NewMemory())
	q, err := buyer.Quote(ctx, assets.OrderParams{DID: pub.DID, ConsumeMarket: fee})
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range q.Costs {
		fmt.Printf("%s: %s %s\n", c.What, assets.FormatUnits(c.Amount, c.Decimals), c.Symbol)
	}
	fmt.Println("max price:", assets.FormatUnits(q.PriceTotal(), 18))
	if _, err := buyer.Order(ctx, assets.OrderParams{Key: "buy", DID: pub.DID, ConsumeMarket: fee, MaxPrice: q.PriceTotal()}); err != nil {
		log.Fatal(err)
	}
	ocean, err := datatoken.NewERC20(n.Client(), n.Contracts().Ocean, nil)
	if err != nil {
		log.Fatal(err)
	}
	got, err := ocean.Balance(ctx, market)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("market received:", assets.FormatUnits(got, 18), "OCEAN")
	// Output:
	// price: 1 OCEAN
	// market fee: 0 OCEAN
	// community fee: 0.001 OCEAN
	// consume market fee: 0.01 OCEAN
	// consume market order fee: 0.5 OCEAN
	// max price: 1.511
	// market received: 0.51 OCEAN
}

package devnet_test

import (
	"context"
	"fmt"
	"log"

	"github.com/oceango/ocean.go/devnet"
)

func ExampleStart() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()

	publisher := net.Accounts()[0]
	balance, err := net.Client().BalanceAt(ctx, publisher.Address, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("chain:", net.ChainID())
	fmt.Println("publisher:", publisher.Address)
	fmt.Println("has ETH:", balance.Sign() > 0)
	// Output:
	// chain: 8996
	// publisher: 0xe2DD09d719Da89e5a3D0F2549c7E24566e947260
	// has ETH: true
}

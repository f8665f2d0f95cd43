package examplenet_test

import (
	"context"
	"fmt"
	"log"
	"math/big"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/examples/examplenet"
)

// Dial the first party of an embedded devnet.
func ExampleStartDevnet() {
	ctx := context.Background()
	net, err := examplenet.StartDevnet(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	c, err := ocean.Dial(ctx, net.Config(0))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	fmt.Println(c.Network.Name, c.Account.Address())
	// Output:
	// development 0xBE5449a6A97aD46c8558A3356267Ee5D2731ab5e
}

func ExampleTokens() {
	fmt.Println(examplenet.Tokens(big.NewInt(2_002_000_000_000_000_000)))
	// Output:
	// 2.002
}

package devchain_test

import (
	"context"
	"fmt"
	"log"

	"github.com/oceango/ocean.go/internal/devchain"
)

func ExampleStart() {
	ctx := context.Background()
	chain, err := devchain.Start(ctx, devchain.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer chain.Close()

	id, err := chain.Client().ChainID(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("chain id:", id)
	fmt.Println("publisher:", chain.Accounts()[0].Address)
	fmt.Println("factory deployed:", chain.Deployment().ERC721Factory != [20]byte{})
	// Output:
	// chain id: 8996
	// publisher: 0xe2DD09d719Da89e5a3D0F2549c7E24566e947260
	// factory deployed: true
}

package devnet_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"

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
	fmt.Println("provider:", net.ProviderAccount().Address)
	// Output:
	// chain: 8996
	// publisher: 0xe2DD09d719Da89e5a3D0F2549c7E24566e947260
	// has ETH: true
	// provider: 0xe08A1dAe983BC701D05E492DB80e0144f8f4b909
}

func ExampleNetwork_AddFile() {
	net, err := devnet.Start(context.Background(), devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()

	u, err := net.AddFile("data.csv", strings.NewReader("a,b\n1,2\n"))
	if err != nil {
		log.Fatal(err)
	}
	resp, err := http.Get(u)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%q\n", body)
	// Output:
	// "a,b\n1,2\n"
}

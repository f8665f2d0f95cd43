package ocean_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/devnet"
)

// Dial a local devnet over JSON-RPC, as a program would dial a public
// network, and read the publisher's OCEAN balance.
func ExampleDial() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0"})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	dir, err := os.MkdirTemp("", "ocean-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	file, err := net.AddressFile()
	if err != nil {
		log.Fatal(err)
	}
	addressFile := filepath.Join(dir, "address.json")
	if err := os.WriteFile(addressFile, file, 0o600); err != nil {
		log.Fatal(err)
	}

	publisher := net.Accounts()[0]
	client, err := ocean.Dial(ctx, ocean.Config{
		Network:     addresses.Development,
		RPCURL:      net.RPCURL(),
		NodeURL:     net.NodeURL(),
		AddressFile: addressFile,
		JournalDir:  filepath.Join(dir, "journal"),
		Signers:     ocean.NewKeySigners(publisher.Key, net.ChainID()),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()

	balance, err := client.Ocean.Balance(ctx, publisher.Address)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("network:", client.Network.Name, client.Network.ChainID)
	fmt.Println("OCEAN:", balance)
	// Output:
	// network: development 8996
	// OCEAN: 1000000000000000000000000
}

// Presets are found by name or chain id.
func ExampleLookupNetwork() {
	n, err := ocean.LookupNetwork("23294")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n.Name, n.RPCURL)
	fmt.Println("factory:", n.Contracts.ERC721Factory)
	// Output:
	// oasis_sapphire https://sapphire.oasis.io
	// factory: 0x80E63f73cAc60c1662f27D2DFd2EA834acddBaa8
}

// A service reads its configuration from OCEAN_* variables once, at start.
func ExampleConfigFromEnv() {
	cfg, err := ocean.ConfigFromEnv()
	if err != nil {
		log.Fatal(err)
	}
	client, err := ocean.Dial(context.Background(), cfg)
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()
}

package addresses_test

import (
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/addresses"
)

// Look up a network of the address file shipped with the SDK by chain id.
func ExampleFile_ByChainID() {
	name, entry, ok := addresses.Embedded().ByChainID(11155111)
	if !ok {
		log.Fatal("no sepolia")
	}
	fmt.Println(name, entry.ChainID)
	fmt.Println("factory:", entry.Contracts.ERC721Factory)
	fmt.Println("enterprise template:", entry.Contracts.ERC20Templates[2])
	// Output:
	// sepolia 11155111
	// factory: 0xEF62FB495266C72a5212A11Dce8baa79Ec0ABeB1
	// enterprise template: 0xDEfD0018969cd2d4E648209F876ADe184815f038
}

// Read a local deployment's address file (as barge or the devnet write
// it): its Contracts are what the ocean and assets packages take.
func ExampleParse() {
	f, err := addresses.Parse([]byte(`{"development": {
		"chainId": 8996,
		"ERC721Factory": "0x0000000000000000000000000000000000000001",
		"FixedPrice": "0x0000000000000000000000000000000000000002",
		"ERC20Template": {"1": "0x0000000000000000000000000000000000000003"}
	}}`))
	if err != nil {
		log.Fatal(err)
	}
	dev := f[addresses.Development]
	fmt.Println(dev.ChainID == addresses.DevChainID)
	fmt.Println(dev.Contracts.FixedRateExchange)
	fmt.Println(dev.Contracts.ERC20Templates[1])
	fmt.Println("escrow deployed:", dev.Contracts.Escrow != (common.Address{}))
	// Output:
	// true
	// 0x0000000000000000000000000000000000000002
	// 0x0000000000000000000000000000000000000003
	// escrow deployed: false
}

package transact_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/transact"
)

// Five goroutines send from one account through one manager; each waits for
// its own receipt.
func ExampleManager_Send() {
	ctx := context.Background()
	c, err := devchain.Start(ctx, devchain.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	from, to := c.Accounts()[1], c.Accounts()[2]
	auth := bind.NewKeyedTransactor(from.Key, c.ChainID())
	m, err := transact.New(c.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	ocean := oceantoken.NewOceanToken()
	data, err := ocean.TryPackTransfer(to.Address, big.NewInt(1))
	if err != nil {
		log.Fatal(err)
	}
	var wg sync.WaitGroup
	mined := make(chan uint64, 5)
	for range 5 {
		wg.Go(func() {
			tx, err := m.Send(ctx, transact.Call{To: c.Deployment().Ocean, Data: data})
			if err != nil {
				log.Fatal(err)
			}
			if r, err := m.Wait(ctx, tx); err == nil && r.Status == 1 {
				mined <- tx.Nonce()
			}
		})
	}
	wg.Wait()
	close(mined)
	fmt.Println("mined:", len(mined))
	// Output:
	// mined: 5
}

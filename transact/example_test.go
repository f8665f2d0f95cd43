package transact_test

import (
	"context"
	"fmt"
	"log"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/oceango/ocean.go/devnet"
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

// A transaction no package of ocean.go wraps goes through the manager that
// owns the account's nonces as a Call: its target and calldata, here an
// ERC-20 approve packed from a one-method ABI. A plain transfer of the
// chain's coin is a Call with Value and no Data.
func ExampleCall() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	from, to := net.Accounts()[3], net.Accounts()[4]
	auth := bind.NewKeyedTransactor(from.Key, big.NewInt(net.ChainID()))
	m, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	erc20, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"approve",
		"inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],
		"outputs":[{"name":"","type":"bool"}]}]`))
	if err != nil {
		log.Fatal(err)
	}
	data, err := erc20.Pack("approve", to.Address, big.NewInt(1e18))
	if err != nil {
		log.Fatal(err)
	}
	r, err := m.SendAndWait(ctx, transact.Call{To: net.Contracts().Ocean, Data: data, ABIs: []*abi.ABI{&erc20}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("approve mined:", r.Status == types.ReceiptStatusSuccessful)

	r, err = m.SendAndWait(ctx, transact.Call{To: to.Address, Value: big.NewInt(1e15)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("transfer mined:", r.Status == types.ReceiptStatusSuccessful)
	// Output:
	// approve mined: true
	// transfer mined: true
}

// Journaling before broadcast: every version of the transaction (the
// original and any replacement of it) reaches the hook signed, before the
// node sees it, so a crash never leaves a transaction the caller does not
// know about.
func ExampleBeforeBroadcast() {
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

	var journal []common.Hash // a durable store in real use
	record := func(tx *types.Transaction) error {
		journal = append(journal, tx.Hash())
		return nil
	}
	tx, err := m.Send(ctx, transact.Call{To: to.Address, Value: big.NewInt(1)}, transact.BeforeBroadcast(record))
	if err != nil {
		log.Fatal(err)
	}
	r, err := m.Wait(ctx, tx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("journaled:", len(journal) >= 1, "mined one of them:", slices.Contains(journal, r.TxHash))
	// Output:
	// journaled: true mined one of them: true
}

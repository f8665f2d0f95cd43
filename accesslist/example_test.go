package accesslist_test

import (
	"context"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/accesslist"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/transact"
)

// Create a list with one member, add another, remove the first, and ask
// what Ocean Node asks: is this address a member?
func ExampleFactory_CreateAndWait() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()

	accounts := net.Accounts()
	owner, alice, bob := accounts[1], accounts[2].Address, accounts[3].Address
	auth := bind.NewKeyedTransactor(owner.Key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer tm.Close()

	factory, err := accesslist.NewFactory(net.Client(), net.Contracts().AccessListFactory, tm)
	if err != nil {
		log.Fatal(err)
	}
	addr, err := factory.CreateAndWait(ctx, accesslist.CreateParams{Name: "Buyers", Symbol: "BUY",
		Members: []common.Address{alice}})
	if err != nil {
		log.Fatal(err)
	}
	list, err := accesslist.New(net.Client(), addr, tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err := list.Add(ctx, bob, "")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := tm.Wait(ctx, tx); err != nil {
		log.Fatal(err)
	}
	txs, err := list.Remove(ctx, alice)
	if err != nil {
		log.Fatal(err)
	}
	for _, tx := range txs {
		if _, err := tm.Wait(ctx, tx); err != nil {
			log.Fatal(err)
		}
	}
	for _, who := range []common.Address{alice, bob} {
		ok, err := list.Contains(ctx, who)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(who == bob, ok)
	}
	members, err := list.Members(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("members:", len(members), members[0].Account == bob)
	// Output:
	// false false
	// true true
	// members: 1 true
}

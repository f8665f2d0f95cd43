package datatoken_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math/big"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// A wrapper given a dry-run transact.Manager estimates instead of sending: the
// gas and most cost of one mint, and a revert seen before paying.
func Example_dryRun() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	tm, created := publishForExample(ctx, net, nft.CreateParams{})
	defer tm.Close()

	dry := tm.DryRun()
	dt, err := datatoken.New(net.Client(), created.Datatoken(), dry)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := dt.Mint(ctx, net.Accounts()[2].Address, big.NewInt(1e18)); err != nil {
		log.Fatal(err)
	}
	for _, e := range dry.Estimates() {
		fmt.Printf("%s: gas limit set %v, max cost set %v, depends %v\n", e.Method, e.Gas > 0, e.MaxCost.Sign() > 0, e.Depends)
	}

	// A transfer of more than the balance, first in a new dry run, would
	// revert: the error says why, and nothing is sent. (After the mint in
	// the same dry run it would be listed with Depends instead: the node
	// cannot see the mint's effect.)
	fresh, err := datatoken.New(net.Client(), created.Datatoken(), tm.DryRun())
	if err != nil {
		log.Fatal(err)
	}
	_, err = fresh.Transfer(ctx, net.Accounts()[2].Address, big.NewInt(1e18))
	var re *transact.RevertError
	fmt.Println("would revert:", errors.As(err, &re), "sent:", tm.Pending())
	// Output:
	// mint: gas limit set true, max cost set true, depends false
	// would revert: true sent: 0
}

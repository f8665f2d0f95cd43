package nft_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// Publish a data NFT with a datatoken priced at 2 OCEAN on the fixed-rate
// exchange, then announce its metadata.
func ExampleFactory_Create() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()

	publisher := net.Accounts()[1]
	auth := bind.NewKeyedTransactor(publisher.Key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer tm.Close()

	factory, err := nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err := factory.Create(ctx, nft.CreateParams{
		Name: "Iris", Symbol: "IRIS",
		Datatoken: &datatoken.Params{Name: "Iris access", Symbol: "IRA"},
		FixedRate: &datatoken.FixedRateParams{Exchange: net.Contracts().FixedRateExchange,
			BaseToken: net.Contracts().Ocean, Rate: big.NewInt(2e18)},
	})
	if err != nil {
		log.Fatal(err)
	}
	receipt, err := tm.Wait(ctx, tx)
	if err != nil {
		log.Fatal(err)
	}
	created, err := nft.ParseCreated(receipt)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("datatokens:", len(created.Datatokens))
	fmt.Println("exchange id matches:", created.ExchangeID == datatoken.ExchangeID(net.Contracts().Ocean, created.Datatoken()))

	doc := []byte(`{"@context":["https://w3id.org/did/v1"]}`)
	data, err := nft.New(net.Client(), created.NFT, tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err = data.SetMetaData(ctx, nft.Metadata{State: ddo.StateActive, DecryptorURL: net.NodeURL(),
		Flags: []byte{0}, Data: doc, Hash: sha256.Sum256(doc)})
	if err != nil {
		log.Fatal(err)
	}
	receipt, err = tm.Wait(ctx, tx)
	if err != nil {
		log.Fatal(err)
	}
	events := nft.MetadataEvents(receipt)
	fmt.Println("metadata created:", len(events) == 1 && events[0].Created)
	// Output:
	// datatokens: 1
	// exchange id matches: true
	// metadata created: true
}

// Contract failures come back typed: a stranger cannot update metadata.
func ExampleNFT_SetMetaDataState() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	manager := func(i int) *transact.Manager {
		a := net.Accounts()[i]
		auth := bind.NewKeyedTransactor(a.Key, big.NewInt(net.ChainID()))
		tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
		if err != nil {
			log.Fatal(err)
		}
		return tm
	}
	owner, stranger := manager(1), manager(2)
	defer owner.Close()
	defer stranger.Close()

	factory, _ := nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, owner)
	created, err := factory.CreateAndWait(ctx, nft.CreateParams{Name: "N", Symbol: "N"})
	if err != nil {
		log.Fatal(err)
	}
	asStranger, _ := nft.New(net.Client(), created.NFT, stranger)
	_, err = asStranger.SetMetaDataState(ctx, ddo.StateRevoked)
	var revert *transact.RevertError
	fmt.Println("missing role:", errors.Is(err, nft.ErrMissingRole))
	fmt.Println("reason:", errors.As(err, &revert) && revert.Reason == "ERC721Template: NOT METADATA_ROLE")
	// Output:
	// missing role: true
	// reason: true
}

package datatoken_test

import (
	"context"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/nft"
	"github.com/oceango/ocean.go/transact"
)

// publishForExample publishes a data NFT with a datatoken on a devnet and
// returns the publisher's manager and the datatoken.
func publishForExample(ctx context.Context, net *devnet.Network, p nft.CreateParams) (*transact.Manager, *nft.Created) {
	pub := net.Accounts()[1]
	auth := bind.NewKeyedTransactor(pub.Key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	f, err := nft.NewFactory(net.Client(), net.Contracts().ERC721Factory, tm)
	if err != nil {
		log.Fatal(err)
	}
	p.Name, p.Symbol = "Example", "EX"
	p.Datatoken = &datatoken.Params{Name: "Example access", Symbol: "EXA"}
	created, err := f.CreateAndWait(ctx, p)
	if err != nil {
		log.Fatal(err)
	}
	return tm, created
}

// A consumer orders a service, paying a provider fee the provider signed.
func ExampleToken_StartOrder() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	pubTM, created := publishForExample(ctx, net, nft.CreateParams{})
	defer pubTM.Close()

	// The publisher mints one datatoken for the consumer.
	consumer := net.Accounts()[2]
	pubDT, _ := datatoken.New(net.Client(), created.Datatoken(), pubTM)
	tx, err := pubDT.Mint(ctx, consumer.Address, big.NewInt(1e18))
	if err == nil {
		_, err = pubTM.Wait(ctx, tx)
	}
	if err != nil {
		log.Fatal(err)
	}

	// The provider's fee, as its initialize response would carry it.
	provider := net.ProviderAccount()
	fee := ddo.ProviderFee{ProviderFeeAddress: provider.Address, ProviderFeeToken: net.Contracts().Ocean,
		ProviderFeeAmount: big.NewInt(1e15), ProviderData: []byte(`{"dt":"` + created.Datatoken().Hex() + `","id":"0"}`),
		ValidUntil: big.NewInt(0)}
	if err := fee.Sign(func(digest []byte) ([]byte, error) { return crypto.Sign(digest, provider.Key) }); err != nil {
		log.Fatal(err)
	}

	auth := bind.NewKeyedTransactor(consumer.Key, big.NewInt(net.ChainID()))
	tm, err := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer tm.Close()
	dt, err := datatoken.New(net.Client(), created.Datatoken(), tm)
	if err != nil {
		log.Fatal(err)
	}
	tx, err = dt.StartOrder(ctx, datatoken.OrderParams{ProviderFee: fee})
	if err != nil {
		log.Fatal(err)
	}
	receipt, err := tm.Wait(ctx, tx)
	if err != nil {
		log.Fatal(err)
	}
	order, err := datatoken.Order(receipt)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("paid datatokens:", order.Amount)
	fmt.Println("payer is consumer:", order.Payer == consumer.Address)
	fmt.Println("order id is the mined tx:", order.TxHash == receipt.TxHash)
	// Output:
	// paid datatokens: 1000000000000000000
	// payer is consumer: true
	// order id is the mined tx: true
}

// A tampered provider fee is refused before any transaction is sent.
func ExampleProviderFee_Verify() {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	fee := ddo.ProviderFee{ProviderFeeAddress: crypto.PubkeyToAddress(key.PublicKey),
		ProviderFeeAmount: big.NewInt(100), ProviderData: []byte(`{"dt":"0x0","id":"0"}`), ValidUntil: big.NewInt(0)}
	_ = fee.Sign(func(digest []byte) ([]byte, error) { return crypto.Sign(digest, key) })
	fmt.Println("signed:", fee.Verify() == nil)

	fee.ProviderFeeAmount = big.NewInt(1)
	fmt.Println(fee.Verify() != nil)
	// Output:
	// signed: true
	// true
}

// Free datatokens from a dispenser created with the data NFT.
func ExampleDispenser_Dispense() {
	ctx := context.Background()
	net, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer net.Close()
	one := big.NewInt(1e18)
	pubTM, created := publishForExample(ctx, net, nft.CreateParams{
		Dispenser: &datatoken.DispenserParams{Dispenser: net.Contracts().Dispenser, MaxTokens: one, MaxBalance: one, WithMint: true}})
	defer pubTM.Close()

	user := net.Accounts()[3]
	auth := bind.NewKeyedTransactor(user.Key, big.NewInt(net.ChainID()))
	tm, _ := transact.New(net.Client(), auth.From, auth.Signer, transact.Options{})
	defer tm.Close()
	d, _ := datatoken.NewDispenser(net.Client(), net.Contracts().Dispenser, tm)
	tx, err := d.Dispense(ctx, created.Datatoken(), one, user.Address)
	if err == nil {
		_, err = tm.Wait(ctx, tx)
	}
	if err != nil {
		log.Fatal(err)
	}
	dt, _ := datatoken.New(net.Client(), created.Datatoken(), nil)
	bal, _ := dt.Balance(ctx, user.Address)
	fmt.Println("balance:", bal)
	// Output:
	// balance: 1000000000000000000
}

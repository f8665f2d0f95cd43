package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/accesslistfactory"
	"github.com/oceango/ocean.go/internal/contracts/dispenser"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/escrow"
	"github.com/oceango/ocean.go/internal/contracts/factoryrouter"
	"github.com/oceango/ocean.go/internal/contracts/fixedrateexchange"
	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/contracts/opfcollector"
)

// Deployment is where the Ocean contracts live on a dev chain. Account 0 is
// the owner of the token, the router, the factory and the fee collector.
type Deployment struct {
	Ocean                    common.Address // OceanToken ("OCEAN", 18 decimals)
	OPFCommunityFeeCollector common.Address
	ERC20Template            common.Address // datatoken template 1
	ERC20TemplateEnterprise  common.Address // datatoken template 2
	ERC721Template           common.Address // data NFT template 1
	AccessListTemplate       common.Address // AccessList implementation the AccessListFactory clones
	Router                   common.Address // FactoryRouter
	FixedRateExchange        common.Address
	Dispenser                common.Address
	ERC721Factory            common.Address
	Escrow                   common.Address
	AccessListFactory        common.Address
	// StartBlock is the first block after the deployment.
	StartBlock uint64
}

// Contracts returns the deployment's addresses as the SDK takes them.
func (d *Deployment) Contracts() addresses.Contracts {
	return addresses.Contracts{
		Ocean:                    d.Ocean,
		OPFCommunityFeeCollector: d.OPFCommunityFeeCollector,
		Router:                   d.Router,
		ERC721Factory:            d.ERC721Factory,
		FixedRateExchange:        d.FixedRateExchange,
		Dispenser:                d.Dispenser,
		Escrow:                   d.Escrow,
		AccessListFactory:        d.AccessListFactory,
		ERC721Templates:          map[int]common.Address{1: d.ERC721Template},
		ERC20Templates:           map[int]common.Address{1: d.ERC20Template, 2: d.ERC20TemplateEnterprise},
		StartBlock:               d.StartBlock,
	}
}

// The OCEAN the deployment mints: 1M to the owner, 100k to every other
// funded account, as Barge's deploy script does.
var (
	oceanOwner      = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	oceanPerAccount = new(big.Int).Mul(big.NewInt(100_000), big.NewInt(params.Ether))
)

// OceanBalances returns the OCEAN (in wei) the deployment mints to the owner
// and to each other account.
func OceanBalances() (owner, other *big.Int) {
	return new(big.Int).Set(oceanOwner), new(big.Int).Set(oceanPerAccount)
}

// dead is the placeholder pool template the router requires (pools are gone in v4).
var dead = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// deployer sends the deployment transactions from account 0 with explicit
// nonces, a batch at a time, and waits for their receipts.
type deployer struct {
	ctx     context.Context
	c       *Chain
	pkgDir  string
	opts    *bind.TransactOpts
	nonce   uint64
	pending []pendingTx
}

type pendingTx struct {
	what string
	tx   *types.Transaction
}

func (d *deployer) next() *bind.TransactOpts {
	o := *d.opts
	o.Nonce = new(big.Int).SetUint64(d.nonce)
	d.nonce++
	return &o
}

func (d *deployer) create(name string, ctor []byte) (common.Address, error) {
	c, ok := contracts.Lookup(name)
	if !ok {
		return common.Address{}, fmt.Errorf("devchain: unknown contract %s", name)
	}
	art, err := contracts.LoadArtifact(d.pkgDir, c.Artifact)
	if err != nil {
		return common.Address{}, err
	}
	addr, tx, err := bind.DeployContract(d.next(), art.Code, d.c.client, ctor)
	if err != nil {
		return common.Address{}, fmt.Errorf("devchain: deploy %s: %w", c.Type, err)
	}
	d.pending = append(d.pending, pendingTx{"deploy " + c.Type, tx})
	return addr, nil
}

func (d *deployer) call(what string, to common.Address, data []byte) error {
	o := d.next()
	bc := bind.NewBoundContract(to, emptyABI, d.c.client, d.c.client, d.c.client)
	tx, err := bc.RawTransact(o, data)
	if err != nil {
		return fmt.Errorf("devchain: %s: %w", what, err)
	}
	d.pending = append(d.pending, pendingTx{what, tx})
	return nil
}

// wait blocks until every pending transaction is mined and succeeded.
func (d *deployer) wait() error {
	for _, p := range d.pending {
		r, err := WaitReceipt(d.ctx, d.c.client, p.tx.Hash())
		if err != nil {
			return fmt.Errorf("devchain: %s: %w", p.what, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("devchain: %s: transaction %s reverted", p.what, p.tx.Hash())
		}
	}
	d.pending = d.pending[:0]
	return nil
}

func deployOcean(ctx context.Context, c *Chain, pkgDir string) (*Deployment, error) {
	owner := c.accounts[0]
	d := &deployer{ctx: ctx, c: c, pkgDir: pkgDir, opts: bind.NewKeyedTransactor(owner.Key, c.chainID)}
	d.opts.Context = ctx
	var err error
	if d.nonce, err = c.client.PendingNonceAt(ctx, owner.Address); err != nil {
		return nil, fmt.Errorf("devchain: nonce: %w", err)
	}
	out := &Deployment{}
	must := func(a common.Address, e error) common.Address {
		if err == nil {
			err = e
		}
		return a
	}

	// Batch 1: contracts without dependencies, and the router (its
	// constructor only records addresses).
	out.Ocean = must(d.create(contracts.OceanToken, oceantoken.NewOceanToken().PackConstructor(owner.Address)))
	out.OPFCommunityFeeCollector = must(d.create(contracts.OPFCommunityFeeCollector,
		opfcollector.NewOPFCommunityFeeCollector().PackConstructor(owner.Address, owner.Address)))
	out.ERC20Template = must(d.create(contracts.ERC20Template, nil))
	out.ERC20TemplateEnterprise = must(d.create(contracts.ERC20TemplateEnterprise, nil))
	out.ERC721Template = must(d.create(contracts.ERC721Template, nil))
	out.AccessListTemplate = must(d.create(contracts.AccessList, nil))
	if err != nil {
		return nil, err
	}
	out.Router = must(d.create(contracts.FactoryRouter, factoryrouter.NewFactoryRouter().PackConstructor(
		owner.Address, out.Ocean, dead, out.OPFCommunityFeeCollector, []common.Address{})))
	if err == nil {
		err = d.wait()
	}
	if err != nil {
		return nil, err
	}

	// Batch 2: contracts whose constructors check that code exists at the
	// templates (ERC721Factory does, with extcodesize).
	out.FixedRateExchange = must(d.create(contracts.FixedRateExchange, fixedrateexchange.NewFixedRateExchange().PackConstructor(out.Router)))
	out.Dispenser = must(d.create(contracts.Dispenser, dispenser.NewDispenser().PackConstructor(out.Router)))
	out.ERC721Factory = must(d.create(contracts.ERC721Factory, erc721factory.NewNFTFactory().PackConstructor(
		out.ERC721Template, out.ERC20Template, out.Router)))
	out.Escrow = must(d.create(contracts.Escrow, escrow.NewEscrow().PackConstructor(out.Router, common.Address{})))
	out.AccessListFactory = must(d.create(contracts.AccessListFactory, accesslistfactory.NewAccessListFactory().PackConstructor(out.AccessListTemplate)))
	if err == nil {
		err = d.wait()
	}
	if err != nil {
		return nil, err
	}

	// Batch 3: wiring and funding.
	router := factoryrouter.NewFactoryRouter()
	ocean := oceantoken.NewOceanToken()
	steps := []struct {
		what string
		to   common.Address
		data []byte
	}{
		{"router.addFactory", out.Router, router.PackAddFactory(out.ERC721Factory)},
		{"router.addFixedRateContract", out.Router, router.PackAddFixedRateContract(out.FixedRateExchange)},
		{"router.addDispenserContract", out.Router, router.PackAddDispenserContract(out.Dispenser)},
		{"factory.addTokenTemplate", out.ERC721Factory, erc721factory.NewNFTFactory().PackAddTokenTemplate(out.ERC20TemplateEnterprise)},
	}
	for i, a := range c.accounts {
		amount := oceanPerAccount
		if i == 0 {
			amount = oceanOwner
		}
		steps = append(steps, struct {
			what string
			to   common.Address
			data []byte
		}{fmt.Sprintf("ocean.mint(account %d)", i), out.Ocean, ocean.PackMint(a.Address, amount)})
	}
	for _, s := range steps {
		if err := d.call(s.what, s.to, s.data); err != nil {
			return nil, err
		}
	}
	if err := d.wait(); err != nil {
		return nil, err
	}
	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	out.StartBlock = head + 1
	return out, nil
}

// WaitReceipt polls for the receipt of hash until it is mined, and the
// chain's head includes its block, or ctx ends.
// It starts at a millisecond and backs off to 50ms, so it suits both the
// in-process chain (blocks within milliseconds) and JSON-RPC. A freshly
// started geth may answer "transaction indexing is in progress": that counts
// as not mined yet.
func WaitReceipt(ctx context.Context, b Backend, hash common.Hash) (*types.Receipt, error) {
	wait := time.Millisecond
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timer.C:
		}
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			// geth serves the receipt a moment before it publishes the new
			// head that calls read; wait for the head too.
			if h, herr := b.HeaderByNumber(ctx, nil); herr == nil && h.Number.Cmp(r.BlockNumber) >= 0 {
				return r, nil
			}
			err = ethereum.NotFound
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !errors.Is(err, ethereum.NotFound) && !isIndexing(err) {
			return nil, err
		}
		timer.Reset(wait)
		wait = min(wait*2, 50*time.Millisecond)
	}
}

func isIndexing(err error) bool {
	return err != nil && containsFold(err.Error(), "transaction indexing is in progress")
}

// Backend is what WaitReceipt needs: receipts and the head.
type Backend interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// emptyABI backs the bound contracts used only for raw transactions.
var emptyABI abi.ABI

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

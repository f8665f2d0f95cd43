package devchain_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/erc20template"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
	"github.com/oceango/ocean.go/internal/contracts/factoryrouter"
	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/devchain"
)

// backend is what both the in-process client and a JSON-RPC client offer.
type backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error)
}

func startChain(t *testing.T, opts devchain.Options) *devchain.Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, opts)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, c.Close()) })
	return c
}

func TestDeployInProcess(t *testing.T) {
	c := startChain(t, devchain.Options{NoSnapshot: true})
	checkDeployment(t, c, c.Client())
}

func TestDeployOverJSONRPC(t *testing.T) {
	c := startChain(t, devchain.Options{HTTPAddr: "127.0.0.1:0"})
	require.True(t, strings.HasPrefix(c.RPCURL(), "http://127.0.0.1:"), c.RPCURL())
	rpc, err := ethclient.DialContext(t.Context(), c.RPCURL())
	require.NoError(t, err)
	defer rpc.Close()
	checkDeployment(t, c, rpc)
}

func checkDeployment(t *testing.T, c *devchain.Chain, b backend) {
	ctx := t.Context()
	id, err := b.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, addresses.DevChainID, id.Int64())

	d := c.Deployment()
	require.NotNil(t, d)
	for name, a := range map[string]common.Address{
		"Ocean": d.Ocean, "Router": d.Router, "FRE": d.FixedRateExchange, "Dispenser": d.Dispenser,
		"Factory": d.ERC721Factory, "Escrow": d.Escrow, "ERC20Template": d.ERC20Template,
		"ERC20TemplateEnterprise": d.ERC20TemplateEnterprise, "ERC721Template": d.ERC721Template,
		"AccessListFactory": d.AccessListFactory, "OPF": d.OPFCommunityFeeCollector,
	} {
		code, err := b.CodeAt(ctx, a, nil)
		require.NoError(t, err, name)
		require.NotEmpty(t, code, "%s has no code at %s", name, a)
	}

	// The router reports what it was wired with.
	router := factoryrouter.NewFactoryRouter()
	rc := router.Instance(b, d.Router)
	opts := &bind.CallOpts{Context: ctx}
	factory, err := bind.Call(rc, opts, router.PackFactory(), router.UnpackFactory)
	require.NoError(t, err)
	require.Equal(t, d.ERC721Factory, factory)
	isFRE, err := bind.Call(rc, opts, router.PackIsFixedRateContract(d.FixedRateExchange), router.UnpackIsFixedRateContract)
	require.NoError(t, err)
	require.True(t, isFRE)
	isDisp, err := bind.Call(rc, opts, router.PackIsDispenserContract(d.Dispenser), router.UnpackIsDispenserContract)
	require.NoError(t, err)
	require.True(t, isDisp)
	notFRE, err := bind.Call(rc, opts, router.PackIsFixedRateContract(d.Dispenser), router.UnpackIsFixedRateContract)
	require.NoError(t, err)
	require.False(t, notFRE, "the dispenser must not be registered as an exchange")

	// Funded accounts: ETH from genesis, OCEAN from the deployment.
	ocean := oceantoken.NewOceanToken()
	accs := c.Accounts()
	require.Len(t, accs, 10)
	ownerOcean, otherOcean := devchain.OceanBalances()
	for i, a := range accs {
		bal, err := bind.Call(ocean.Instance(b, d.Ocean), opts, ocean.PackBalanceOf(a.Address), ocean.UnpackBalanceOf)
		require.NoError(t, err)
		want := otherOcean
		if i == 0 {
			want = ownerOcean
		}
		require.Equal(t, want.String(), bal.String(), "OCEAN of account %d", i)
		eth, err := b.BalanceAt(ctx, a.Address, nil)
		require.NoError(t, err)
		require.Positive(t, eth.Cmp(big.NewInt(params.Ether)), "ETH of account %d", i)
	}

	// The factory creates a data NFT with a datatoken, from a non-owner account.
	publisher := accs[1]
	nft, dt := createNFT(t, c, b, publisher)

	tmpl := erc721template.NewERC721Template()
	owner, err := bind.Call(tmpl.Instance(b, nft), opts, tmpl.PackOwnerOf(big.NewInt(1)), tmpl.UnpackOwnerOf)
	require.NoError(t, err)
	require.Equal(t, publisher.Address, owner)
	tokens, err := bind.Call(tmpl.Instance(b, nft), opts, tmpl.PackGetTokensList(), tmpl.UnpackGetTokensList)
	require.NoError(t, err)
	require.Equal(t, []common.Address{dt}, tokens)

	erc20 := erc20template.NewERC20Template()
	back, err := bind.Call(erc20.Instance(b, dt), opts, erc20.PackGetERC721Address(), erc20.UnpackGetERC721Address)
	require.NoError(t, err)
	require.Equal(t, nft, back)
	symbol, err := bind.Call(erc20.Instance(b, dt), opts, erc20.PackSymbol(), erc20.UnpackSymbol)
	require.NoError(t, err)
	require.Equal(t, "DT1", symbol)
}

// createNFT publishes a data NFT with a template-1 datatoken through the
// factory and returns both addresses, read from the factory's events.
func createNFT(t *testing.T, c *devchain.Chain, b backend, from devchain.Account) (nft, dt common.Address) {
	t.Helper()
	ctx := t.Context()
	d := c.Deployment()
	f := erc721factory.NewNFTFactory()
	data := f.PackCreateNftWithErc20(
		erc721factory.IFactoryNftCreateData{
			Name: "Data NFT", Symbol: "DN1", TemplateIndex: big.NewInt(1),
			TokenURI: "https://example.com/nft", Transferable: true, Owner: from.Address,
		},
		erc721factory.IFactoryErcCreateData{
			TemplateIndex: big.NewInt(1),
			Strings:       []string{"Datatoken 1", "DT1"},
			Addresses:     []common.Address{from.Address, {}, {}, {}},
			Uints:         []*big.Int{new(big.Int).Lsh(big.NewInt(1), 100), big.NewInt(0)},
			Bytess:        [][]byte{},
		},
	)
	opts := bind.NewKeyedTransactor(from.Key, c.ChainID())
	opts.Context = ctx
	tx, err := f.Instance(b, d.ERC721Factory).RawTransact(opts, data)
	require.NoError(t, err)
	r, err := devchain.WaitReceipt(ctx, b, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	for _, l := range r.Logs {
		if ev, err := f.UnpackNFTCreatedEvent(l); err == nil {
			nft = ev.NewTokenAddress
			require.Equal(t, from.Address, ev.Admin)
		}
		if ev, err := f.UnpackTokenCreatedEvent(l); err == nil {
			dt = ev.NewTokenAddress
		}
	}
	require.NotEqual(t, common.Address{}, nft, "no NFTCreated event")
	require.NotEqual(t, common.Address{}, dt, "no TokenCreated event")
	return nft, dt
}

// Blocks are produced on demand: concurrent senders from different accounts
// all get mined without anybody calling Commit.
func TestBlocksOnDemand(t *testing.T) {
	c := startChain(t, devchain.Options{SkipDeploy: true, Accounts: 4})
	require.Nil(t, c.Deployment())
	ctx := t.Context()
	b := c.Client()
	start, err := b.BlockNumber(ctx)
	require.NoError(t, err)

	var wg sync.WaitGroup
	accs := c.Accounts()
	errs := make(chan error, len(accs)*5)
	for i, a := range accs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			to := accs[(i+1)%len(accs)].Address
			for n := range uint64(5) {
				tip := big.NewInt(params.GWei)
				tx := types.MustSignNewTx(a.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
					ChainID: c.ChainID(), Nonce: n, GasTipCap: tip, GasFeeCap: big.NewInt(100 * params.GWei),
					Gas: 21000, To: &to, Value: big.NewInt(1),
				})
				if err := b.SendTransaction(ctx, tx); err != nil {
					errs <- err
					return
				}
				r, err := devchain.WaitReceipt(ctx, b, tx.Hash())
				if err == nil && r.Status != types.ReceiptStatusSuccessful {
					err = context.Canceled
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	end, err := b.BlockNumber(ctx)
	require.NoError(t, err)
	require.Greater(t, end, start)
}

// A burst of transactions, far more than the pool subscription buffers,
// from one account with consecutive nonces: the block producer keeps up
// (it once deadlocked here). Forty accounts also means forty mints in the
// deployment's last batch.
func TestBurst(t *testing.T) {
	c := startChain(t, devchain.Options{Accounts: 40})
	ctx := t.Context()
	b := c.Client()
	a := c.Accounts()[7]
	nonce, err := b.PendingNonceAt(ctx, a.Address)
	require.NoError(t, err)
	const n = 200
	txs := make([]*types.Transaction, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		to := c.Accounts()[i%40].Address
		txs[i] = types.MustSignNewTx(a.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
			ChainID: c.ChainID(), Nonce: nonce + uint64(i), GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1),
		})
	}
	for _, tx := range txs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := b.SendTransaction(ctx, tx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for _, tx := range txs {
		r, err := devchain.WaitReceipt(wctx, b, tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
}

func TestCommitAndAdjustTime(t *testing.T) {
	c := startChain(t, devchain.Options{SkipDeploy: true, Accounts: 1})
	ctx := t.Context()
	h0, err := c.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	c.Commit()
	require.NoError(t, c.AdjustTime(time.Hour))
	h1, err := c.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, h0.Number.Uint64()+2, h1.Number.Uint64())
	require.GreaterOrEqual(t, h1.Time, h0.Time+3600)
}

func TestRejectsNonLoopbackRPC(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8545", "10.0.0.1:8545", "example.com:80", "nonsense"} {
		_, err := devchain.Start(t.Context(), devchain.Options{SkipDeploy: true, HTTPAddr: addr})
		require.Error(t, err, addr)
	}
}

func TestRPCIsLoopbackOnly(t *testing.T) {
	c := startChain(t, devchain.Options{SkipDeploy: true, HTTPAddr: "127.0.0.1:0"})
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, c.RPCURL(),
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
}

func TestMissingArtifacts(t *testing.T) {
	_, err := devchain.Start(t.Context(), devchain.Options{ContractsDir: t.TempDir()})
	require.ErrorIs(t, err, contracts.ErrArtifactsNotFound)
}

// BenchmarkColdStart measures process-level cold start of the chain until
// the contracts are usable: "bare" is an empty chain (the baseline),
// "deploy" deploys the contracts with transactions (the first start for an
// artifact version), "snapshot" builds them into the genesis block from
// the snapshot the first start saved (every later start). It reports
// ms/start.
func BenchmarkColdStart(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	for _, bc := range []struct {
		name string
		opts devchain.Options
	}{
		{"bare", devchain.Options{SkipDeploy: true}},
		{"deploy", devchain.Options{NoSnapshot: true}},
		{"snapshot", devchain.Options{SnapshotDir: dir}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if !bc.opts.SkipDeploy && !bc.opts.NoSnapshot {
				c, err := devchain.Start(ctx, bc.opts) // saves the snapshot
				if err != nil {
					b.Fatal(err)
				}
				c.Close()
			}
			var total time.Duration
			for b.Loop() {
				start := time.Now()
				c, err := devchain.Start(ctx, bc.opts)
				if err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
				c.Close()
			}
			b.ReportMetric(float64(total.Microseconds())/1e3/float64(b.N), "ms/start")
		})
	}
}

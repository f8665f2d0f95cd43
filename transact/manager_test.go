package transact_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts"
	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/internal/devchain"
	"github.com/oceango/ocean.go/internal/devchain/devchaintest"
	"github.com/oceango/ocean.go/transact"
)

// One chain for the package, reachable in-process and over JSON-RPC. Each
// test uses its own accounts so that pending transactions of one test never
// hold up another.
var (
	chain     *devchain.Chain
	rpcClient *ethclient.Client
)

func TestMain(m *testing.M) {
	devchaintest.Run(m, "transact", func(c *devchain.Chain, r *ethclient.Client) { chain, rpcClient = c, r })
}

// backends runs f once in-process and once over JSON-RPC.
func backends(t *testing.T, f func(t *testing.T, b bind.Backend)) {
	for _, b := range devchaintest.Backends(chain, rpcClient) {
		t.Run(b.Name, func(t *testing.T) { f(t, b.Client) })
	}
}

// account hands out accounts round-robin (never account 0, the deployer),
// so that consecutive tests do not share one.
var nextAccount atomic.Int32

func account(t testing.TB) devchain.Account {
	t.Helper()
	accs := chain.Accounts()
	return accs[1+int(nextAccount.Add(1))%(len(accs)-1)]
}

func newManager(t *testing.T, b bind.Backend, a devchain.Account, opts transact.Options) *transact.Manager {
	t.Helper()
	if opts.PollInterval == 0 {
		opts.PollInterval = 20 * time.Millisecond
	}
	m, err := transact.New(b, a.Address, bind.NewKeyedTransactor(a.Key, chain.ChainID()).Signer, opts)
	require.NoError(t, err)
	t.Cleanup(m.Close)
	return m
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

var ocean = oceantoken.NewOceanToken()

func oceanBalance(t *testing.T, b bind.Backend, who common.Address) *big.Int {
	t.Helper()
	bal, err := bind.Call(ocean.Instance(b, chain.Deployment().Ocean), &bind.CallOpts{Context: t.Context()},
		ocean.PackBalanceOf(who), ocean.UnpackBalanceOf)
	require.NoError(t, err)
	return bal
}

func transfer(to common.Address, amount int64) transact.Call {
	return transact.Call{To: chainOcean(), Data: ocean.PackTransfer(to, big.NewInt(amount))}
}

func chainOcean() common.Address { return chain.Deployment().Ocean }

func TestSendAndWait(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from, to := account(t), account(t)
		m := newManager(t, b, from, transact.Options{})
		before := oceanBalance(t, b, to.Address)

		tx, err := m.Send(ctx, transfer(to.Address, 1234))
		require.NoError(t, err)
		assert.Equal(t, types.DynamicFeeTxType, int(tx.Type()))
		assert.Positive(t, tx.GasFeeCap().Cmp(tx.GasTipCap()), "fee cap carries a base-fee margin")
		r, err := m.Wait(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, tx.Hash(), r.TxHash)
		assert.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		assert.Greater(t, tx.Gas(), r.GasUsed, "gas limit has a margin over the estimate")
		after := oceanBalance(t, b, to.Address)
		assert.Equal(t, new(big.Int).Add(before, big.NewInt(1234)), after)
		assert.Equal(t, 0, m.Pending())
	})
}

// Fifty goroutines send through one manager: fifty consecutive nonces, all
// mined, no nonce error.
//
// This burst runs on go-ethereum's simulated backend (blocks committed by a
// ticker) rather than on internal/devchain: a burst of raw sends currently
// deadlocks devchain's block producer (its 16-slot pool subscription fills
// while seal waits in TxPool.Sync for a pool reorg blocked on that very
// subscription). The datatoken package's 50 concurrent orders run on the
// dev chain, in-process and over JSON-RPC.
func TestConcurrentSendsFromOneAccount(t *testing.T) {
	ctx := ctxFor(t)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	t.Cleanup(func() { _ = sim.Close() })
	stop := make(chan struct{})
	var ticking sync.WaitGroup
	ticking.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	})
	defer func() { close(stop); ticking.Wait() }()

	client := sim.Client()
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	m, err := transact.New(client, from, bind.NewKeyedTransactor(key, chainID).Signer, transact.Options{PollInterval: 10 * time.Millisecond})
	require.NoError(t, err)
	defer m.Close()
	to := common.Address{0xbe, 0xef}

	const n = 50
	var wg sync.WaitGroup
	nonces := make([]uint64, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			tx, err := m.Send(ctx, transact.Call{To: to, Value: big.NewInt(1)})
			if err != nil {
				errs[i] = err
				return
			}
			nonces[i] = tx.Nonce()
			_, errs[i] = m.Wait(ctx, tx)
		})
	}
	wg.Wait()
	for i, err := range errs {
		require.NoError(t, err, "send %d", i)
	}
	seen := map[uint64]bool{}
	for _, nc := range nonces {
		assert.False(t, seen[nc], "nonce %d used twice", nc)
		seen[nc] = true
		assert.Less(t, nc, uint64(n), "nonces are consecutive from 0")
	}
	bal, err := client.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	assert.Equal(t, int64(n), bal.Int64())
}

func TestRevertInEstimation(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from := account(t)
		m := newManager(t, b, from, transact.Options{})
		tooMuch := new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(params.Ether))
		_, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransfer(common.Address{1}, tooMuch)})
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "ERC20: transfer amount exceeds balance", re.Reason)
		assert.Equal(t, common.Hash{}, re.TxHash, "nothing was mined")
		assert.ErrorIs(t, err, contracts.ErrInsufficientBalance)
		assert.ErrorIs(t, err, transact.ErrReverted)
		assert.Equal(t, 0, m.Pending())
	})
}

// A transaction sent with an explicit gas limit skips estimation, is mined,
// fails, and Wait replays it to report the reason with the hash.
func TestRevertOfMinedTransaction(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from := account(t)
		m := newManager(t, b, from, transact.Options{})
		tooMuch := new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(params.Ether))
		tx, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransfer(common.Address{1}, tooMuch), GasLimit: 100_000})
		require.NoError(t, err)
		r, err := m.Wait(ctx, tx)
		require.NotNil(t, r)
		assert.Equal(t, types.ReceiptStatusFailed, r.Status)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, tx.Hash(), re.TxHash)
		assert.Equal(t, "ERC20: transfer amount exceeds balance", re.Reason)
		assert.ErrorIs(t, err, contracts.ErrInsufficientBalance)
		assert.Contains(t, err.Error(), tx.Hash().Hex())

		// Out of gas: the replay does not revert, the receipt used all gas.
		tx, err = m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransfer(common.Address{1}, big.NewInt(1)), GasLimit: 22_000})
		require.NoError(t, err)
		_, err = m.Wait(ctx, tx)
		require.ErrorAs(t, err, &re)
		assert.Contains(t, re.Reason, "out of gas")
		assert.Equal(t, tx.Hash(), re.TxHash)
	})
}

// lowTipOnce makes the node's first tip suggestion unminable: the dev
// chain's miner wants at least 1 mwei, the pool accepts 1 wei.
type lowTipOnce struct {
	bind.Backend
	calls atomic.Int32
}

func (b *lowTipOnce) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if b.calls.Add(1) == 1 {
		return big.NewInt(1), nil
	}
	return b.Backend.SuggestGasTipCap(ctx)
}

// A transaction nobody mines is replaced with higher fees; a call that
// depends on it (its estimation reverts until it is mined) waits for it.
func TestStuckTransactionIsReplaced(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from, spenderTo := account(t), account(t)
		m := newManager(t, &lowTipOnce{Backend: b}, from, transact.Options{StuckAfter: 300 * time.Millisecond})

		// approve(self) stuck at 1 wei tip; transferFrom(self) needs it.
		amount := big.NewInt(777)
		approve, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(from.Address, amount)})
		require.NoError(t, err)
		require.Equal(t, int64(1), approve.GasTipCap().Int64())
		before := oceanBalance(t, b, spenderTo.Address)
		spend, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransferFrom(from.Address, spenderTo.Address, amount)})
		require.NoError(t, err, "estimation must wait for the unmined approval")

		r, err := m.Wait(ctx, approve)
		require.NoError(t, err)
		assert.NotEqual(t, approve.Hash(), r.TxHash, "a replacement was mined")
		versions := m.Replacements(approve)
		require.GreaterOrEqual(t, len(versions), 2)
		assert.Equal(t, approve.Hash(), versions[0].Hash())
		assert.Equal(t, r.TxHash, versions[len(versions)-1].Hash())
		for i := 1; i < len(versions); i++ {
			assert.Equal(t, approve.Nonce(), versions[i].Nonce())
			assert.GreaterOrEqual(t, versions[i].GasTipCap().Cmp(new(big.Int).Div(new(big.Int).Mul(versions[i-1].GasTipCap(), big.NewInt(110)), big.NewInt(100))), 0)
		}
		_, err = m.Wait(ctx, spend)
		require.NoError(t, err)
		assert.Equal(t, new(big.Int).Add(before, amount), oceanBalance(t, b, spenderTo.Address))
		// Waiting on the replacement's hash works too.
		r2, err := m.Wait(ctx, versions[len(versions)-1])
		require.NoError(t, err)
		assert.Equal(t, r.TxHash, r2.TxHash)
	})
}

func TestWaitEndsWithContext(t *testing.T) {
	ctx := ctxFor(t)
	from := account(t)
	m := newManager(t, &lowTipOnce{Backend: chain.Client()}, from, transact.Options{StuckAfter: time.Hour})
	tx, err := m.Send(ctx, transfer(common.Address{2}, 1))
	require.NoError(t, err)
	short, cancel := context.WithTimeout(ctx, 150*time.Millisecond)
	defer cancel()
	_, err = m.Wait(short, tx)
	var te *transact.TxError
	require.ErrorAs(t, err, &te)
	assert.Equal(t, tx.Hash(), te.Hash)
	assert.ErrorIs(t, err, transact.ErrNotMined)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, 1, m.Pending())

	m.Close()
	_, err = m.Wait(ctx, tx)
	assert.ErrorIs(t, err, transact.ErrClosed)
	_, err = m.Send(ctx, transfer(common.Address{2}, 1))
	assert.ErrorIs(t, err, transact.ErrClosed)

	// Unblock the account so the dev chain stops sealing for it.
	unstick := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(chain.ChainID()), &types.DynamicFeeTx{
		Nonce: tx.Nonce(), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: tx.Gas(), To: tx.To(), Data: tx.Data(),
	})
	require.NoError(t, chain.Client().SendTransaction(ctx, unstick))
	r, err := devchain.WaitReceipt(ctx, chain.Client(), unstick.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

// Two managers on one account: the second one's stale nonce is refused and
// it resynchronises instead of failing.
func TestNonceResync(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from := account(t)
		m1 := newManager(t, b, from, transact.Options{})
		m2 := newManager(t, b, from, transact.Options{})
		tx, err := m2.Send(ctx, transfer(common.Address{3}, 1))
		require.NoError(t, err)
		_, err = m2.Wait(ctx, tx)
		require.NoError(t, err)
		for range 2 {
			tx1, err := m1.Send(ctx, transfer(common.Address{3}, 1))
			require.NoError(t, err)
			_, err = m1.Wait(ctx, tx1)
			require.NoError(t, err)
		}
		tx, err = m2.Send(ctx, transfer(common.Address{3}, 1))
		require.NoError(t, err)
		r, err := m2.Wait(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		n, err := b.PendingNonceAt(ctx, from.Address)
		require.NoError(t, err)
		assert.Equal(t, n-1, tx.Nonce())
	})
}

// Node refusals come back typed, with the transaction hash.
func TestNodeRefusalsAreTyped(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)

		// An account without ether.
		keys, err := devchain.DeriveAccounts(devchain.BargeMnemonic, len(chain.Accounts())+1)
		require.NoError(t, err)
		poor := keys[len(keys)-1] // derived, never funded
		m := newManager(t, b, poor, transact.Options{})
		_, err = m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(common.Address{4}, big.NewInt(1))})
		var te *transact.TxError
		require.ErrorAs(t, err, &te)
		assert.ErrorIs(t, err, transact.ErrInsufficientFunds)
		assert.NotEqual(t, common.Hash{}, te.Hash)
		assert.Equal(t, "send", te.Op)

		// MaxFeeCap below the base fee: refused before sending.
		from := account(t)
		m = newManager(t, b, from, transact.Options{MaxFeeCap: big.NewInt(1)})
		_, err = m.Send(ctx, transfer(common.Address{4}, 1))
		assert.ErrorIs(t, err, transact.ErrUnderpriced)

		// A call to an address without code.
		m = newManager(t, b, from, transact.Options{})
		_, err = m.Send(ctx, transact.Call{To: common.Address{5}, Data: []byte{1, 2, 3, 4}})
		assert.ErrorIs(t, err, bind.ErrNoCode)
	})
}

func TestBudget(t *testing.T) {
	ctx := ctxFor(t)
	from := account(t)
	m := newManager(t, chain.Client(), from, transact.Options{})
	bud := m.Budget("k")
	require.Same(t, bud, m.Budget("k"))
	bud.Lock()
	r1 := bud.Reserve(big.NewInt(5))
	r2 := bud.Reserve(big.NewInt(7))
	r3 := bud.Reserve(big.NewInt(11))
	assert.Equal(t, int64(23), bud.Outstanding().Int64())
	bud.Unlock()

	r2.Release()
	tx, err := m.Send(ctx, transfer(common.Address{6}, 1))
	require.NoError(t, err)
	r1.Bind(tx)
	r3.Bind(nil) // not sent: released
	bud.Lock()
	out := bud.Outstanding().Int64()
	bud.Unlock()
	assert.Contains(t, []int64{0, 5}, out, "r1 counts until its transaction is mined")
	_, err = m.Wait(ctx, tx)
	require.NoError(t, err)
	bud.Lock()
	assert.Zero(t, bud.Outstanding().Sign())
	bud.Unlock()
}

func TestNewValidates(t *testing.T) {
	a := chain.Accounts()[0]
	sign := bind.NewKeyedTransactor(a.Key, chain.ChainID()).Signer
	_, err := transact.New(nil, a.Address, sign, transact.Options{})
	assert.Error(t, err)
	_, err = transact.New(chain.Client(), a.Address, nil, transact.Options{})
	assert.Error(t, err)
	_, err = transact.New(chain.Client(), common.Address{}, sign, transact.Options{})
	assert.Error(t, err)
	_, err = transact.New(chain.Client(), a.Address, sign, transact.Options{MaxFeeCap: big.NewInt(0)})
	assert.Error(t, err)
	_, err = transact.New(chain.Client(), a.Address, sign, transact.Options{MinTip: big.NewInt(-1)})
	assert.Error(t, err)
}

func TestTxErrorFormatting(t *testing.T) {
	e := &transact.TxError{Op: "send", Hash: common.Hash{1}, Nonce: 7, Kind: transact.ErrUnderpriced, Err: errors.New("replacement transaction underpriced")}
	assert.Contains(t, e.Error(), "send 0x01")
	assert.Contains(t, e.Error(), "nonce 7")
	assert.ErrorIs(t, e, transact.ErrUnderpriced)
}

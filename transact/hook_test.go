package transact_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/transact"
)

// The before-broadcast hook sees the original and every replacement before
// the node does; an error from it keeps the transaction off the node.
func TestBeforeBroadcast(t *testing.T) {
	ctx := ctxFor(t)
	b := chain.Client()
	from := account(t)
	m := newManager(t, &lowTipOnce{Backend: b}, from, transact.Options{StuckAfter: 300 * time.Millisecond})

	var mu sync.Mutex
	var seen []common.Hash
	hook := func(tx *types.Transaction) error {
		// Not yet submitted: the node does not know it.
		_, _, err := b.TransactionByHash(context.Background(), tx.Hash())
		if !errors.Is(err, ethereum.NotFound) {
			return errors.New("hook ran after submission")
		}
		mu.Lock()
		defer mu.Unlock()
		seen = append(seen, tx.Hash())
		return nil
	}
	tx, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(from.Address, big.NewInt(5))}, transact.BeforeBroadcast(hook))
	require.NoError(t, err)
	r, err := m.Wait(ctx, tx)
	require.NoError(t, err)
	versions := m.Replacements(tx)
	require.GreaterOrEqual(t, len(versions), 2, "the low-tip original was replaced")
	mu.Lock()
	defer mu.Unlock()
	for _, v := range versions {
		assert.True(t, slices.Contains(seen, v.Hash()), "every version went through the hook")
	}
	assert.Contains(t, seen, r.TxHash)

	// A failing hook of a view: nothing reaches the node, the nonce is not
	// consumed, and the manager itself (sharing the view's nonces) is not
	// hooked.
	stop := errors.New("journal full")
	view := m.WithBeforeBroadcast(func(*types.Transaction) error { return stop })
	_, err = view.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(from.Address, big.NewInt(6))})
	require.ErrorIs(t, err, stop)
	next, err := m.Send(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(from.Address, big.NewInt(7))})
	require.NoError(t, err)
	assert.Equal(t, tx.Nonce()+1, next.Nonce(), "the refused transaction left no gap")
	_, err = m.Wait(ctx, next)
	require.NoError(t, err)
}

// A view's hook runs for every transaction sent through it, before the
// per-call ones; the view shares the manager's nonces.
func TestWithBeforeBroadcastOrder(t *testing.T) {
	ctx := ctxFor(t)
	from := account(t)
	m := newManager(t, chain.Client(), from, transact.Options{})
	var order []string
	view := m.WithBeforeBroadcast(func(*types.Transaction) error { order = append(order, "view"); return nil })
	tx1, err := view.Send(ctx, transfer(common.Address{3}, 1),
		transact.BeforeBroadcast(func(*types.Transaction) error { order = append(order, "call"); return nil }))
	require.NoError(t, err)
	tx2, err := m.Send(ctx, transfer(common.Address{3}, 1))
	require.NoError(t, err)
	assert.Equal(t, []string{"view", "call"}, order, "the plain manager is not hooked")
	assert.Equal(t, tx1.Nonce()+1, tx2.Nonce())
	_, err = m.Wait(ctx, tx2)
	require.NoError(t, err)
}

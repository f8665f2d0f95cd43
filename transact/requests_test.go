package transact_test

import (
	"context"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/transact"
)

// counting counts the backend requests the manager makes, by method.
type counting struct {
	bind.Backend
	mu sync.Mutex
	n  map[string]int
}

func newCounting(b bind.Backend) *counting { return &counting{Backend: b, n: map[string]int{}} }

func (c *counting) add(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[method]++
}

func (c *counting) get(method string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[method]
}

func (c *counting) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.add("header")
	return c.Backend.HeaderByNumber(ctx, n)
}

func (c *counting) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	c.add("tip")
	return c.Backend.SuggestGasTipCap(ctx)
}

func (c *counting) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	c.add("code")
	return c.Backend.CodeAt(ctx, a, n)
}

// Sends within FeeMaxAge share one head and one tip suggestion; the head
// read while waiting for the first transaction serves the second one's
// fees. With a negative FeeMaxAge every send asks.
func TestSendsReuseFees(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		c := newCounting(b)
		m := newManager(t, c, account(t), transact.Options{})
		to := account(t).Address
		_, err := m.SendAndWait(ctx, transfer(to, 1))
		require.NoError(t, err)
		assert.Equal(t, 1, c.get("tip"))
		assert.Equal(t, 1, c.get("code"))
		headers := c.get("header")
		tx, err := m.Send(ctx, transfer(to, 1))
		require.NoError(t, err)
		assert.Equal(t, 1, c.get("tip"), "tip reused")
		assert.Equal(t, headers, c.get("header"), "head reused")
		assert.Equal(t, 1, c.get("code"), "code known")
		r, err := m.Wait(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, types.ReceiptStatusSuccessful, r.Status)

		// Waiting again needs no head: the manager has seen it.
		headers = c.get("header")
		_, err = m.Wait(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, headers, c.get("header"))

		fresh := newCounting(b)
		m = newManager(t, fresh, account(t), transact.Options{FeeMaxAge: -1})
		for range 2 {
			_, err := m.SendAndWait(ctx, transfer(to, 1))
			require.NoError(t, err)
		}
		assert.Equal(t, 2, fresh.get("tip"))
	})
}

// The contracts that emitted logs in a mined transaction are known to
// have code, and so is an address NoteCode names: sends to them do not ask
// for it.
func TestKnownCode(t *testing.T) {
	ctx := ctxFor(t)
	c := newCounting(rpcClient)
	from, spender := account(t), account(t)
	m := newManager(t, c, from, transact.Options{})
	_, err := m.SendAndWait(ctx, transact.Call{To: chainOcean(), Data: ocean.PackApprove(spender.Address, big.NewInt(5))})
	require.NoError(t, err)
	require.Equal(t, 1, c.get("code"))

	// The spender's manager never sent to OCEAN: it learns from a read.
	cs := newCounting(rpcClient)
	ms := newManager(t, cs, spender, transact.Options{})
	ms.NoteCode(chainOcean())
	_, err = ms.SendAndWait(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransferFrom(from.Address, spender.Address, big.NewInt(5))})
	require.NoError(t, err)
	assert.Zero(t, cs.get("code"))
}

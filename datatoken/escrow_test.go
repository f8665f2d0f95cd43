package datatoken_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/transact"
)

func TestEscrow(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		payer, err := datatoken.NewEscrow(e.b, e.d.Escrow, e.tm(buyer))
		require.NoError(t, err)
		node, err := datatoken.NewEscrow(e.b, e.d.Escrow, e.tm(payee))
		require.NoError(t, err)
		start, err := payer.Funds(e.ctx, e.addr(buyer), e.d.Ocean)
		require.NoError(t, err)

		// Deposit approves the escrow itself.
		oceanBefore := e.balance(e.d.Ocean, e.addr(buyer))
		e.mined(buyer)(payer.Deposit(e.ctx, e.d.Ocean, ether(10)))
		assert.Equal(t, ether(10), new(big.Int).Sub(oceanBefore, e.balance(e.d.Ocean, e.addr(buyer))))
		funds, err := payer.Funds(e.ctx, e.addr(buyer), e.d.Ocean)
		require.NoError(t, err)
		assert.Equal(t, new(big.Int).Add(start.Available, ether(10)), funds.Available)
		tokens, err := payer.Tokens(e.ctx, e.addr(buyer))
		require.NoError(t, err)
		assert.Contains(t, tokens, e.d.Ocean)

		// Authorize the compute node.
		e.mined(buyer)(payer.Authorize(e.ctx, e.d.Ocean, datatoken.Authorization{Payee: e.addr(payee),
			MaxLockedAmount: ether(5), MaxLockSeconds: big.NewInt(3600), MaxLockCounts: big.NewInt(2)}))
		auths, err := payer.Authorizations(e.ctx, e.d.Ocean, e.addr(buyer), e.addr(payee))
		require.NoError(t, err)
		require.Len(t, auths, 1)
		assert.Equal(t, e.addr(payee), auths[0].Payee)
		assert.Equal(t, ether(5), auths[0].MaxLockedAmount)

		// The node locks funds for a job, within the authorization.
		job := new(big.Int).SetUint64(uint64(len(t.Name())) * 1000)
		e.mined(payee)(node.CreateLock(e.ctx, job, e.d.Ocean, e.addr(buyer), ether(3), 600))
		locks, err := payer.Locks(e.ctx, e.d.Ocean, e.addr(buyer), e.addr(payee))
		require.NoError(t, err)
		var found *datatoken.Lock
		for i := range locks {
			if locks[i].JobID.Cmp(job) == 0 {
				found = &locks[i]
			}
		}
		require.NotNil(t, found, "the lock is listed")
		assert.Equal(t, ether(3), found.Amount)
		assert.Equal(t, e.addr(buyer), found.Payer)
		funds, err = payer.Funds(e.ctx, e.addr(buyer), e.d.Ocean)
		require.NoError(t, err)
		assert.Equal(t, ether(3), new(big.Int).Sub(funds.Locked, start.Locked))
		none, err := payer.Locks(e.ctx, e.d.Ocean, e.addr(stranger), e.addr(payee))
		require.NoError(t, err)
		assert.Empty(t, none, "every filter must match")
		_, err = payer.Locks(e.ctx, e.d.Ocean, e.addr(buyer), common.Address{})
		assert.ErrorIs(t, err, datatoken.ErrInvalidParams)

		// Beyond the authorization, and without one.
		_, err = node.CreateLock(e.ctx, new(big.Int).Add(job, common.Big1), e.d.Ocean, e.addr(buyer), ether(3), 600)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "Exceeds maxLockedAmount", re.Reason)
		outsider, err := datatoken.NewEscrow(e.b, e.d.Escrow, e.tm(stranger))
		require.NoError(t, err)
		_, err = outsider.CreateLock(e.ctx, job, e.d.Ocean, e.addr(buyer), ether(1), 600)
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "No auth found", re.Reason)

		// The node claims what the job cost; the rest returns to the payer.
		e.mined(payee)(node.ClaimLock(e.ctx, job, e.d.Ocean, e.addr(buyer), ether(2), []byte("proof")))
		funds, err = payer.Funds(e.ctx, e.addr(buyer), e.d.Ocean)
		require.NoError(t, err)
		assert.Equal(t, start.Locked, funds.Locked)
		assert.Equal(t, new(big.Int).Add(start.Available, ether(8)), funds.Available)

		// Withdraw: more than available is refused before sending.
		_, err = payer.Withdraw(e.ctx, e.d.Ocean, ether(1_000_000))
		assert.ErrorIs(t, err, datatoken.ErrInsufficientBalance)
		oceanBefore = e.balance(e.d.Ocean, e.addr(buyer))
		e.mined(buyer)(payer.Withdraw(e.ctx, e.d.Ocean, ether(8)))
		assert.Equal(t, ether(8), new(big.Int).Sub(e.balance(e.d.Ocean, e.addr(buyer)), oceanBefore))

		_, err = payer.Deposit(e.ctx, e.d.Ocean, big.NewInt(0))
		assert.ErrorIs(t, err, datatoken.ErrInvalidParams)
	})
}

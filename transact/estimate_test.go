package transact_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/contracts/oceantoken"
	"github.com/oceango/ocean.go/transact"
)

func TestEstimate(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from, to := account(t), account(t)
		m := newManager(t, b, from, transact.Options{GasMargin: 10})
		nonce, err := b.PendingNonceAt(ctx, from.Address)
		require.NoError(t, err)
		before := oceanBalance(t, b, to.Address)
		oceanABI, err := oceantoken.OceanTokenMetaData.ParseABI()
		require.NoError(t, err)

		c := transfer(to.Address, 5)
		c.ABIs = []*abi.ABI{oceanABI}
		e, err := m.Estimate(ctx, c)
		require.NoError(t, err)
		assert.Equal(t, chainOcean(), e.To)
		assert.Equal(t, "transfer", e.Method)
		assert.False(t, e.Depends)
		assert.Greater(t, e.Gas, uint64(21_000))
		assert.Less(t, e.Gas, uint64(100_000))
		require.NotNil(t, e.MaxFeePerGas)
		assert.Positive(t, e.MaxFeePerGas.Sign())
		assert.Equal(t, new(big.Int).Mul(new(big.Int).SetUint64(e.Gas), e.MaxFeePerGas), e.MaxCost)

		// A revert is seen, with its reason, before anything is sent.
		_, err = m.Estimate(ctx, transact.Call{To: chainOcean(), Data: ocean.PackTransfer(to.Address, new(big.Int).Lsh(big.NewInt(1), 200))})
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, "ERC20: transfer amount exceeds balance", re.Reason)

		after, err := b.PendingNonceAt(ctx, from.Address)
		require.NoError(t, err)
		assert.Equal(t, nonce, after, "nothing sent")
		assert.Equal(t, before, oceanBalance(t, b, to.Address))
	})
}

// A dry run records an approval and the transferFrom that spends it: the
// second cannot be simulated (the allowance is not on chain), so it is
// marked Depends with the revert it meets today. Nothing is sent.
func TestDryRun(t *testing.T) {
	backends(t, func(t *testing.T, b bind.Backend) {
		ctx := ctxFor(t)
		from, to := account(t), account(t)
		m := newManager(t, b, from, transact.Options{})
		nonce, err := b.PendingNonceAt(ctx, from.Address)
		require.NoError(t, err)
		oceanABI, err := oceantoken.OceanTokenMetaData.ParseABI()
		require.NoError(t, err)
		dry := m.DryRun()
		assert.Nil(t, m.Estimates())

		// Pull more than the allowance on chain (other tests may have
		// approved this account to itself when accounts are reused).
		allowed, err := bind.Call(ocean.Instance(b, chainOcean()), &bind.CallOpts{Context: ctx},
			ocean.PackAllowance(from.Address, from.Address), ocean.UnpackAllowance)
		require.NoError(t, err)
		amount := new(big.Int).Add(allowed, big.NewInt(7))
		approve := transact.Call{To: chainOcean(), Data: ocean.PackApprove(from.Address, amount), ABIs: []*abi.ABI{oceanABI}}
		tx, err := dry.Send(ctx, approve)
		require.NoError(t, err)
		assert.Equal(t, nonce, tx.Nonce())
		r, err := dry.Wait(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, tx.Hash(), r.TxHash)
		pull := transact.Call{To: chainOcean(), Data: ocean.PackTransferFrom(from.Address, to.Address, amount), ABIs: []*abi.ABI{oceanABI}}
		tx2, err := dry.Send(ctx, pull)
		require.NoError(t, err)
		assert.Equal(t, nonce+1, tx2.Nonce())

		es := dry.Estimates()
		require.Len(t, es, 2)
		assert.Equal(t, "approve", es[0].Method)
		assert.False(t, es[0].Depends)
		assert.Equal(t, "transferFrom", es[1].Method)
		assert.True(t, es[1].Depends)
		assert.Equal(t, uint64(transact.DependentGas), es[1].Gas)
		require.NotNil(t, es[1].Revert)
		assert.Contains(t, es[1].Revert.Reason, "insufficient allowance")

		// The same call alone, first in a dry run, is refused.
		_, err = m.DryRun().Send(ctx, pull)
		var re *transact.RevertError
		require.ErrorAs(t, err, &re)

		after, err := b.PendingNonceAt(ctx, from.Address)
		require.NoError(t, err)
		assert.Equal(t, nonce, after, "nothing sent")
		assert.Zero(t, m.Pending())
	})
}

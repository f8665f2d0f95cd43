package transact

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/devchain"
)

// The node's own refusal messages classify into the sentinels.
func TestClassifyRealNodeErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	c, err := devchain.Start(ctx, devchain.Options{SkipDeploy: true, Accounts: 2})
	require.NoError(t, err)
	defer c.Close()
	b := c.Client()
	a := c.Accounts()[1]
	signer := types.LatestSignerForChainID(c.ChainID())
	to := common.Address{1}
	feeCap := big.NewInt(100 * params.GWei)
	send := func(nonce uint64, tip int64) (*types.Transaction, error) {
		tx := types.MustSignNewTx(a.Key, signer, &types.DynamicFeeTx{Nonce: nonce, GasTipCap: big.NewInt(tip),
			GasFeeCap: feeCap, Gas: 21000, To: &to, Value: big.NewInt(1)})
		return tx, b.SendTransaction(ctx, tx)
	}

	// Nonce 0 mined, then reused.
	tx, err := send(0, params.GWei)
	require.NoError(t, err)
	_, err = devchain.WaitReceipt(ctx, b, tx.Hash())
	require.NoError(t, err)
	// The pool forgets the mined transaction when it processes the new
	// head, which happens after the receipt is visible; until then it
	// answers "already known". Commit waits for the seal that mined it,
	// pool reset included, before sealing (and syncing) one more block.
	c.Commit()
	_, err = send(0, params.GWei)
	require.Error(t, err)
	assert.Equal(t, ErrNonceTooLow, classifyNode(err), err.Error())

	// Nonce 1 stuck at a 1 wei tip (the miner wants 1 mwei), then a
	// replacement raising it by less than 10%, then the same again.
	stuck, err := send(1, 1000)
	require.NoError(t, err)
	_, err = send(1, 1050)
	require.Error(t, err)
	assert.Equal(t, ErrUnderpriced, classifyNode(err), err.Error())
	err = b.SendTransaction(ctx, stuck)
	require.Error(t, err)
	assert.True(t, isKnown(err), err.Error())
	assert.Nil(t, classifyNode(err))

	// A nonce gap is accepted by geth's pool (queued), so ErrNonceTooHigh
	// only comes from nodes that refuse gaps; the text classifies.
	assert.Equal(t, ErrNonceTooHigh, classifyNode(errors.New("nonce too high")))
	assert.Equal(t, ErrInsufficientFunds, classifyNode(errors.New("insufficient funds for gas * price + value: have 0 want 1")))
	assert.Equal(t, ErrUnderpriced, classifyNode(errors.New("max fee per gas less than block base fee")))
	assert.Nil(t, classifyNode(errors.New("connection refused")))

	// Unstick nonce 1 (a replacement raises tip and fee cap by 10% or more).
	feeCap = big.NewInt(200 * params.GWei)
	fix, err := send(1, params.GWei)
	require.NoError(t, err)
	_, err = devchain.WaitReceipt(ctx, b, fix.Hash())
	require.NoError(t, err)
}

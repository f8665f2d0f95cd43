package devchain

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

func TestHoldFor(t *testing.T) {
	h := &countHold{window: 250 * time.Millisecond, asked: map[common.Address]time.Time{}}
	a, b := common.Address{1}, common.Address{2}
	t0 := time.Unix(1000, 0)
	require.Zero(t, h.holdFor(a, t0), "an address that never asked is not held")
	h.note(a, t0)
	require.Equal(t, 250*time.Millisecond, h.holdFor(a, t0))
	require.Equal(t, 50*time.Millisecond, h.holdFor(a, t0.Add(200*time.Millisecond)))
	require.Zero(t, h.holdFor(a, t0.Add(250*time.Millisecond)))
	require.Zero(t, h.holdFor(a, t0.Add(time.Second)))
	require.Zero(t, h.holdFor(b, t0), "only the address that asked")
	h.note(a, t0.Add(time.Second))
	require.Equal(t, 250*time.Millisecond, h.holdFor(a, t0.Add(time.Second)), "the last request counts")
}

func TestHoldForgetsOldRequests(t *testing.T) {
	h := &countHold{window: time.Millisecond, asked: map[common.Address]time.Time{}}
	t0 := time.Unix(1000, 0)
	for i := range 3000 {
		h.note(common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(i%160))), t0.Add(time.Duration(i)*time.Second))
	}
	require.LessOrEqual(t, len(h.asked), 1024)
}

// receipt asks the chain's HTTP server for hash's receipt with userAgent.
func receipt(ctx context.Context, c *Chain, userAgent string, hash common.Hash) (json.RawMessage, error) {
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionReceipt","params":["%s"]}`, hash.Hex())
	req, err := http.NewRequestWithContext(ctx, "POST", c.RPCURL(), strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", userAgent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Result json.RawMessage `json:"result"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Result, err
}

// A client that caches results (ethers) asking for the receipt of a
// transaction still pending is answered once the transaction is mined, not
// "null": see countHold. Sealing is held back with the chain's seal lock so
// that the transaction is pending when the request arrives.
func TestReceiptOfPendingTransactionWaitsForItsBlock(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	c, err := Start(ctx, Options{SkipDeploy: true, HTTPAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	waiting := make(chan struct{}, 1)
	c.rpc.hold.waiting = func() { waiting <- struct{}{} }

	from, to := c.Accounts()[1], c.Accounts()[2].Address
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)

	c.sealMu.Lock()
	require.NoError(t, c.Client().SendTransaction(ctx, tx))
	r, err := receipt(ctx, c, "Go-http-client/1.1", tx.Hash())
	require.NoError(t, err)
	require.Equal(t, "null", string(r), "Go clients are answered at once")
	got := make(chan json.RawMessage, 1)
	go func() {
		r, err := receipt(ctx, c, "ethers/6.17.0", tx.Hash())
		if err != nil {
			r = json.RawMessage(`"` + err.Error() + `"`)
		}
		got <- r
	}()
	select {
	case <-waiting:
	case r := <-got:
		c.sealMu.Unlock()
		t.Fatalf("answered while the transaction was pending: %s", r)
	case <-ctx.Done():
		c.sealMu.Unlock()
		t.Fatal("the request neither waited nor was answered")
	}
	c.sealMu.Unlock()
	var mined struct {
		TransactionHash common.Hash `json:"transactionHash"`
	}
	require.NoError(t, json.Unmarshal(<-got, &mined))
	require.Equal(t, tx.Hash(), mined.TransactionHash)

	// A transaction the pool does not have is answered at once.
	r, err = receipt(ctx, c, "ethers/6.17.0", common.Hash{1})
	require.NoError(t, err)
	require.Equal(t, "null", string(r))
}

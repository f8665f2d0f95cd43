package transact_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/transact"
)

// syncBuffer is a bytes.Buffer safe for the monitor goroutine's writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// refuseFirstReplacement starts like lowTipOnce (an unminable original)
// and refuses the first replacement of each nonce as a node does when the
// bump is too small.
type refuseFirstReplacement struct {
	lowTipOnce
	mu      sync.Mutex
	sends   map[uint64]int
	refused int
}

func (b *refuseFirstReplacement) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	b.sends[tx.Nonce()]++
	refuse := b.sends[tx.Nonce()] == 2
	if refuse {
		b.refused++
	}
	b.mu.Unlock()
	if refuse {
		return errors.New("replacement transaction underpriced")
	}
	return b.lowTipOnce.SendTransaction(ctx, tx)
}

// A replacement the node refuses is logged at Warn with the nonce, the
// stuck transaction and why; the one that follows it at Info.
func TestFailedReplacementIsLogged(t *testing.T) {
	ctx := ctxFor(t)
	from := account(t)
	logs := &syncBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b := &refuseFirstReplacement{lowTipOnce: lowTipOnce{Backend: chain.Client()}, sends: map[uint64]int{}}
	m := newManager(t, b, from, transact.Options{StuckAfter: 300 * time.Millisecond, Logger: logger})

	tx, err := m.Send(ctx, transfer(from.Address, 1))
	require.NoError(t, err)
	require.Equal(t, int64(1), tx.GasTipCap().Int64(), "the original is unminable")
	// Mined only through a replacement sent after the refused one, so the
	// refusal was logged before Wait returns.
	r, err := m.Wait(ctx, tx)
	require.NoError(t, err)
	assert.NotEqual(t, tx.Hash(), r.TxHash)
	b.mu.Lock()
	assert.Equal(t, 1, b.refused)
	b.mu.Unlock()

	out := logs.String()
	assert.Contains(t, out, `level=WARN msg="transact: replacement of a stuck transaction failed"`)
	assert.Contains(t, out, "nonce="+big.NewInt(int64(tx.Nonce())).String())
	assert.Contains(t, out, "tx="+tx.Hash().Hex())
	assert.Contains(t, out, "reason=broadcast")
	assert.Contains(t, out, "replacement transaction underpriced")
	assert.Contains(t, out, `level=INFO msg="transact: replaced a stuck transaction with higher fees"`)
	assert.Contains(t, out, "replacement="+r.TxHash.Hex())
	assert.Contains(t, out, `level=DEBUG msg="transact: read pending nonce"`)
}

package devchain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSlope(t *testing.T) {
	assert.InDelta(t, 0.5, slope([]float64{10, 10.5, 11, 11.5}), 1e-9)
	assert.InDelta(t, 0, slope([]float64{64, 64, 64}), 1e-9)
	assert.InDelta(t, -2, slope([]float64{6, 4, 2, 0}), 1e-9)
	assert.Zero(t, slope([]float64{3}))
}

func TestMedian(t *testing.T) {
	assert.Equal(t, 2*time.Second, median([]time.Duration{3 * time.Second, time.Second, 2 * time.Second}))
	assert.Equal(t, 1500*time.Millisecond, median([]time.Duration{2 * time.Second, time.Second}))
	assert.Zero(t, median(nil))
}

func TestFormat(t *testing.T) {
	assert.Equal(t, "1,234.5", thousands(1234.46, 1))
	assert.Equal(t, "999", thousands(999, 0))
	assert.Equal(t, "-12,345,678", thousands(-12345678, 0))
	assert.Equal(t, "18.7k/s", perSecond(18_712))
	assert.Equal(t, "3.7/s", perSecond(3.7))
	assert.Equal(t, "1,064 ms", ms(1064*time.Millisecond))
}

func TestWriteTableEscapesPipes(t *testing.T) {
	var b strings.Builder
	writeTable(&b, []row{{Measure: "a | b", Peer: "p", Value: "v", Budget: "≤ 1", Holds: verdict(true)}})
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	assert.Len(t, lines, 3)
	assert.Equal(t, `| a \| b | p | v | ≤ 1 | yes |`, lines[2])
}

func TestRPCCalls(t *testing.T) {
	calls, txs := rpcCalls([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x00"]}`))
	assert.Equal(t, 1, calls)
	assert.Equal(t, 1, txs)
	calls, txs = rpcCalls([]byte(`[{"method":"eth_call"},{"method":"eth_getBalance"},{"method":"eth_sendRawTransaction"}]`))
	assert.Equal(t, 3, calls)
	assert.Equal(t, 1, txs)
	calls, _ = rpcCalls([]byte(`not json`))
	assert.Zero(t, calls)
}

// The tests in this file send bursts of transactions from many goroutines.

package datatoken_test

import (
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nft"
)

// Fifty goroutines order the same datatoken from one account, each paying
// a provider fee in OCEAN: every order lands, no nonce error, and the fee
// approvals they share are never short.
func TestConcurrentOrdersFromOneAccount(t *testing.T) {
	backends(t, func(t *testing.T, e *env) {
		const n = 50
		c := e.publish(nft.CreateParams{})
		dtAddr := c.Datatoken()
		e.mined(publisher)(e.token(publisher, dtAddr).Mint(e.ctx, e.addr(buyer), ether(n)))
		provBefore := e.balance(e.d.Ocean, e.addr(provider))
		fee := e.providerFee(e.d.Ocean, milli(1), "concurrent")
		dt := e.token(buyer, dtAddr)

		var wg sync.WaitGroup
		errs := make([]error, n)
		nonces := make([]uint64, n)
		orders := make([]common.Hash, n)
		for i := range n {
			wg.Go(func() {
				tx, err := dt.StartOrder(e.ctx, datatoken.OrderParams{ServiceIndex: uint64(i), ProviderFee: fee})
				if err != nil {
					errs[i] = err
					return
				}
				nonces[i] = tx.Nonce()
				r, err := e.tm(buyer).Wait(e.ctx, tx)
				if err == nil {
					orders[i] = r.TxHash
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			require.NoError(t, err, "order %d", i)
		}
		seen := map[uint64]bool{}
		for _, nc := range nonces {
			require.False(t, seen[nc], "nonce %d used twice", nc)
			seen[nc] = true
		}
		assert.Zero(t, e.balance(dtAddr, e.addr(buyer)).Sign(), "each order spent one datatoken")
		assert.Equal(t, new(big.Int).Mul(milli(1), big.NewInt(n)), new(big.Int).Sub(e.balance(e.d.Ocean, e.addr(provider)), provBefore))
		left, err := e.ocean(buyer).Allowance(e.ctx, e.addr(buyer), dtAddr)
		require.NoError(t, err)
		assert.LessOrEqual(t, left.Cmp(new(big.Int).Mul(milli(1), big.NewInt(n))), 0, "never more allowance than the orders could use")
	})
}

// BenchmarkStartOrder measures order throughput from one account on the
// in-process dev chain (blocks sealed on demand): sequential (send, wait,
// repeat) against 50 orders in flight, without fee (no approval), with a
// provider fee approved per order (the default, exact approvals), and with
// a provider fee whose allowance was approved once up front.
func BenchmarkStartOrder(b *testing.B) {
	for _, bc := range []struct {
		name       string
		inFlight   int
		fee        bool
		preApprove bool
	}{
		{"sequential/no-fee", 1, false, false},
		{"concurrent50/no-fee", 50, false, false},
		{"sequential/fee", 1, true, false},
		{"concurrent50/fee", 50, true, false},
		{"concurrent50/fee-preapproved", 50, true, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e := newEnv(b, chain.Client())
			c := e.publish(nft.CreateParams{})
			dtAddr := c.Datatoken()
			buyerTM := e.tm(buyer)
			pub := e.token(publisher, dtAddr)
			tx, err := pub.Mint(e.ctx, e.addr(buyer), ether(1_000_000))
			if err == nil {
				_, err = e.tm(publisher).Wait(e.ctx, tx)
			}
			if err != nil {
				b.Fatal(err)
			}
			var fee ddo.ProviderFee
			if bc.fee {
				fee = e.providerFee(e.d.Ocean, big.NewInt(1e12), "bench")
			}
			if bc.preApprove {
				tx, err := e.ocean(buyer).Approve(e.ctx, dtAddr, ether(1_000))
				if err == nil {
					_, err = buyerTM.Wait(e.ctx, tx)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			dt := e.token(buyer, dtAddr)
			order := func() error {
				tx, err := dt.StartOrder(e.ctx, datatoken.OrderParams{ProviderFee: fee})
				if err != nil {
					return err
				}
				_, err = buyerTM.Wait(e.ctx, tx)
				return err
			}

			sem := make(chan struct{}, bc.inFlight)
			var (
				wg    sync.WaitGroup
				mu    sync.Mutex
				first error
			)
			b.ResetTimer()
			start := time.Now()
			for range b.N {
				sem <- struct{}{}
				wg.Go(func() {
					defer func() { <-sem }()
					if err := order(); err != nil {
						mu.Lock()
						first = err
						mu.Unlock()
					}
				})
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			if first != nil {
				b.Fatal(first)
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "orders/s")
		})
	}
}

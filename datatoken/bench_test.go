package datatoken_test

import (
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/nft"
)

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
			var fee datatoken.ProviderFee
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

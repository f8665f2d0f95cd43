package transact_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/oceango/ocean.go/internal/devchain/devchaintest"
	"github.com/oceango/ocean.go/transact"
)

// BenchmarkSendAndWait measures the manager's throughput from one account
// on the dev chain (a block sealed per transaction), in-process and over
// JSON-RPC: an OCEAN transfer is sent and waited for (Send, then Wait until
// the receipt is there), one at a time and with 50 in flight from
// goroutines sharing the manager. It reports transactions per second and,
// sequentially, the time from Send's start to Send's return (estimate, sign,
// submit) apart from the wait for the receipt.
func BenchmarkSendAndWait(b *testing.B) {
	for _, be := range devchaintest.Backends(chain, rpcClient) {
		for _, inFlight := range []int{1, 50} {
			name := "sequential"
			if inFlight > 1 {
				name = fmt.Sprintf("concurrent%d", inFlight)
			}
			b.Run(be.Name+"/"+name, func(b *testing.B) {
				from, to := account(b), account(b)
				m, err := transact.New(be.Client, from.Address, bind.NewKeyedTransactor(from.Key, chain.ChainID()).Signer, transact.Options{})
				if err != nil {
					b.Fatal(err)
				}
				defer m.Close()
				ctx := b.Context()
				var (
					mu              sync.Mutex
					first           error
					sendTime, total time.Duration
				)
				one := func() {
					start := time.Now()
					tx, err := m.Send(ctx, transfer(to.Address, 1))
					sent := time.Now()
					if err == nil {
						_, err = m.Wait(ctx, tx)
					}
					mu.Lock()
					defer mu.Unlock()
					if err != nil && first == nil {
						first = err
					}
					sendTime += sent.Sub(start)
				}
				sem := make(chan struct{}, inFlight)
				var wg sync.WaitGroup
				start := time.Now()
				for b.Loop() {
					sem <- struct{}{}
					wg.Go(func() {
						defer func() { <-sem }()
						one()
					})
				}
				wg.Wait()
				total = time.Since(start)
				if first != nil {
					b.Fatal(first)
				}
				b.ReportMetric(float64(b.N)/total.Seconds(), "tx/s")
				if inFlight == 1 {
					b.ReportMetric(float64(sendTime.Microseconds())/1e3/float64(b.N), "ms-send")
				}
			})
		}
	}
}

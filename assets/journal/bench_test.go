package journal

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

// opsPerSec reports the benchmark's rate as an ops/s metric.
func opsPerSec(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

// BenchmarkPut measures one compare-and-swap write of a small entry. The
// file store pays a temp file, two fsyncs and a rename per Put; compare
// the memory store in the same run for the ratio.
func BenchmarkPut(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			e := &Entry{Key: "bench", Flow: "publish", Status: "PENDING",
				Payload: []byte(`{"tx":"0x6b1d0f5bd5e3b9d4b1f0bde5f0b9d2f5a3b1c6d7e8f9a0b1c2d3e4f5a6b7c8d9","nonce":42}`)}
			if err := s.Create(b.Context(), e); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Put(b.Context(), e); err != nil {
					b.Fatal(err)
				}
			}
			opsPerSec(b)
		})
	}
}

// BenchmarkGet measures reading one entry.
func BenchmarkGet(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			if err := s.Create(b.Context(), &Entry{Key: "bench", Payload: []byte(`{"n":1}`)}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Get(b.Context(), "bench"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLock measures an uncontended Lock and unlock of one key.
func BenchmarkLock(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			b.ReportAllocs()
			for b.Loop() {
				unlock, err := s.Lock(b.Context(), "bench")
				if err != nil {
					b.Fatal(err)
				}
				if err := unlock(); err != nil {
					b.Fatal(err)
				}
			}
			opsPerSec(b)
		})
	}
}

// BenchmarkLockParallel measures Lock and unlock from parallel goroutines
// on a few keys, so some contend.
func BenchmarkLockParallel(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					unlock, err := s.Lock(b.Context(), fmt.Sprint("bench-", i%4))
					if err != nil {
						b.Error(err)
						return
					}
					if err := unlock(); err != nil {
						b.Error(err)
						return
					}
					i++
				}
			})
		})
	}
}

// BenchmarkCAS measures read-modify-write steps (Get, then Put with the
// version read) from parallel goroutines on 2 keys, retrying on
// ErrConflict: each op is one successful step; conflicts/op says how many
// Puts lost the race.
func BenchmarkCAS(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			for i := range 4 {
				if err := s.Create(b.Context(), &Entry{Key: fmt.Sprint("cas-", i), Payload: []byte(`{"n":0}`)}); err != nil {
					b.Fatal(err)
				}
			}
			var conflicts, next atomic.Int64
			b.SetParallelism(2) // 2 × GOMAXPROCS writers on 2 keys: they conflict
			b.RunParallel(func(pb *testing.PB) {
				key := fmt.Sprint("cas-", next.Add(1)%2)
				for pb.Next() {
					for {
						e, err := s.Get(b.Context(), key)
						if err != nil {
							b.Error(err)
							return
						}
						e.Retries++
						err = s.Put(b.Context(), e)
						if errors.Is(err, ErrConflict) {
							conflicts.Add(1)
							continue
						}
						if err != nil {
							b.Error(err)
							return
						}
						break
					}
				}
			})
			opsPerSec(b)
			b.ReportMetric(float64(conflicts.Load())/float64(b.N), "conflicts/op")
		})
	}
}

// BenchmarkClaim measures claiming work: Claim (the key's lock without
// waiting) and release, from parallel goroutines on distinct keys, as
// replicas sweeping a journal do.
func BenchmarkClaim(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			s := k.open(b)
			var next atomic.Int64
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					release, err := Claim(b.Context(), s, fmt.Sprint("claim-", next.Add(1)))
					if err != nil {
						b.Error(err)
						return
					}
					if err := release(); err != nil {
						b.Error(err)
						return
					}
				}
			})
			opsPerSec(b)
		})
	}
}

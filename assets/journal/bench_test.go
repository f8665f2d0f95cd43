package journal

import (
	"fmt"
	"testing"
)

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

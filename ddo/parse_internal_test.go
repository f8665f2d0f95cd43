package ddo

import (
	"strings"
	"testing"
)

// TestPlainWord checks the word-at-a-time string scan against the byte
// table it replaces, for every byte value in every lane.
func TestPlainWord(t *testing.T) {
	for _, fill := range []byte{'a', ' ', 0x7F, 0x80, 0xFF} {
		for lane := 0; lane < 8; lane++ {
			for c := 0; c < 256; c++ {
				w := []byte(strings.Repeat(string([]byte{fill}), 8))
				w[lane] = byte(c)
				want := true
				for _, b := range w {
					want = want && stringByte[b]
				}
				if got := plainWord(string(w)); got != want {
					t.Fatalf("plainWord(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
}

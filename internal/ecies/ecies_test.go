package ecies_test

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/ecies"
)

// Vector from provider-api.md §9.6 (decrypts with eciesjs 0.4.5).
func TestVector(t *testing.T) {
	key, err := crypto.HexToECDSA("fd5c1ccea015b6d663618850824154a3b3fb2882c46cefb05b9a93fea8c3d215")
	require.NoError(t, err)
	want, err := hex.DecodeString("044f355bdcb7cc0af728ef3cceb9615d90684bb5b2ca5f859ab0f0b704075871aa385b6b1b8ead809ca67454d9683fcf2ba03456d6fe2c4abe2b07f0fbdbb2f1c1000102030405060708090a0b0c0d0e0fed8a9721ec85a119d10386aa3e3fe30e609e00fc76bb1798df46a6")
	require.NoError(t, err)

	seed := append(bytes.Repeat([]byte{0x11}, 32), []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}...)
	got, err := ecies.EncryptWith(bytes.NewReader(seed), &key.PublicKey, []byte("hello_world"))
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(want), hex.EncodeToString(got))

	plain, err := ecies.Decrypt(key, want)
	require.NoError(t, err)
	require.Equal(t, "hello_world", string(plain))
}

func TestRoundTripAndTamper(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	msg := []byte(`{"files":[{"type":"url"}]}`)
	ct, err := ecies.Encrypt(&key.PublicKey, msg)
	require.NoError(t, err)
	require.Len(t, ct, len(msg)+ecies.Overhead)
	plain, err := ecies.Decrypt(key, ct)
	require.NoError(t, err)
	require.Equal(t, msg, plain)

	ct[len(ct)-1] ^= 1
	_, err = ecies.Decrypt(key, ct)
	require.ErrorIs(t, err, ecies.ErrCiphertext)
	_, err = ecies.Decrypt(key, ct[:10])
	require.ErrorIs(t, err, ecies.ErrCiphertext)

	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	ct2, err := ecies.Encrypt(&key.PublicKey, msg)
	require.NoError(t, err)
	_, err = ecies.Decrypt(other, ct2)
	require.ErrorIs(t, err, ecies.ErrCiphertext)

	empty, err := ecies.Encrypt(&key.PublicKey, nil)
	require.NoError(t, err)
	plain, err = ecies.Decrypt(key, empty)
	require.NoError(t, err)
	require.Empty(t, plain)
}

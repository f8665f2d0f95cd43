package ddo_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

// TestMetadataHash is ddo.md §4.7.
func TestMetadataHash(t *testing.T) {
	cases := []struct {
		file           string
		flags2, flags0 string
		hexLen         int
	}{
		{"testdata/tv1.json", "0x7f15f93a0dd162f145f36affde65d4a00b675afb739fc053bd2545a4c31c8940", "0xffcccdb2b7a251c1e305deea921bee5f62a01c740637d104ce670f8acda21d1f", 2190},
		{"testdata/tv2.json", "0xff2116b68d2e052b18ab8d2b8505f44fade4747695b546678cd8d0798313b96d", "0x3792af35503dacd6b0f842368feb19eccb6df4e4c355ba2e122eebba83568ef9", 3008},
	}
	for _, tc := range cases {
		doc := mustRead(t, tc.file)
		assert.Equal(t, tc.flags2, ddo.MetadataHash(doc, ddo.FlagEncrypted).Hex(), tc.file)
		assert.Equal(t, tc.flags2, ddo.SHA256Hash(doc).String(), tc.file)
		assert.Equal(t, tc.flags2, ddo.MetadataHash(doc, ddo.FlagEncrypted|ddo.FlagCompressed).Hex(), "python stack: any flags")
		assert.Equal(t, tc.flags0, ddo.MetadataHash(doc, ddo.FlagPlain).Hex(), tc.file)

		// flags=0 hashes the ASCII of ethers' hexlify(utf8(json)).
		hexText := "0x" + hex.EncodeToString(doc)
		assert.Len(t, hexText, tc.hexLen)
		sum := sha256.Sum256([]byte(hexText))
		assert.Equal(t, tc.flags0, "0x"+hex.EncodeToString(sum[:]))

		var d ddo.DDO
		require.NoError(t, d.UnmarshalJSON(doc))
		assert.Equal(t, tc.flags2, d.MetadataHash(ddo.FlagEncrypted).Hex())
		assert.Equal(t, tc.flags0, d.MetadataHash(ddo.FlagPlain).Hex())
	}
	// Larger than the internal hex buffer.
	big := bytes.Repeat([]byte("x"), 10000)
	sum := sha256.Sum256([]byte("0x" + hex.EncodeToString(big)))
	assert.Equal(t, sum, [32]byte(ddo.MetadataHash(big, ddo.FlagPlain)))
}

// TestDecodeMetadata reads all four flag combinations; the compressed
// fixtures were written by python's lzma.compress (XZ, the default) and
// lzma.compress(format=FORMAT_ALONE).
func TestDecodeMetadata(t *testing.T) {
	tv1 := mustRead(t, "testdata/tv1.json")
	xzData := mustRead(t, "testdata/tv1.json.xz")
	lzmaData := mustRead(t, "testdata/tv1.json.lzma")
	// A stand-in cipher: the real one is the node's ECIES.
	encrypt := func(b []byte) []byte {
		out := append([]byte{0x04}, b...)
		for i := 1; i < len(out); i++ {
			out[i] ^= 0x5a
		}
		return out
	}
	decrypt := func(c []byte) ([]byte, error) {
		if len(c) == 0 || c[0] != 0x04 {
			return nil, errors.New("not a ciphertext")
		}
		out := append([]byte(nil), c[1:]...)
		for i := range out {
			out[i] ^= 0x5a
		}
		return out, nil
	}
	cases := []struct {
		name  string
		flags ddo.Flags
		data  []byte
	}{
		{"plain", ddo.FlagPlain, tv1},
		{"xz", ddo.FlagCompressed, xzData},
		{"lzma alone", ddo.FlagCompressed, lzmaData},
		{"encrypted", ddo.FlagEncrypted, encrypt(tv1)},
		{"xz then encrypted", ddo.FlagCompressed | ddo.FlagEncrypted, encrypt(xzData)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ddo.DecodeMetadata(tc.flags, tc.data, decrypt)
			require.NoError(t, err)
			assert.Equal(t, string(tv1), string(got))
		})
	}

	_, err := ddo.DecodeMetadata(ddo.FlagEncrypted, encrypt(tv1), nil)
	assert.ErrorIs(t, err, ddo.ErrEncrypted)
	_, err = ddo.DecodeMetadata(4, tv1, decrypt)
	assert.ErrorIs(t, err, ddo.ErrUnknownFlags)
	_, err = ddo.DecodeMetadata(ddo.FlagCompressed, tv1, nil)
	assert.Error(t, err, "plain JSON is not LZMA")
	_, err = ddo.DecodeMetadata(ddo.FlagEncrypted, tv1, decrypt)
	assert.ErrorContains(t, err, "ddo: decrypt metadata: not a ciphertext")

	compressed, err := ddo.CompressMetadata(tv1)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(compressed, []byte{0xFD, '7', 'z', 'X', 'Z', 0}))
	back, err := ddo.DecodeMetadata(ddo.FlagCompressed, compressed, nil)
	require.NoError(t, err)
	assert.Equal(t, tv1, back)
}

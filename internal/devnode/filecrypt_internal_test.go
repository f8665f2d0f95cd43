package devnode

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
	"testing"
	"testing/iotest"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestFileAESVector checks the cipher, key and padding against bytes an
// Ocean Node wrote: the fixture src/test/data/organizations-100.aes of
// oceanprotocol/ocean-node (v3.1.0 tree), AES-encrypted by the node whose
// key is NODE2_PRIVATE_KEY of its src/test/.env.test. Its first 48 and last
// 32 bytes are below. Blocks 2 and 3 decrypt to text and the last block
// to a full padding block with the node's private key as the AES-256 key
// in CBC mode. (The fixture predates v3.1.0's key manager: its IV was the
// protobuf form of the public key, so its first block decrypts only with
// that; v3.1.0 takes the first 16 bytes of the raw compressed key, which
// the round trips below use.)
func TestFileAESVector(t *testing.T) {
	t.Parallel()
	key, err := crypto.HexToECDSA("3634cc4a3d2694a1186a7ce545f149e022eea103cc254d18d08675104bb4b5ac")
	require.NoError(t, err)
	head := hexutil.MustDecode("0x5002f2ff7003f07b3063729120da76e388307a1e39b7e68307fe25e82e1532fd662150e14209992531b45c39323da089")
	tail := hexutil.MustDecode("0xc04149724b29aa61e4e6433c05a3741534c72fae09457c857ef2840cd179cd8b")
	block, iv := aesKey(key)
	require.Equal(t, crypto.CompressPubkey(&key.PublicKey)[:16], iv)

	out := make([]byte, 32)
	cipher.NewCBCDecrypter(block, head[:16]).CryptBlocks(out, head[16:])
	require.Equal(t, "SECONDHANDSONGS DATASET\n#      h", string(out))

	// The old IV: the protobuf public key (08 02 12 21 ‖ compressed key).
	pb := append([]byte{0x08, 0x02, 0x12, 0x21}, crypto.CompressPubkey(&key.PublicKey)...)
	first := make([]byte, 16)
	cipher.NewCBCDecrypter(block, pb[:16]).CryptBlocks(first, head[:16])
	require.Equal(t, "# TESTING SET\n# ", string(first))

	last := make([]byte, 16)
	cipher.NewCBCDecrypter(block, tail[:16]).CryptBlocks(last, tail[16:])
	require.Equal(t, bytes.Repeat([]byte{16}, 16), last)
}

func TestFileAESRoundTrip(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	block, iv := aesKey(key)
	for _, n := range []int{0, 1, 15, 16, 17, 4095, cbcChunk - 1, cbcChunk, cbcChunk + 1, 3*cbcChunk + 7} {
		plain := make([]byte, n)
		rand.Read(plain)
		// Readers that return one byte at a time exercise every split.
		src := io.Reader(bytes.NewReader(plain))
		if n < 5000 {
			src = iotest.OneByteReader(src)
		}
		ct, err := io.ReadAll(newCBCEncrypter(key, src))
		require.NoError(t, err, n)
		require.Len(t, ct, int(aesCiphertextLen(int64(n))), n)

		// The same bytes as a one-shot CBC with PKCS#7 (what Node's
		// createCipheriv('aes-256-cbc') writes).
		pad := aes.BlockSize - n%aes.BlockSize
		want := append(append([]byte(nil), plain...), bytes.Repeat([]byte{byte(pad)}, pad)...)
		cipher.NewCBCEncrypter(block, iv).CryptBlocks(want, want)
		require.Equal(t, want, ct, n)

		var csrc io.Reader = bytes.NewReader(ct)
		if n < 5000 {
			csrc = iotest.HalfReader(csrc)
		}
		got, err := io.ReadAll(newCBCDecrypter(key, csrc))
		require.NoError(t, err, n)
		require.Equal(t, plain, got, n)
	}
}

func TestFileAESDecryptRejects(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	ct, err := io.ReadAll(newCBCEncrypter(key, bytes.NewReader([]byte("hello ocean"))))
	require.NoError(t, err)
	for name, in := range map[string][]byte{
		"empty": nil, "short": ct[:15], "truncated": ct[:len(ct)-1], "not a block multiple": append(ct, 1),
	} {
		_, err := io.ReadAll(newCBCDecrypter(key, bytes.NewReader(in)))
		require.ErrorIs(t, err, errBadPadding, name)
	}
}

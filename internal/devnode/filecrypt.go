package devnode

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"errors"
	"io"

	"github.com/ethereum/go-ethereum/crypto"
)

// File content encryption as Ocean Node v3.1.0's key manager does it
// (RawPrivateKeyProvider.encrypt/encryptStream/decryptStream):
//
//   - "AES": AES-256-CBC with PKCS#7 padding; the key is the node's 32-byte
//     private key, the IV the first 16 bytes of its libp2p public key's raw
//     form, the 33-byte compressed secp256k1 key. No header: the
//     ciphertext of n bytes is 16*(n/16+1) bytes. Both directions stream.
//   - "ECIES": eciesjs over the whole content to the node's public key
//     (internal/ecies, 97 bytes of overhead); it cannot stream.
const (
	methodAES   = "AES"
	methodECIES = "ECIES"
)

// errBadPadding: AES content that does not decrypt to valid padding (not
// encrypted by this node, or corrupted).
var errBadPadding = errors.New("devnode: content does not decrypt (bad padding)")

// aesKey returns the cipher and IV of the node's file encryption.
func aesKey(key *ecdsa.PrivateKey) (cipher.Block, []byte) {
	block, err := aes.NewCipher(crypto.FromECDSA(key))
	if err != nil {
		panic(err) // a secp256k1 key is always 32 bytes
	}
	return block, crypto.CompressPubkey(&key.PublicKey)[:aes.BlockSize]
}

// aesCiphertextLen is the length of the AES ciphertext of n bytes.
func aesCiphertextLen(n int64) int64 { return (n/aes.BlockSize + 1) * aes.BlockSize }

// cbcChunk is how much the CBC readers read from their source at once.
const cbcChunk = 256 << 10

// cbcEncrypter encrypts its source as it is read, padding at the end.
type cbcEncrypter struct {
	src  io.Reader
	mode cipher.BlockMode
	in   []byte // unencrypted tail, < one block, at the start of a read
	out  []byte // encrypted, not yet returned
	buf  []byte
	done bool
}

func newCBCEncrypter(key *ecdsa.PrivateKey, src io.Reader) *cbcEncrypter {
	block, iv := aesKey(key)
	return &cbcEncrypter{src: src, mode: cipher.NewCBCEncrypter(block, iv), buf: make([]byte, cbcChunk+aes.BlockSize)}
}

func (e *cbcEncrypter) Read(p []byte) (int, error) {
	for len(e.out) == 0 {
		if e.done {
			return 0, io.EOF
		}
		k := copy(e.buf, e.in)
		n, err := io.ReadAtLeast(e.src, e.buf[k:cbcChunk+k], 1)
		data := e.buf[:k+n]
		switch {
		case err == io.EOF || err == io.ErrUnexpectedEOF:
			pad := aes.BlockSize - len(data)%aes.BlockSize
			data = append(data, bytes.Repeat([]byte{byte(pad)}, pad)...)
			e.done = true
		case err != nil:
			return 0, err
		}
		full := len(data) - len(data)%aes.BlockSize
		e.in = append(e.in[:0], data[full:]...)
		e.mode.CryptBlocks(data[:full], data[:full])
		e.out = data[:full]
	}
	n := copy(p, e.out)
	e.out = e.out[n:]
	return n, nil
}

// cbcDecrypter decrypts its source as it is read. It holds the last block
// back until the source ends, then checks and strips the padding; content
// that does not decrypt ends with errBadPadding.
type cbcDecrypter struct {
	src  io.Reader
	mode cipher.BlockMode
	held []byte // read, not yet decrypted (the last block, and any partial one)
	out  []byte
	buf  []byte
	done bool
}

func newCBCDecrypter(key *ecdsa.PrivateKey, src io.Reader) *cbcDecrypter {
	block, iv := aesKey(key)
	return &cbcDecrypter{src: src, mode: cipher.NewCBCDecrypter(block, iv), buf: make([]byte, cbcChunk+2*aes.BlockSize)}
}

func (d *cbcDecrypter) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.done {
			return 0, io.EOF
		}
		k := copy(d.buf, d.held)
		n, err := io.ReadAtLeast(d.src, d.buf[k:cbcChunk+k], 1)
		data := d.buf[:k+n]
		last := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !last {
			return 0, err
		}
		if last {
			if len(data) == 0 || len(data)%aes.BlockSize != 0 {
				return 0, errBadPadding
			}
			d.mode.CryptBlocks(data, data)
			pad := int(data[len(data)-1])
			if pad == 0 || pad > aes.BlockSize || !bytes.Equal(data[len(data)-pad:], bytes.Repeat([]byte{byte(pad)}, pad)) {
				return 0, errBadPadding
			}
			d.out, d.done = data[:len(data)-pad], true
			continue
		}
		// Keep the last full block (it may be the padding) and any
		// partial one for the next round.
		keep := len(data)%aes.BlockSize + aes.BlockSize
		if keep > len(data) {
			keep = len(data)
		}
		ready := len(data) - keep
		d.mode.CryptBlocks(data[:ready], data[:ready])
		d.out = data[:ready]
		d.held = append(d.held[:0], data[ready:]...)
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

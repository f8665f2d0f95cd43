package ecies

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	pubLen   = 65
	nonceLen = 16
	tagLen   = 16
	// Overhead is the number of bytes a ciphertext is longer than its
	// plaintext.
	Overhead = pubLen + nonceLen + tagLen
)

// ErrCiphertext is returned by Decrypt for input that is not a valid
// ciphertext for the key (too short, bad point, or failed authentication).
var ErrCiphertext = errors.New("ecies: invalid ciphertext")

// Encrypt encrypts plaintext to pub with a fresh ephemeral key and nonce.
func Encrypt(pub *ecdsa.PublicKey, plaintext []byte) ([]byte, error) {
	return EncryptWith(rand.Reader, pub, plaintext)
}

// EncryptWith is Encrypt reading the ephemeral key (32 bytes) and then the
// nonce (16 bytes) from r. It exists for reproducible test vectors; use
// Encrypt otherwise.
func EncryptWith(r io.Reader, pub *ecdsa.PublicKey, plaintext []byte) ([]byte, error) {
	if pub == nil {
		return nil, errors.New("ecies: invalid public key")
	}
	recipient, err := secp256k1.ParsePubKey(crypto.FromECDSAPub(pub))
	if err != nil {
		return nil, errors.New("ecies: invalid public key")
	}
	var eph *secp256k1.PrivateKey
	for eph == nil {
		var seed [32]byte
		if _, err := io.ReadFull(r, seed[:]); err != nil {
			return nil, fmt.Errorf("ecies: ephemeral key: %w", err)
		}
		var k secp256k1.ModNScalar
		if overflow := k.SetBytes(&seed); overflow == 0 && !k.IsZero() {
			eph = secp256k1.NewPrivateKey(&k)
		}
	}
	nonce := make([]byte, nonceLen)
	if _, err := io.ReadFull(r, nonce); err != nil {
		return nil, fmt.Errorf("ecies: nonce: %w", err)
	}
	ephPub := eph.PubKey().SerializeUncompressed()
	aead, err := newAEAD(ephPub, sharedPoint(recipient, &eph.Key))
	if err != nil {
		return nil, err
	}
	sealed := aead.Seal(nil, nonce, plaintext, nil) // ciphertext ‖ tag
	ct, tag := sealed[:len(plaintext)], sealed[len(plaintext):]
	out := make([]byte, 0, Overhead+len(plaintext))
	out = append(out, ephPub...)
	out = append(out, nonce...)
	out = append(out, tag...)
	return append(out, ct...), nil
}

// Decrypt decrypts a ciphertext produced for key's public key.
func Decrypt(key *ecdsa.PrivateKey, ciphertext []byte) ([]byte, error) {
	if len(ciphertext) < Overhead {
		return nil, ErrCiphertext
	}
	ephPub := ciphertext[:pubLen]
	pub, err := secp256k1.ParsePubKey(ephPub)
	if err != nil {
		return nil, ErrCiphertext
	}
	if key == nil {
		return nil, errors.New("ecies: nil key")
	}
	priv := secp256k1.PrivKeyFromBytes(crypto.FromECDSA(key))
	nonce := ciphertext[pubLen : pubLen+nonceLen]
	tag := ciphertext[pubLen+nonceLen : Overhead]
	ct := ciphertext[Overhead:]
	aead, err := newAEAD(ephPub, sharedPoint(pub, &priv.Key))
	if err != nil {
		return nil, err
	}
	sealed := make([]byte, 0, len(ct)+tagLen)
	sealed = append(append(sealed, ct...), tag...)
	plain, err := aead.Open(nil, nonce, sealed, nil)
	if err != nil {
		return nil, ErrCiphertext
	}
	return plain, nil
}

func sharedPoint(pub *secp256k1.PublicKey, k *secp256k1.ModNScalar) []byte {
	var p, r secp256k1.JacobianPoint
	pub.AsJacobian(&p)
	secp256k1.ScalarMultNonConst(k, &p, &r)
	r.ToAffine()
	return secp256k1.NewPublicKey(&r.X, &r.Y).SerializeUncompressed()
}

func newAEAD(ephPub, shared []byte) (cipher.AEAD, error) {
	ikm := make([]byte, 0, len(ephPub)+len(shared))
	ikm = append(append(ikm, ephPub...), shared...)
	key, err := hkdf.Key(sha256.New, ikm, nil, "", 32)
	if err != nil {
		return nil, fmt.Errorf("ecies: hkdf: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("ecies: %w", err)
	}
	return cipher.NewGCMWithNonceSize(block, nonceLen)
}

package provider

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs provider requests. SignMessage returns the 65-byte
// EIP-191 personal_sign signature (r ‖ s ‖ v, v either 0/1 or 27/28) of
// msg, that is an ECDSA signature over
// keccak256("\x19Ethereum Signed Message:\n" + len(msg) + msg) by the key
// of Address. Implementations must be safe for concurrent use.
//
// KeySigner and WalletSigner cover raw keys, keystores, Clef and USB
// wallets; a KMS or HSM signer implements the interface by hashing with
// accounts.TextHash and signing the digest. Smart-account (ERC-1271)
// signers work against Ocean Node, which checks isValidSignature.
type Signer interface {
	Address() common.Address
	SignMessage(ctx context.Context, msg []byte) ([]byte, error)
}

// KeySigner signs with an in-memory private key.
type KeySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

var _ Signer = (*KeySigner)(nil)

// NewKeySigner returns a Signer for key.
func NewKeySigner(key *ecdsa.PrivateKey) *KeySigner {
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// NewHexKeySigner parses a hex private key (with or without 0x).
func NewHexKeySigner(hexKey string) (*KeySigner, error) {
	if len(hexKey) > 1 && hexKey[0] == '0' && (hexKey[1] == 'x' || hexKey[1] == 'X') {
		hexKey = hexKey[2:]
	}
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, errors.New("provider: invalid private key")
	}
	return NewKeySigner(k), nil
}

// Address returns the signer's address.
func (s *KeySigner) Address() common.Address { return s.addr }

// SignMessage signs msg with EIP-191 personal_sign; v is 27 or 28.
func (s *KeySigner) SignMessage(_ context.Context, msg []byte) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(msg), s.key)
	if err != nil {
		return nil, fmt.Errorf("provider: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// WalletSigner signs through a go-ethereum accounts.Wallet: an unlocked
// keystore account, Clef (accounts/external) or a USB hardware wallet.
type WalletSigner struct {
	wallet  accounts.Wallet
	account accounts.Account
}

var _ Signer = (*WalletSigner)(nil)

// NewWalletSigner returns a Signer for account in wallet. For a keystore,
// the account must be unlocked (keystore.KeyStore.Unlock or TimedUnlock);
// find the wallet with KeyStore.Find or accounts.Manager.Find.
func NewWalletSigner(wallet accounts.Wallet, account accounts.Account) *WalletSigner {
	return &WalletSigner{wallet: wallet, account: account}
}

// Address returns the account address.
func (s *WalletSigner) Address() common.Address { return s.account.Address }

// SignMessage signs msg with the wallet's SignText (EIP-191).
func (s *WalletSigner) SignMessage(_ context.Context, msg []byte) ([]byte, error) {
	sig, err := s.wallet.SignText(s.account, msg)
	if err != nil {
		return nil, fmt.Errorf("provider: wallet sign: %w", err)
	}
	if len(sig) == 65 && sig[64] < 27 {
		sig[64] += 27
	}
	return sig, nil
}

// Auth identifies the caller of a signed request: either a Signer, which
// signs every request, or an auth token from CreateAuthToken, which is sent
// instead of a signature. With a token, Address must be the token's
// address unless Signer is also set. When both are set the token is sent
// where the server accepts tokens and the Signer signs where it does not:
// Ocean Node v3.1.0 accepts tokens on download, compute and the other
// signed routes but not on encrypt (see Client.Encrypt), so a token-only
// Auth cannot publish.
type Auth struct {
	Signer  Signer
	Token   string
	Address common.Address
}

// SignedBy returns Auth for s.
func SignedBy(s Signer) Auth { return Auth{Signer: s} }

// TokenAuth returns Auth using an auth token issued to address.
func TokenAuth(address common.Address, token string) Auth {
	return Auth{Token: token, Address: address}
}

func (a Auth) address() (common.Address, error) {
	if a.Signer != nil {
		return a.Signer.Address(), nil
	}
	if a.Token != "" && a.Address != (common.Address{}) {
		return a.Address, nil
	}
	return common.Address{}, errors.New("provider: request needs a Signer, or a Token with its Address")
}

// requestHash is keccak256 of the signed message text.
func requestHash(msg string) []byte { return crypto.Keccak256([]byte(msg)) }

// payloadFor returns the bytes personal_sign is applied to for a message
// in dialect d. Classic signs the 32 hash bytes. Ocean Node verifies a
// signature over ethers' toBeArray(hash), which drops leading zero bytes
// (provider-api.md §3, vector 9.3), so for nodes the leading zeros are
// trimmed; for 255 of 256 messages both are the same.
func payloadFor(d Dialect, msg string) []byte {
	h := requestHash(msg)
	if d == DialectNode {
		for len(h) > 0 && h[0] == 0 {
			h = h[1:]
		}
	}
	return h
}

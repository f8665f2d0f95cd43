package devnode

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// providerFee is the provider fee as initialize returns it; field order
// and JSON types as Ocean Node writes them.
type providerFee struct {
	ProviderFeeAddress string `json:"providerFeeAddress"`
	ProviderFeeToken   string `json:"providerFeeToken"`
	ProviderFeeAmount  string `json:"providerFeeAmount"`
	ProviderData       string `json:"providerData"`
	V                  uint8  `json:"v"`
	R                  string `json:"r"`
	S                  string `json:"s"`
	ValidUntil         int64  `json:"validUntil"`
}

// feeMessageHash is what the datatoken's _checkProviderFee recomputes:
// keccak256(providerData ‖ feeAddress ‖ feeToken ‖ uint256 amount ‖
// uint256 validUntil) (contracts.md §5).
func feeMessageHash(data []byte, feeAddress, feeToken common.Address, amount *big.Int, validUntil int64) []byte {
	return crypto.Keccak256(data, feeAddress.Bytes(), feeToken.Bytes(),
		math.U256Bytes(new(big.Int).Set(amount)), math.U256Bytes(big.NewInt(validUntil)))
}

// signProviderFee signs a provider fee with key exactly as the datatoken
// contract verifies it: EIP-191 over the 32 hash bytes, v 27/28.
func signProviderFee(key *ecdsa.PrivateKey, data []byte, feeToken common.Address, amount *big.Int, validUntil int64) (providerFee, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	h := feeMessageHash(data, addr, feeToken, amount, validUntil)
	sig, err := crypto.Sign(accounts.TextHash(h), key)
	if err != nil {
		return providerFee{}, err
	}
	return providerFee{
		ProviderFeeAddress: addr.Hex(),
		ProviderFeeToken:   feeToken.Hex(),
		ProviderFeeAmount:  amount.String(),
		ProviderData:       hexutil.Encode(data),
		V:                  sig[64] + 27,
		R:                  hexutil.Encode(sig[:32]),
		S:                  hexutil.Encode(sig[32:64]),
		ValidUntil:         validUntil,
	}, nil
}

// feeSignatureValid reports whether (v, r, s) is feeAddress's signature of
// the fee, as the contract checks it.
func feeSignatureValid(data []byte, feeAddress, feeToken common.Address, amount *big.Int, validUntil *big.Int, v uint8, r, s [32]byte) bool {
	if v < 27 || validUntil == nil || !validUntil.IsInt64() {
		return false
	}
	h := feeMessageHash(data, feeAddress, feeToken, amount, validUntil.Int64())
	sig := make([]byte, 65)
	copy(sig, r[:])
	copy(sig[32:], s[:])
	sig[64] = v - 27
	pub, err := crypto.SigToPub(accounts.TextHash(h), sig)
	return err == nil && crypto.PubkeyToAddress(*pub) == feeAddress
}

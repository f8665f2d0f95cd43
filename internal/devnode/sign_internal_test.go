package devnode

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func signForTest(key *ecdsa.PrivateKey, message string) (string, error) {
	sig, err := crypto.Sign(accounts.TextHash(crypto.Keccak256([]byte(message))), key)
	if err != nil {
		return "", err
	}
	sig[64] += 27
	return hexutil.Encode(sig), nil
}

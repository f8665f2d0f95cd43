package devnode

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// peerID is the libp2p peer id of a secp256k1 key, as Ocean Node reports
// it as nodeId: base58btc of the identity multihash of the protobuf
// PublicKey{Type: Secp256k1, Data: compressed key}.
func peerID(pub *ecdsa.PublicKey) string {
	compressed := crypto.CompressPubkey(pub)
	pb := append([]byte{0x08, 0x02, 0x12, byte(len(compressed))}, compressed...)
	mh := append([]byte{0x00, byte(len(pb))}, pb...)
	return base58(mh)
}

func base58(b []byte) string {
	x := new(big.Int).SetBytes(b)
	radix, mod := big.NewInt(58), new(big.Int)
	var out []byte
	for x.Sign() > 0 {
		x.DivMod(x, radix, mod)
		out = append(out, base58Alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

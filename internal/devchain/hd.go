package devchain

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BargeMnemonic is the public test mnemonic of Ocean's Barge stack. Accounts
// derived from it (m/44'/60'/0'/0/i) hold no value on any public network.
const BargeMnemonic = "taxi music thumb unique chat sand crew more leg another off lamp"

// Account is a funded development account.
type Account struct {
	// Address is the account address.
	Address common.Address
	// Key is the account's private key. It is a development key: never use it
	// on a public network.
	Key *ecdsa.PrivateKey
}

const hardened = 1 << 31

// DeriveAccounts derives n accounts from mnemonic along m/44'/60'/0'/0/i
// (BIP-39 seed with an empty passphrase, BIP-32 derivation), the path Ocean's
// tools and most wallets use.
func DeriveAccounts(mnemonic string, n int) ([]Account, error) {
	words := strings.Fields(mnemonic)
	if len(words) < 12 {
		return nil, errors.New("devchain: mnemonic needs at least 12 words")
	}
	for _, w := range words {
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return nil, fmt.Errorf("devchain: mnemonic word %q is not lowercase ASCII", w)
			}
		}
	}
	seed, err := pbkdf2.Key(sha512.New, strings.Join(words, " "), []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("devchain: seed: %w", err)
	}
	key, chain := masterKey(seed)
	for _, idx := range []uint32{44 + hardened, 60 + hardened, 0 + hardened, 0} {
		if key, chain, err = childKey(key, chain, idx); err != nil {
			return nil, err
		}
	}
	out := make([]Account, 0, n)
	for i := uint32(0); len(out) < n; i++ {
		k, _, err := childKey(key, chain, i)
		if err != nil {
			continue // an invalid child (probability < 2^-127) is skipped, as BIP-32 says
		}
		priv, err := crypto.ToECDSA(k.FillBytes(make([]byte, 32)))
		if err != nil {
			return nil, err
		}
		out = append(out, Account{Address: crypto.PubkeyToAddress(priv.PublicKey), Key: priv})
	}
	return out, nil
}

func masterKey(seed []byte) (*big.Int, []byte) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	return new(big.Int).SetBytes(sum[:32]), sum[32:]
}

// childKey is BIP-32 CKDpriv.
func childKey(parent *big.Int, chainCode []byte, index uint32) (*big.Int, []byte, error) {
	n := crypto.S256().Params().N
	data := make([]byte, 0, 37)
	if index >= hardened {
		data = append(data, 0)
		data = append(data, parent.FillBytes(make([]byte, 32))...)
	} else {
		priv, err := crypto.ToECDSA(parent.FillBytes(make([]byte, 32)))
		if err != nil {
			return nil, nil, err
		}
		data = append(data, crypto.CompressPubkey(&priv.PublicKey)...)
	}
	data = binary.BigEndian.AppendUint32(data, index)
	mac := hmac.New(sha512.New, chainCode)
	mac.Write(data)
	sum := mac.Sum(nil)
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return nil, nil, errors.New("devchain: invalid child " + strconv.FormatUint(uint64(index), 10))
	}
	child := il.Add(il, parent)
	child.Mod(child, n)
	if child.Sign() == 0 {
		return nil, nil, errors.New("devchain: invalid child " + strconv.FormatUint(uint64(index), 10))
	}
	return child, sum[32:], nil
}

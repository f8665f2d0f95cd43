package ddo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrInvalidProviderFee is the error of ProviderFee.Verify: the fee's
// signature does not recover to its ProviderFeeAddress, so the datatoken's
// startOrder or reuseOrder would revert with "Invalid provider fee".
var ErrInvalidProviderFee = errors.New("ddo: provider fee signature does not match providerFeeAddress")

// ProviderFee is the fee a provider (Ocean Node) signs in its initialize
// answer, passed unchanged to the datatoken's startOrder or reuseOrder
// (provider-api.md §4). The provider client decodes it, the datatoken
// package pays it; it is declared here, the lowest package both import.
// ProviderData must be the exact bytes the provider signed.
type ProviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int // token base units
	ProviderData       []byte   // UTF-8 JSON, exactly as signed
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int // unix seconds; 0 means no expiry
}

type providerFeeWire struct {
	ProviderFeeAddress string          `json:"providerFeeAddress"`
	ProviderFeeToken   string          `json:"providerFeeToken"`
	ProviderFeeAmount  json.RawMessage `json:"providerFeeAmount"`
	ProviderData       string          `json:"providerData"`
	V                  json.RawMessage `json:"v"`
	R                  string          `json:"r"`
	S                  string          `json:"s"`
	ValidUntil         json.RawMessage `json:"validUntil"`
}

// UnmarshalJSON reads a node's or a classic provider's providerFee object;
// amount, v and validUntil may be numbers or strings. An object without
// address, token and data ({} sent with validOrder) is the zero fee.
func (f *ProviderFee) UnmarshalJSON(b []byte) error {
	var w providerFeeWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.ProviderFeeAddress == "" && w.ProviderFeeToken == "" && w.ProviderData == "" {
		*f = ProviderFee{}
		return nil
	}
	if !common.IsHexAddress(w.ProviderFeeAddress) || !common.IsHexAddress(w.ProviderFeeToken) {
		return errors.New("providerFee: bad address")
	}
	f.ProviderFeeAddress = common.HexToAddress(w.ProviderFeeAddress)
	f.ProviderFeeToken = common.HexToAddress(w.ProviderFeeToken)
	var ok bool
	if f.ProviderFeeAmount, ok = feeInt(w.ProviderFeeAmount); !ok {
		return errors.New("providerFee: bad providerFeeAmount")
	}
	if f.ValidUntil, ok = feeInt(w.ValidUntil); !ok {
		return errors.New("providerFee: bad validUntil")
	}
	data, err := hexutil.Decode(ensure0x(w.ProviderData))
	if err != nil && w.ProviderData != "" && w.ProviderData != "0x" {
		return errors.New("providerFee: bad providerData")
	}
	f.ProviderData = data
	v, ok := feeInt(w.V)
	if !ok || !v.IsUint64() || v.Uint64() > 255 {
		return errors.New("providerFee: bad v")
	}
	f.V = uint8(v.Uint64())
	if f.R, err = bytes32(w.R); err != nil {
		return fmt.Errorf("providerFee: r: %v", err)
	}
	if f.S, err = bytes32(w.S); err != nil {
		return fmt.Errorf("providerFee: s: %v", err)
	}
	return nil
}

// MarshalJSON writes the classic wire form: checksummed addresses, the
// amount as a decimal string, hex data, r and s, v and validUntil as
// numbers.
func (f ProviderFee) MarshalJSON() ([]byte, error) {
	amt, vu := "0", int64(0)
	if f.ProviderFeeAmount != nil {
		amt = f.ProviderFeeAmount.String()
	}
	if f.ValidUntil != nil {
		vu = f.ValidUntil.Int64()
	}
	return json.Marshal(map[string]any{
		"providerFeeAddress": f.ProviderFeeAddress.Hex(), "providerFeeToken": f.ProviderFeeToken.Hex(),
		"providerFeeAmount": amt, "providerData": hexutil.Encode(f.ProviderData), "v": f.V,
		"r": hexutil.Encode(f.R[:]), "s": hexutil.Encode(f.S[:]), "validUntil": vu,
	})
}

// MessageHash is keccak256(providerData ‖ providerFeeAddress ‖
// providerFeeToken ‖ uint256 amount ‖ uint256 validUntil), the hash the
// provider signs (EIP-191 personal-sign) and the datatoken recomputes.
func (f *ProviderFee) MessageHash() common.Hash {
	return crypto.Keccak256Hash(f.ProviderData, f.ProviderFeeAddress.Bytes(), f.ProviderFeeToken.Bytes(),
		common.LeftPadBytes(nonNilInt(f.ProviderFeeAmount).Bytes(), 32), common.LeftPadBytes(nonNilInt(f.ValidUntil).Bytes(), 32))
}

// Signer recovers the address that signed the fee, as the contract's
// ecrecover does (v must be 27 or 28).
func (f *ProviderFee) Signer() (common.Address, error) {
	if f.V != 27 && f.V != 28 {
		return common.Address{}, fmt.Errorf("v is %d, want 27 or 28", f.V)
	}
	h := f.MessageHash()
	sig := make([]byte, 65)
	copy(sig, f.R[:])
	copy(sig[32:], f.S[:])
	sig[64] = f.V - 27
	pub, err := crypto.SigToPub(accounts.TextHash(h[:]), sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// IsZero reports the all-zero fee the contract accepts without a provider
// (no provider, no signature, amount 0).
func (f *ProviderFee) IsZero() bool {
	return f.ProviderFeeAddress == (common.Address{}) && f.R == [32]byte{} && f.S == [32]byte{} &&
		nonNilInt(f.ProviderFeeAmount).Sign() == 0
}

// Verify checks locally what the datatoken checks on chain: that
// ProviderFeeAddress signed the fee. It returns an error matching
// ErrInvalidProviderFee otherwise. The zero fee passes, as it does on
// chain. Ocean Node signs some hashes wrongly (a leading zero byte):
// initialize again when Verify fails.
func (f *ProviderFee) Verify() error {
	if f.IsZero() {
		return nil
	}
	signer, err := f.Signer()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProviderFee, err)
	}
	if signer != f.ProviderFeeAddress {
		return fmt.Errorf("%w: signed by %s, not providerFeeAddress %s", ErrInvalidProviderFee, signer.Hex(), f.ProviderFeeAddress.Hex())
	}
	return nil
}

// Sign fills V, R and S the way a provider does: sign is given the EIP-191
// digest of MessageHash and returns a 65-byte r‖s‖v signature with v 0/1
// or 27/28 (crypto.Sign(digest, key) in go-ethereum, a KMS or a wallet).
// It is for tests and for Go programs that act as a provider.
func (f *ProviderFee) Sign(sign func(digest []byte) ([]byte, error)) error {
	h := f.MessageHash()
	sig, err := sign(accounts.TextHash(h[:]))
	if err != nil {
		return fmt.Errorf("ddo: sign provider fee: %w", err)
	}
	if len(sig) != 65 {
		return fmt.Errorf("ddo: sign provider fee: signature is %d bytes, want 65", len(sig))
	}
	copy(f.R[:], sig[:32])
	copy(f.S[:], sig[32:64])
	f.V = sig[64]
	if f.V < 27 {
		f.V += 27
	}
	return nil
}

func nonNilInt(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func ensure0x(s string) string {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return s
	}
	return "0x" + s
}

func bytes32(s string) ([32]byte, error) {
	var out [32]byte
	b, err := hexutil.Decode(ensure0x(s))
	if err != nil || len(b) > 32 {
		return out, errors.New("not 32-byte hex")
	}
	copy(out[32-len(b):], b)
	return out, nil
}

// feeInt reads a JSON number, a numeric string or null (0) as a
// non-negative integer; "12.0" and 1.5e3 are accepted when integral.
func feeInt(raw json.RawMessage) (*big.Int, bool) {
	raw = bytes.TrimSpace(raw)
	s := string(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var err error
		if s, err = strconv.Unquote(s); err != nil {
			return nil, false
		}
	}
	s = strings.TrimSpace(s)
	if s == "" || s == "null" {
		return new(big.Int), true
	}
	n, ok := new(big.Int).SetString(s, 0)
	if ok && n.Sign() >= 0 {
		return n, true
	}
	if r, ok := new(big.Rat).SetString(s); ok && r.IsInt() && r.Sign() >= 0 {
		return r.Num(), true
	}
	return nil, false
}

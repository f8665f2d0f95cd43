package provider

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/oceango/ocean.go/internal/httpx"
)

// FileObject is a file description as stored (encrypted) in a DDO service
// and accepted by fileinfo: {"type":"url","url":…,"method":"GET"}, ipfs
// {"hash"}, arweave {"transactionId"}, graphql, smartcontract, s3, ….
// It is a map so every server-specific field passes through unchanged.
type FileObject map[string]any

// URLFile returns a "url" file object; method defaults to GET.
func URLFile(rawURL, method string) FileObject {
	if method == "" {
		method = "GET"
	}
	return FileObject{"type": "url", "url": rawURL, "method": method}
}

// FileInfo describes one file as the server sees it (fileinfo).
type FileInfo struct {
	Index         int    // position in the service's files (classic only; else the array position)
	Valid         bool   // the file is reachable
	Type          string // file object type
	ContentLength int64  // -1 when unknown
	ContentType   string
	Name          string // file name ("filename" classic, "name" node)
	Checksum      string // sha256 hex when requested and computed
	ChecksumType  string
	EncryptedBy   string
	EncryptMethod string
}

type fileInfoWire struct {
	Index         *int       `json:"index"`
	Valid         bool       `json:"valid"`
	Type          string     `json:"type"`
	ContentLength httpx.Flex `json:"contentLength"`
	ContentType   string     `json:"contentType"`
	Filename      string     `json:"filename"`
	Name          string     `json:"name"`
	Checksum      string     `json:"checksum"`
	ChecksumType  string     `json:"checksumType"`
	EncryptedBy   string     `json:"encryptedBy"`
	EncryptMethod string     `json:"encryptMethod"`
}

func (w fileInfoWire) toFileInfo(pos int) FileInfo {
	fi := FileInfo{Index: pos, Valid: w.Valid, Type: w.Type, ContentType: w.ContentType, Name: w.Name,
		Checksum: w.Checksum, ChecksumType: w.ChecksumType, EncryptedBy: w.EncryptedBy, EncryptMethod: w.EncryptMethod,
		ContentLength: -1}
	if w.Index != nil {
		fi.Index = *w.Index
	}
	if fi.Name == "" {
		fi.Name = w.Filename
	}
	if n, err := w.ContentLength.Int64(); err == nil && w.ContentLength != "" {
		fi.ContentLength = n
	}
	if fi.Checksum != "" && fi.ChecksumType == "" {
		fi.ChecksumType = "sha256"
	}
	return fi
}

// ProviderFee is the fee a provider signs in initialize, passed unchanged
// to the datatoken's startOrder or reuseOrder (provider-api.md §4).
type ProviderFee struct {
	ProviderFeeAddress common.Address
	ProviderFeeToken   common.Address
	ProviderFeeAmount  *big.Int // token base units
	ProviderData       []byte   // UTF-8 JSON, exactly as signed
	V                  uint8
	R                  [32]byte
	S                  [32]byte
	ValidUntil         *big.Int // unix seconds, 0 = no expiry
}

type providerFeeWire struct {
	ProviderFeeAddress string     `json:"providerFeeAddress"`
	ProviderFeeToken   string     `json:"providerFeeToken"`
	ProviderFeeAmount  httpx.Flex `json:"providerFeeAmount"`
	ProviderData       string     `json:"providerData"`
	V                  httpx.Flex `json:"v"`
	R                  string     `json:"r"`
	S                  string     `json:"s"`
	ValidUntil         httpx.Flex `json:"validUntil"`
}

// UnmarshalJSON accepts numbers or strings for amount, v and validUntil.
func (f *ProviderFee) UnmarshalJSON(b []byte) error {
	var w providerFeeWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.ProviderFeeAddress == "" && w.ProviderFeeToken == "" && w.ProviderData == "" {
		*f = ProviderFee{} // an empty fee object: no fee (some nodes send {} with validOrder)
		return nil
	}
	if !common.IsHexAddress(w.ProviderFeeAddress) || !common.IsHexAddress(w.ProviderFeeToken) {
		return errors.New("providerFee: bad address")
	}
	f.ProviderFeeAddress = common.HexToAddress(w.ProviderFeeAddress)
	f.ProviderFeeToken = common.HexToAddress(w.ProviderFeeToken)
	var ok bool
	if f.ProviderFeeAmount, ok = bigInt(string(w.ProviderFeeAmount)); !ok {
		return errors.New("providerFee: bad providerFeeAmount")
	}
	if f.ValidUntil, ok = bigInt(string(w.ValidUntil)); !ok {
		return errors.New("providerFee: bad validUntil")
	}
	data, err := hexutil.Decode(ensure0x(w.ProviderData))
	if err != nil && w.ProviderData != "" && w.ProviderData != "0x" {
		return errors.New("providerFee: bad providerData")
	}
	f.ProviderData = data
	v, err := w.V.Int64()
	if err != nil || v < 0 || v > 255 {
		return errors.New("providerFee: bad v")
	}
	f.V = uint8(v)
	if f.R, err = bytes32(w.R); err != nil {
		return fmt.Errorf("providerFee: r: %v", err)
	}
	if f.S, err = bytes32(w.S); err != nil {
		return fmt.Errorf("providerFee: s: %v", err)
	}
	return nil
}

// MarshalJSON writes the classic wire form.
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

// MessageHash is keccak256(providerData ‖ feeAddress ‖ feeToken ‖
// uint256(amount) ‖ uint256(validUntil)), the hash the datatoken's
// checkProviderFee recomputes.
func (f *ProviderFee) MessageHash() common.Hash {
	amt := f.ProviderFeeAmount
	if amt == nil {
		amt = new(big.Int)
	}
	vu := f.ValidUntil
	if vu == nil {
		vu = new(big.Int)
	}
	return crypto.Keccak256Hash(f.ProviderData, f.ProviderFeeAddress.Bytes(), f.ProviderFeeToken.Bytes(),
		common.LeftPadBytes(amt.Bytes(), 32), common.LeftPadBytes(vu.Bytes(), 32))
}

// Signer recovers the address that signed the fee, as the contract does
// (EIP-191 over the 32-byte MessageHash).
func (f *ProviderFee) Signer() (common.Address, error) {
	h := f.MessageHash()
	sig := make([]byte, 65)
	copy(sig, f.R[:])
	copy(sig[32:], f.S[:])
	v := f.V
	if v >= 27 {
		v -= 27
	}
	sig[64] = v
	pub, err := crypto.SigToPub(accounts.TextHash(h[:]), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("provider: recover fee signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ErrInvalidFee is returned by ProviderFee.Verify.
var ErrInvalidFee = errors.New("provider: provider fee signature does not match providerFeeAddress")

// Verify checks that ProviderFeeAddress signed the fee, so startOrder will
// not revert with "Invalid provider fee" (Ocean Node signs hashes with a
// leading zero byte wrongly; initialize again when Verify fails).
func (f *ProviderFee) Verify() error {
	a, err := f.Signer()
	if err != nil {
		return err
	}
	if a != f.ProviderFeeAddress {
		return ErrInvalidFee
	}
	return nil
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

func bigInt(s string) (*big.Int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return new(big.Int), true
	}
	n, ok := new(big.Int).SetString(s, 0)
	if !ok || n.Sign() < 0 {
		// tolerate "12.0"
		if r, ok2 := new(big.Rat).SetString(s); ok2 && r.IsInt() && r.Sign() >= 0 {
			return r.Num(), true
		}
		return nil, false
	}
	return n, true
}

// OrderRequirements is what initialize answers: what to pay before
// downloading. When ValidOrder is set, the order given as TransferTxID is
// still valid and nothing needs to be paid (unless ProviderFee is also set:
// then reuseOrder with the new fee).
type OrderRequirements struct {
	Datatoken common.Address
	// Amount is the datatokens the order transfers, in base units: the
	// classic provider's numTokens, else one datatoken (10^18), which is
	// what every Ocean datatoken template's startOrder takes.
	Amount *big.Int
	// Receiver is who the datatokens go to, as a classic provider reports
	// it ("to"). Ocean Node does not report it: zero, and the receiver is
	// the datatoken's payment collector on chain (datatoken.Token's
	// PaymentCollector; the data NFT's owner when that is zero).
	Receiver       common.Address
	ProviderFee    *ProviderFee
	ValidOrder     string // order tx hash to reuse, or ""
	Nonce          uint64 // the consumer's stored nonce
	ComputeAddress common.Address
	// Node initializeCompute items also carry these:
	DID       string
	ServiceID string
	ChainID   int64
}

type orderReqWire struct {
	Datatoken       string       `json:"datatoken"`
	ProviderFee     *ProviderFee `json:"providerFee"`
	ValidOrder      any          `json:"validOrder"`
	Nonce           httpx.Flex   `json:"nonce"`
	ComputeAddress  *string      `json:"computeAddress"`
	ConsumerAddress *string      `json:"consumerAddress"`
	DID             string       `json:"did"`
	ServiceID       string       `json:"serviceId"`
	ChainID         httpx.Flex   `json:"chainId"`
	NumTokens       httpx.Flex   `json:"numTokens"`
	To              string       `json:"to"`
}

// UnmarshalJSON decodes both the classic and node shapes.
func (o *OrderRequirements) UnmarshalJSON(b []byte) error {
	var w orderReqWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*o = OrderRequirements{ProviderFee: w.ProviderFee, DID: w.DID, ServiceID: w.ServiceID}
	if f := o.ProviderFee; f != nil && f.ProviderFeeAddress == (common.Address{}) && len(f.ProviderData) == 0 {
		o.ProviderFee = nil
	}
	if w.Datatoken != "" {
		if !common.IsHexAddress(w.Datatoken) {
			return errors.New("datatoken: not an address")
		}
		o.Datatoken = common.HexToAddress(w.Datatoken)
	}
	switch v := w.ValidOrder.(type) {
	case string:
		o.ValidOrder = v
	case nil, bool:
	default:
		return errors.New("validOrder: unexpected type")
	}
	n, err := parseNonce(string(w.Nonce))
	if err != nil {
		return fmt.Errorf("nonce: %v", err)
	}
	o.Nonce = n
	for _, p := range []*string{w.ComputeAddress, w.ConsumerAddress} {
		if p != nil && common.IsHexAddress(*p) {
			o.ComputeAddress = common.HexToAddress(*p)
			break
		}
	}
	if o.ChainID, err = w.ChainID.Int64(); err != nil {
		return fmt.Errorf("chainId: %v", err)
	}
	o.Amount = oneDatatoken()
	if w.NumTokens != "" {
		if o.Amount, err = tokenUnits(string(w.NumTokens)); err != nil {
			return fmt.Errorf("numTokens: %v", err)
		}
	}
	if w.To != "" {
		if !common.IsHexAddress(w.To) {
			return errors.New("to: not an address")
		}
		o.Receiver = common.HexToAddress(w.To)
	}
	return nil
}

// oneDatatoken returns 10^18 base units: what an order transfers.
func oneDatatoken() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) }

// tokenUnits converts a decimal amount of 18-decimal tokens ("1", "0.5",
// a JSON number or string) to base units, exactly.
func tokenUnits(s string) (*big.Int, error) {
	s = strings.Trim(strings.TrimSpace(s), `"`)
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a non-negative decimal", s)
	}
	r.Mul(r, new(big.Rat).SetInt(oneDatatoken()))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than 18 decimals", s)
	}
	return new(big.Int).Set(r.Num()), nil
}
